// The dry run of one post: what the import will do with it (create, update, leave alone),
// at which address, and every warning, before anything is fetched or written.
import "server-only";
import { createHash } from "node:crypto";
import { findImportedPost, slugTaken, type ImportedPost } from "@/db/imports";
import { POST_LIMITS } from "@/lib/posts/post-input";
import { RESERVED_BLOG_SLUGS, RESERVED_PAGE_SLUGS } from "@/lib/posts/post-paths";
import { slugify } from "@/lib/posts/slug";
import { listBodyImages } from "./body-references";
import { noAuthorWarning } from "./import-byline";
import type { SourceAttachment, SourceItem } from "./import-item";
import { countUnsafe, sourceToHtml } from "./source-html";

export type ItemPlan = "create" | "update" | "unchanged" | "keep-local" | "skip";
export type PlannedItem = { plan: ItemPlan; plannedSlug: string | null; warnings: string[]; postId: number | null };

export function contentHash(item: SourceItem): string {
  return createHash("sha256").update(JSON.stringify(item)).digest("hex");
}

function fileNameOf(src: string): string {
  return src.split(/[?#]/)[0]!.split("/").pop()?.slice(0, 80) || src.slice(0, 80);
}

/** The slug this post gets here: its own (or its title's), else the first free -2, -3… */
function chooseSlug(item: SourceItem, taken: Set<string>, warnings: string[]): string {
  const base = slugify(item.slug) || slugify(item.title) || `imported-${item.kind}`;
  const reserved = item.kind === "page" ? RESERVED_PAGE_SLUGS : RESERVED_BLOG_SLUGS;
  const free = (slug: string) => !taken.has(slug) && !reserved.includes(slug) && !slugTaken(slug);
  if (free(base)) return base;
  for (let n = 2; n < 1000; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, POST_LIMITS.slug - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (free(candidate)) {
      warnings.push(`The address “${base}” is taken here (another post, or the site's own pages): it will be at “${candidate}”.`);
      return candidate;
    }
  }
  return `${base}-${Date.now()}`;
}

/** Warnings about the body and fields that hold whatever the plan is. */
export function contentWarnings(item: SourceItem, attachment: (key: string) => SourceAttachment | undefined): string[] {
  const warnings: string[] = [];
  if (!item.title.trim()) warnings.push("It has no title: imported as “Untitled”.");
  if (item.title.length > POST_LIMITS.title) warnings.push(`The title is longer than ${POST_LIMITS.title} characters: it is cut.`);
  if (item.tags.length > POST_LIMITS.tags) warnings.push(`It has ${item.tags.length} categories and tags; the first ${POST_LIMITS.tags} are kept.`);
  const body = sourceToHtml(item.html, item.format);
  warnings.push(...body.warnings, ...countUnsafe(body.html));
  const images = listBodyImages(body.html);
  for (const image of images) {
    const fromLibrary = image.attachmentId ? attachment(image.attachmentId)?.alt : undefined;
    if (!image.alt?.trim() && !fromLibrary?.trim()) warnings.push(`An image has no description (alt text): ${fileNameOf(image.src)}. Add one in the media library after the import.`);
  }
  if (item.featuredImage) {
    const featured = item.featuredImage.url.startsWith("attachment:") ? attachment(item.featuredImage.url.slice("attachment:".length)) : item.featuredImage;
    if (!featured) warnings.push("Its featured image is not in the export: the post has no cover.");
    else if (!featured.alt.trim()) warnings.push(`The featured image has no description (alt text): ${fileNameOf(featured.url)}.`);
  }
  if (item.status === "published" && !item.date) warnings.push("It has no publication date: it takes the time of the import.");
  return warnings;
}

export type PlanOptions = {
  /** Posts with no author have no lawyer to sign them by default (lib/import/import-byline.ts): warn. */
  noDefaultLawyer?: "several" | "none";
};

export function planItem(item: SourceItem, taken: Set<string>, attachment: (key: string) => SourceAttachment | undefined, options: PlanOptions = {}): PlannedItem {
  if (item.status === "skipped") return { plan: "skip", plannedSlug: null, postId: null, warnings: [`Left out. ${item.statusNote ?? ""}`.trim()] };
  const warnings = contentWarnings(item, attachment);
  if (options.noDefaultLawyer && item.kind === "post" && !item.author) warnings.unshift(noAuthorWarning(item.status, options.noDefaultLawyer));
  if (item.statusNote) warnings.unshift(item.statusNote);
  const earlier: ImportedPost | undefined = findImportedPost(item.sourceKey);
  if (earlier) {
    taken.add(earlier.slug);
    if (earlier.currentRevision > earlier.revision)
      return { plan: "keep-local", plannedSlug: earlier.slug, postId: earlier.postId, warnings: ["It was edited here since the last import: left as it is here (nothing from the old site overwrites it).", ...warnings] };
    return { plan: earlier.contentHash === contentHash(item) ? "unchanged" : "update", plannedSlug: earlier.slug, postId: earlier.postId, warnings };
  }
  const slug = chooseSlug(item, taken, warnings);
  taken.add(slug);
  return { plan: "create", plannedSlug: slug, postId: null, warnings };
}
