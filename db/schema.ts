// The whole product's tables. Times are UTC, stored as integer milliseconds
// (drizzle's timestamp_ms), and shown in the firm's time zone by the pages.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  // Null for a user who cannot sign in yet (the seeded sample author).
  passwordHash: text("password_hash"),
  role: text("role", { enum: ["owner", "editor"] }).notNull().default("editor"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
});

// A row per sign-in, so a JWT session can be ended for real (sign-out, password change).
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    // A keyed hash of the client address: enough to throttle, not a stored IP.
    addressHash: text("address_hash").notNull(),
    // "locked" and "limited" were refused before the password was checked.
    outcome: text("outcome", { enum: ["success", "failure", "locked", "limited"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("login_attempts_lookup_idx").on(t.addressHash, t.email, t.createdAt)],
);

export const media = sqliteTable("media", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // File name under the uploads folder; never a path from the client.
  fileName: text("file_name").notNull().unique(),
  mimeType: text("mime_type").notNull(),
  byteSize: integer("byte_size").notNull(),
  width: integer("width"),
  height: integer("height"),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

// A lawyer's public page (/attorneys/[slug]) and every post's byline. An account has at
// most one (created when it is first needed); the owner can add profiles for lawyers who
// never sign in (user_id null).
export type BarAdmission = { jurisdiction: string; year: number | null };

export const profiles = sqliteTable("profiles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  userId: integer("user_id")
    .unique()
    .references(() => users.id, { onDelete: "set null" }),
  displayName: text("display_name").notNull(),
  // Shown under the name ("Attorney", "Partner").
  title: text("title").notNull().default(""),
  photoMediaId: integer("photo_media_id").references(() => media.id, { onDelete: "set null" }),
  photoAlt: text("photo_alt").notNull().default(""),
  bio: text("bio").notNull().default(""),
  barAdmissions: text("bar_admissions", { mode: "json" }).$type<BarAdmission[]>().notNull().default(sql`'[]'`),
  languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  // Certifications the lawyer really holds: "certified" in their posts is then not flagged.
  certifications: text("certifications", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  publicEmail: text("public_email").notNull().default(""),
  // Listed on the About page (a paralegal's account may keep a profile off it).
  listed: integer("listed", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// A post is a blog post, a page (/about, /privacy, /terms...) or a practice area
// (/practice-areas/[slug]): one editor, one set of versions, one preview for all of them.
export const POST_KINDS = ["post", "page", "practice_area"] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: POST_KINDS }).notNull().default("post"),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    // A practice area's summary on the home page.
    excerpt: text("excerpt").notNull().default(""),
    // Sanitized HTML (lib/sanitize-html.ts) — sanitized again when rendered.
    bodyHtml: text("body_html").notNull().default(""),
    // The body's words as plain text (lib/html-text.ts), written with body_html by every
    // save: what search indexes (posts_search, kept in step by triggers) and reading time
    // counts. Null until computed (a row written by hand): filled in at start-up.
    bodyText: text("body_text"),
    // "published" with a future publishedAt is a scheduled post.
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    // The account that created it.
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    // The byline. Null only for rows older than profiles: the byline is then the account's name.
    authorProfileId: integer("author_profile_id").references(() => profiles.id, { onDelete: "set null" }),
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
    coverAlt: text("cover_alt"),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    // Null: the default disclaimer from settings.
    disclaimer: text("disclaimer"),
    // When a lawyer last checked the post still holds; shown on the public page.
    lastReviewedAt: integer("last_reviewed_at", { mode: "timestamp_ms" }),
    // Bumped on every save, so a stale editor tab is told the post changed.
    revision: integer("revision").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    // Set when a published post's content is edited; shown as "Updated".
    contentUpdatedAt: integer("content_updated_at", { mode: "timestamp_ms" }),
    // In the trash when set.
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("posts_public_idx").on(t.status, t.deletedAt, t.publishedAt), index("posts_author_profile_idx").on(t.authorProfileId)],
);

// Changes to a published or scheduled post, saved as the editor autosaves but not public
// until "Update the published post" (or publish, schedule, unpublish) applies them to the
// post's own columns. At most one per post; the public pages never read this table.
export const postDrafts = sqliteTable("post_drafts", {
  postId: integer("post_id")
    .primaryKey()
    .references(() => posts.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  slug: text("slug").notNull(),
  excerpt: text("excerpt").notNull().default(""),
  // Sanitized HTML, like posts.body_html.
  bodyHtml: text("body_html").notNull().default(""),
  // The tag names as a JSON array.
  tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
  coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
  coverAlt: text("cover_alt"),
  seoTitle: text("seo_title"),
  seoDescription: text("seo_description"),
  disclaimer: text("disclaimer"),
  authorProfileId: integer("author_profile_id").references(() => profiles.id, { onDelete: "set null" }),
  lastReviewedAt: integer("last_reviewed_at", { mode: "timestamp_ms" }),
  // Who saved it last.
  authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Every published version, kept for the advertising-records rules: emptying the trash
// deletes the post but keeps its versions (post_id becomes null; slug and title stay).
export const postVersions = sqliteTable(
  "post_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    // Kept with the version: the post itself may be deleted.
    kind: text("kind", { enum: POST_KINDS }).notNull().default("post"),
    // The post's publication date when this version was made (a back-dated post's own date).
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull(),
    bodyHtml: text("body_html").notNull(),
    disclaimer: text("disclaimer"),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("post_versions_post_idx").on(t.postId, t.createdAt)],
);

export const tags = sqliteTable("tags", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
});

export const postTags = sqliteTable(
  "post_tags",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    // The writer's order of the post's tags (0 first).
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), index("post_tags_tag_idx").on(t.tagId)],
);

