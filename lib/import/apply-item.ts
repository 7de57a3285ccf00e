// Imports one planned post: its images fetched into the media library first (slow, outside
// any transaction), then the post, its byline, tags, old addresses and its line in the
// report written in one transaction, so a failure leaves no half-written post.
import "server-only";
import { finishImportItem, inTransaction, profileForAuthor, writeImportedPost, type ImportItemRow, type ImportRun } from "@/db/imports";
import { setOldUrl } from "@/db/old-urls";
import { defaultBylineFor } from "@/db/profiles";
import { mediaUrl } from "@/lib/media/media-storage";
import { htmlText } from "@/lib/posts/html-text";
import { POST_LIMITS } from "@/lib/posts/post-input";
import { publicPath } from "@/lib/posts/post-paths";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";
import { listBodyImages, rewriteBody } from "./body-references";
import { chosenLawyer } from "./import-byline";
import { imageAddress, importImage } from "./import-image";
import { giveWayToVisitors } from "./import-pace";
import type { SourceAttachment, SourceItem } from "./import-item";
import { oldPathKey } from "./old-paths";
import { contentHash, type ItemPlan } from "./plan-item";
import { sourceToHtml } from "./source-html";

export type ApplyContext = {
  run: ImportRun;
  userId: number;
  /** Old address key → new public path, for every post of the run. */
  links: Map<string, string>;
  attachment: (key: string) => SourceAttachment | undefined;
  allowLoopback?: boolean;
  /** Images unpacked from this site's own export (lib/import/site-export-zip.ts). */
  localMediaDir?: string;
  now?: () => Date;
};

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function statusOf(item: SourceItem, now: Date): { status: "draft" | "published"; publishedAt: Date | null } {
  const date = item.date ? new Date(item.date) : null;
  if (item.status === "published") return { status: "published", publishedAt: date && date <= now ? date : (date ?? now) };
  if (item.status === "scheduled" && date) return { status: "published", publishedAt: date };
  return { status: "draft", publishedAt: date };
}

