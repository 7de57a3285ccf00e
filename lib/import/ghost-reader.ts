// Reads a Ghost export (Settings → Labs → Export: one JSON file). Only what a post needs is
// read, field by field: its users' password hashes, sessions, API keys, members and
// settings are never looked at, let alone stored.
import type { NewImportItem } from "@/db/imports";
import type { SourceAuthor, SourceInfo, SourceItem, SourceStatus } from "./import-item";
import { ImportInputError } from "./wxr-reader";

type Row = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => typeof r === "object" && r !== null) : []);

function statusOf(status: string): SourceStatus {
  if (status === "published" || status === "sent") return "published";
  if (status === "scheduled") return "scheduled";
  if (status === "draft") return "draft";
  return "skipped";
}

export type GhostRead = { siteUrl: string; info: SourceInfo };

/** `siteUrl`: where the Ghost site was (its export writes __GHOST_URL__ in place of it). */
export function readGhostExport(text: string, sink: { push: (item: NewImportItem) => void; note: (n: string) => void; siteUrl?: string }): GhostRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportInputError("This file is not valid JSON. Choose the file Ghost made under Settings → Labs → Export your content.");
  }
  const root = parsed as Row;
  const dbEntry = rows(root.db)[0] ?? root;
  const data = (dbEntry.data ?? null) as Row | null;
  if (!data || !Array.isArray(data.posts)) throw new ImportInputError("This JSON file is not a Ghost export (it has no posts). Choose the file Ghost made under Settings → Labs → Export your content.");

  const siteUrl = (sink.siteUrl ?? "").replace(/\/+$/, "");
  const withSite = (value: string) => value.replaceAll("__GHOST_URL__", siteUrl);
  // Name, email and bio only: the rest of a user row (password, tokens) stays unread.
  const users = new Map<string, SourceAuthor & { slug: string }>();
  for (const u of rows(data.users)) users.set(str(u.id), { name: str(u.name).trim() || str(u.slug), email: str(u.email) || undefined, bio: str(u.bio), slug: str(u.slug) });
  const tags = new Map<string, { name: string; slug: string; internal: boolean }>();
  for (const t of rows(data.tags)) tags.set(str(t.id), { name: str(t.name).trim(), slug: str(t.slug), internal: str(t.name).startsWith("#") || str(t.visibility) === "internal" });
  const postTags = new Map<string, { tag: string; order: number }[]>();
  for (const pt of rows(data.posts_tags)) {
    const list = postTags.get(str(pt.post_id)) ?? [];
    list.push({ tag: str(pt.tag_id), order: Number(pt.sort_order ?? 0) });
    postTags.set(str(pt.post_id), list);
  }
  const postAuthors = new Map<string, { author: string; order: number }[]>();
  for (const pa of rows(data.posts_authors)) {
    const list = postAuthors.get(str(pa.post_id)) ?? [];
    list.push({ author: str(pa.author_id), order: Number(pa.sort_order ?? 0) });
    postAuthors.set(str(pa.post_id), list);
  }
  const meta = new Map<string, Row>();
  for (const m of rows(data.posts_meta)) meta.set(str(m.post_id), m);

  let noHtml = 0;
  for (const p of rows(data.posts)) {
    const id = str(p.id);
    const kind = str(p.type) === "page" || p.page === true || p.page === 1 ? "page" : "post";
    const html = str(p.html);
    if (!html && (p.mobiledoc || p.lexical)) noHtml++;
    const authorId = [...(postAuthors.get(id) ?? [])].sort((a, b) => a.order - b.order)[0]?.author ?? str(p.author_id);
    const author = users.get(authorId);
    const postMeta = meta.get(id);
    const tagNames = [...(postTags.get(id) ?? [])]
      .sort((a, b) => a.order - b.order)
      .map((pt) => tags.get(pt.tag))
      .filter((t): t is { name: string; slug: string; internal: boolean } => Boolean(t && !t.internal && t.name));
    const slug = str(p.slug);
    const date = str(p.published_at) || null;
    const feature = withSite(str(p.feature_image));
    const item: SourceItem = {
      kind,
      sourceKey: `ghost:${str(p.uuid) || id}`,
      title: str(p.title),
      slug,
      html: withSite(html),
      format: "html",
      excerpt: str(p.custom_excerpt),
      status: statusOf(str(p.status)),
      statusNote: str(p.visibility) && str(p.visibility) !== "public" ? "It was for members only on the old site: imported as a draft." : undefined,
      date: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : null,
      author: author ? { name: author.name, email: author.email, bio: author.bio } : null,
      tags: tagNames.map((t) => t.name),
      featuredImage: feature ? { url: feature, alt: str(postMeta?.feature_image_alt ?? p.feature_image_alt) } : null,
      oldUrls: slug ? [`/${slug}`] : [],
      seoTitle: str(postMeta?.meta_title ?? p.meta_title) || undefined,
      seoDescription: str(postMeta?.meta_description ?? p.meta_description) || undefined,
    };
    if (item.statusNote) item.status = "draft";
    sink.push({ sourceKey: item.sourceKey, kind, data: item });
  }
  if (noHtml) sink.note(`${noHtml} post${noHtml === 1 ? "" : "s"} had no HTML in the export (only Ghost's editor format): export again from Ghost 4 or later.`);
  if (!siteUrl && text.includes("__GHOST_URL__")) sink.note("The export does not say where the Ghost site was: give its address to bring its images over.");
  const info: SourceInfo = {
    terms: [...tags.values()].filter((t) => !t.internal && t.slug).map((t) => ({ name: t.name, oldUrls: [`/tag/${t.slug}`] })),
    authorUrls: [...users.values()].filter((u) => u.slug).map((u) => ({ name: u.name, oldUrls: [`/author/${u.slug}`] })),
    feedUrls: ["/rss"],
  };
  return { siteUrl, info };
}