// A tag's old address (renamed, or merged into another tag) answers with a redirect to the
// tag it became.
export const tagRedirects = sqliteTable("tag_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  tagId: integer("tag_id")
    .notNull()
    .references(() => tags.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

// An old slug of a published post answers with a 301 to the post's current slug.
export const slugRedirects = sqliteTable("slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  postId: integer("post_id")
    .notNull()
    .references(() => posts.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

export const INQUIRY_STATUSES = [
  "new",
  "contacted",
  "consultation_scheduled",
  "retained",
  "declined",
  "conflict",
  "spam",
  "closed",
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const inquiries = sqliteTable(
  "inquiries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reference: text("reference").notNull().unique(),
    // The form's one-time token: a resubmitted form finds its first inquiry.
    submissionKey: text("submission_key").notNull().unique(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    contactMethod: text("contact_method"),
    contactTime: text("contact_time"),
    aboutWhom: text("about_whom"),
    matterType: text("matter_type"),
    county: text("county"),
    charges: text("charges"),
    courtDate: text("court_date"), // a calendar date, YYYY-MM-DD, as the person gave it
    custodyStatus: text("custody_status"),
    otherParties: text("other_parties"),
    message: text("message"),
    heardFrom: text("heard_from"),
    consentText: text("consent_text").notNull(),
    consentVersion: text("consent_version").notNull(),
    consentAt: integer("consent_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: INQUIRY_STATUSES }).notNull().default("new"),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("inquiries_status_idx").on(t.status, t.createdAt)],
);

// Status changes and internal notes, with who and when.
export const inquiryEvents = sqliteTable(
  "inquiry_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    inquiryId: integer("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["status", "note"] }).notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("inquiry_events_inquiry_idx").on(t.inquiryId)],
);

// Firm details and disclaimers, one JSON value per key (lib/settings.ts knows the keys).
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Hits counted per bucket and key (a hashed address) in a sliding window.
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rate_limit_hits_idx").on(t.bucket, t.key, t.createdAt)],
);

// Mail waiting to be sent; a worker sends it with retries, so a mail failure loses nothing.
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    inquiryId: integer("inquiry_id").references(() => inquiries.id, { onDelete: "set null" }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due_idx").on(t.sentAt, t.nextAttemptAt)],
);