export async function applyItem(row: ImportItemRow, ctx: ApplyContext): Promise<void> {
  const item = row.data as SourceItem;
  const plan = row.plan as ItemPlan;
  const siteUrl = ctx.run.siteUrl;
  const warnings = [...row.warnings];
  if (plan === "skip") return finishImportItem(row.id, { status: "skipped", message: "Left out." });
  if (plan === "unchanged" || plan === "keep-local") {
    return finishImportItem(row.id, { status: "skipped", message: plan === "unchanged" ? "Unchanged since the last import." : "Edited here since the last import: left as it is." });
  }
  const slug = row.plannedSlug!;
  const body = sourceToHtml(item.html, item.format);
  const images = new Map<string, { src: string; alt: string }>();
  const byAddress = new Map<string, string>(); // old image address → new src, for links to the full-size file
  for (const image of listBodyImages(body.html)) {
    const address = imageAddress(image.src, siteUrl);
    if (!address || images.has(image.src)) continue;
    const alt = image.alt?.trim() || (image.attachmentId ? ctx.attachment(image.attachmentId)?.alt.trim() : "") || "";
    await giveWayToVisitors();
    const result = await importImage(address, { userId: ctx.userId, alt, allowLoopback: ctx.allowLoopback, localMediaDir: ctx.localMediaDir });
    if (result.ok) {
      images.set(image.src, { src: mediaUrl(result.media.fileName), alt: alt || result.media.alt });
      byAddress.set(address, mediaUrl(result.media.fileName));
    } else warnings.push(`An image could not be brought over (${result.error}): ${address.slice(0, 200)}. It is left out of the post.`);
  }
  let cover: { id: number; alt: string } | null = null;
  if (item.featuredImage) {
    const featured = item.featuredImage.url.startsWith("attachment:") ? ctx.attachment(item.featuredImage.url.slice("attachment:".length)) : item.featuredImage;
    const address = featured && imageAddress(featured.url, siteUrl);
    if (address) {
      await giveWayToVisitors();
      const result = await importImage(address, { userId: ctx.userId, alt: featured.alt, allowLoopback: ctx.allowLoopback, localMediaDir: ctx.localMediaDir });
      if (result.ok) cover = { id: result.media.id, alt: featured.alt || result.media.alt };
      else warnings.push(`The featured image could not be brought over (${result.error}).`);
    }
  }
  // Rewriting, sanitizing and writing a long body hold the event loop: each step waits for a quiet moment.
  await giveWayToVisitors();
  const rewritten = rewriteBody(body.html, {
    image: (src) => images.get(src),
    link: (href) => {
      const [address, fragment] = href.split("#", 2);
      const absolute = imageAddress(address!, siteUrl);
      if (absolute && byAddress.has(absolute)) return byAddress.get(absolute);
      const key = address ? oldPathKey(address, siteUrl) : undefined;
      const moved = key ? ctx.links.get(key) : undefined;
      return moved ? `${moved}${fragment ? `#${fragment}` : ""}` : undefined;
    },
  });
  await giveWayToVisitors();
  const bodyHtml = sanitizePostHtml(rewritten);
  if (bodyHtml.length > POST_LIMITS.bodyHtml) throw new Error(`The post is longer than this site keeps (${POST_LIMITS.bodyHtml.toLocaleString("en-US")} characters of HTML).`);
  const now = ctx.now?.() ?? new Date();
  const planned = statusOf(item, now);
  const excerpt = cut(htmlText(item.excerpt).trim(), POST_LIMITS.excerpt);
  const newPath = publicPath(item.kind, slug);
  const chosen = chosenLawyer(ctx.run);
  await giveWayToVisitors();
  let message = plan === "update" ? "Updated from the old site." : "Imported.";
  inTransaction((tx) => {
    // No author in the source: the lawyer the owner chose for the run, else the importer's
    // default lawyer (defaultBylineFor(), as a new post gets), else nobody (lib/import/import-byline.ts).
    const own = item.author ? profileForAuthor(tx, item.author) : null;
    const bylineProfileId = own ?? chosen?.id ?? defaultBylineFor(ctx.userId, tx);
    if (own === null && bylineProfileId !== null && item.kind === "post") message += ` Signed by ${chosen && chosen.id === bylineProfileId ? `${chosen.name}, the lawyer chosen for posts with no author` : "the firm's lawyer"}.`;
    // A post goes out signed by a lawyer: with none to sign it, it waits as a draft, and the report says so.
    const unsignedPublic = item.kind === "post" && bylineProfileId === null && planned.status === "published";
    if (unsignedPublic) warnings.push("No lawyer signs it: imported as a draft although it was public on the old site. Choose the lawyer in the editor and publish it.");
    const { status, publishedAt } = unsignedPublic ? { status: "draft" as const, publishedAt: planned.publishedAt } : planned;
    const postId = writeImportedPost(
      tx,
      {
        sourceKey: item.sourceKey,
        contentHash: contentHash(item),
        userId: ctx.userId,
        existingId: plan === "update" ? (row.postId ?? undefined) : undefined,
        values: {
          kind: item.kind,
          slug,
          title: cut(item.title.trim() || "Untitled", POST_LIMITS.title),
          excerpt,
          bodyHtml,
          status,
          publishedAt,
          bylineProfileId,
          coverMediaId: cover?.id ?? null,
          coverAlt: cover ? cut(cover.alt, POST_LIMITS.coverAlt) : null,
          seoTitle: item.seoTitle ? cut(item.seoTitle, POST_LIMITS.seoTitle) : null,
          seoDescription: item.seoDescription ? cut(item.seoDescription, POST_LIMITS.seoDescription) : null,
          tags: item.tags.map((t) => cut(t, POST_LIMITS.tag)).slice(0, POST_LIMITS.tags),
        },
      },
      now,
    );
    for (const old of item.oldUrls) {
      const key = oldPathKey(old, siteUrl);
      if (key && key !== newPath) setOldUrl(tx, key, { postId });
    }
    finishImportItem(row.id, { status: "done", postId, warnings, message }, tx);
  });
}
