// Leaving is as easy as arriving: the whole site as one zip, streamed a file at a time
// (never the whole archive in memory): posts, pages and practice areas as Markdown with
// front matter and as HTML, the images as uploaded, profiles, tags, settings, redirects, a
// WordPress export (wordpress.xml), and firm-site.json, which this product's import reads
// back. The firm's Spanish versions are in it too (es/ beside each folder, translations.json),
// though the import does not read them back yet. Inquiries are not in it: they have their own export.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { listExportMedia, listExportPosts, listExportProfiles, listExportRedirects, listExportTags, listExportTranslations, type ExportPost } from "@/db/export";
import { readSettingValues } from "@/db/settings";
import { uploadsDir } from "@/lib/media/media-storage";
import { langPath } from "@/lib/i18n/languages";
import { publicPath } from "@/lib/posts/post-paths";
import { frontMatter, htmlToMarkdown } from "./markdown";
import { WXR_TAIL, wxrHead, wxrItem } from "./wxr-writer";

export const EXPORT_FORMAT = "firm-site-export";

const FOLDERS = { post: "posts", page: "pages", practice_area: "practice-areas" } as const;

/** A post's text as a page of its own, in its language. */
function htmlFile(lang: string, title: string, bodyHtml: string): string {
  return `<!doctype html>\n<html lang="${lang}"><meta charset="utf-8"><title>${title.replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"))}</title>\n<article>\n${bodyHtml}\n</article>\n</html>\n`;
}

function statusWord(post: ExportPost, now: Date): string {
  if (post.status === "draft") return "draft";
  return post.publishedAt && post.publishedAt > now ? "scheduled" : "published";
}

/** The zip's bytes, chunk by chunk. */
export async function* siteExportChunks(site: { title: string; siteUrl: string }, now = new Date()): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else queue.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (queue.length) yield queue.shift()!;
  }
  const text = (name: string, content: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(content), true);
  };

  const posts = listExportPosts();
  const profiles = listExportProfiles();
  const tags = listExportTags();
  const media = listExportMedia();
  const redirects = listExportRedirects();
  const translations = listExportTranslations();
  const slugOf = new Map(posts.map((p) => [p.id, publicPath(p.kind, p.slug)]));

  text(
    "README.txt",
    `Export of ${site.title} (${site.siteUrl}), ${now.toISOString()}.\n\nposts/, pages/, practice-areas/: each as Markdown (with front matter) and as HTML.\nmedia/: every image as uploaded.\nprofiles.json, tags.json, settings.json (the notices in both languages among them), redirects.json.\nposts/es/, pages/es/, practice-areas/es/: the firm's Spanish versions, each naming its English original; translations.json: those, and the lawyers' bios and tag names in Spanish.\nwordpress.xml: a WordPress export (Tools → Import → WordPress).\nfirm-site.json: everything above in one file; import this zip into another copy of this site to move it (the Spanish versions are not imported yet: add them again from translations.json).\nInquiries are not included: export them from the inbox.\n`,
  );
  yield* drain();

  for (const post of posts) {
    const base = `${FOLDERS[post.kind]}/${post.slug}`;
    const fields = {
      title: post.title,
      slug: post.slug,
      kind: post.kind,
      status: statusWord(post, now),
      date: post.publishedAt,
      updated: post.updatedAt,
      author: post.authorName,
      tags: post.tags,
      excerpt: post.excerpt || null,
      cover: post.coverFileName ? `media/${post.coverFileName}` : null,
      cover_alt: post.coverAlt,
      seo_title: post.seoTitle,
      seo_description: post.seoDescription,
      url: publicPath(post.kind, post.slug),
    };
    text(`${base}.md`, frontMatter(fields) + htmlToMarkdown(post.bodyHtml));
    text(`${base}.html`, htmlFile("en", post.title, post.bodyHtml));
    yield* drain();
  }

  for (const version of translations.posts) {
    const base = `${FOLDERS[version.originalKind]}/${version.language}/${version.slug}`;
    const fields = {
      title: version.title,
      slug: version.slug,
      language: version.language,
      original: publicPath(version.originalKind, version.originalSlug),
      status: version.status,
      updated: version.updatedAt,
      excerpt: version.excerpt || null,
      seo_description: version.seoDescription,
      url: langPath(version.language, publicPath(version.originalKind, version.slug)),
    };
    text(`${base}.md`, frontMatter(fields) + htmlToMarkdown(version.bodyHtml));
    text(`${base}.html`, htmlFile(version.language, version.title, version.bodyHtml));
    yield* drain();
  }

  const dir = uploadsDir();
  for (const item of media) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, item.fileName));
    } catch {
      continue; // a row whose file is gone: nothing to export
    }
    // Images are compressed already.
    const file = new ZipPassThrough(`media/${item.fileName}`);
    zip.add(file);
    file.push(bytes, true);
    yield* drain();
  }

  const settings = readSettingValues();
  const redirectList = redirects.map((r) => ({ from: r.kind === "slug" ? r.from : r.from, to: r.to ?? (r.postId ? slugOf.get(r.postId) : null), kind: r.kind }));
  text("profiles.json", JSON.stringify(profiles, null, 2));
  text("tags.json", JSON.stringify(tags, null, 2));
  text("settings.json", JSON.stringify(settings, null, 2));
  text("redirects.json", JSON.stringify(redirectList, null, 2));
  text("translations.json", JSON.stringify(translations, null, 2));
  yield* drain();

  // The WordPress export, pushed item by item into one compressed entry.
  const wxr = new ZipDeflate("wordpress.xml", { level: 6 });
  zip.add(wxr);
  const wxrSite = { ...site, now };
  wxr.push(strToU8(wxrHead(wxrSite, profiles.map((p) => ({ slug: p.slug, name: p.displayName })), tags)));
  for (const post of posts) {
    wxr.push(strToU8(wxrItem(post, wxrSite)));
    yield* drain();
  }
  wxr.push(strToU8(WXR_TAIL), true);
  yield* drain();

  const everything = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    site,
    settings,
    profiles,
    tags,
    media,
    redirects: redirectList,
    posts: posts.map(({ id, ...post }) => ({ sourceId: id, ...post, status: statusWord({ ...post, id }, now) })),
    translations,
  };
  text("firm-site.json", JSON.stringify(everything, null, 2));
  zip.end();
  yield* drain();
}
