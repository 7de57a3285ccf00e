// What every source (WordPress, Ghost, a list of addresses) is read into before anything is
// written: one shape, so planning, importing and the report are written once.

/** A post's author as the old site knew them; becomes (or is matched to) a lawyer profile, never an account. */
export type SourceAuthor = { name: string; email?: string; login?: string; bio?: string };

export type SourceStatus = "published" | "scheduled" | "draft" | "skipped";

export type SourceItem = {
  kind: "post" | "page";
  /** The source's own id: a re-run of the same source finds what it imported before. */
  sourceKey: string;
  title: string;
  /** The old slug, decoded (may be empty or non-ASCII: the plan makes ours). */
  slug: string;
  /** The body as the source holds it. */
  html: string;
  /** "wordpress": classic-editor text, block comments and shortcodes still in it. */
  format: "wordpress" | "html";
  excerpt: string;
  status: SourceStatus;
  /** Why the source's status became ours, when that loses something ("was private"). */
  statusNote?: string;
  /** The publication time, ISO UTC; null when the source has none. */
  date: string | null;
  author: SourceAuthor | null;
  tags: string[];
  featuredImage: { url: string; alt: string } | null;
  /** Every address the post answered at (absolute URLs or paths), to redirect. */
  oldUrls: string[];
  seoTitle?: string;
  seoDescription?: string;
};

/** An image the source lists on its own (a WordPress attachment), by its id. */
export type SourceAttachment = { sourceKey: string; url: string; alt: string };

/** A category or tag and the old addresses of its archive page. */
export type SourceTerm = { name: string; oldUrls: string[] };

/** What a source says about itself and the addresses that are not posts'. */
export type SourceInfo = {
  terms?: SourceTerm[];
  /** Author archives (/author/jane/) by author name. */
  authorUrls?: { name: string; oldUrls: string[] }[];
  /** Old feed addresses: all lead to /feed.xml. */
  feedUrls?: string[];
  /** From this site's own export: where its images were unpacked, and its profiles and settings. */
  localMediaDir?: string;
  profiles?: ExportedProfile[];
  settings?: Record<string, unknown>;
};

/** A lawyer's profile as this site exports it (lib/export/site-export.ts). */
export type ExportedProfile = {
  displayName: string;
  title: string;
  bio: string;
  barAdmissions: { jurisdiction: string; year: number | null }[];
  languages: string[];
  certifications: string[];
  publicEmail: string;
  listed: boolean;
};
