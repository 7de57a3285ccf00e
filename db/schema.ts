// The whole product's tables. Times are UTC, stored as integer milliseconds
// (drizzle's timestamp_ms), and shown in the firm's time zone by the pages.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
// Relative paths: drizzle-kit reads this file without the project's "@/" alias. The value
// lists live in lib/ so that forms in the browser use them without shipping the tables.
import { CONFLICT_ROLES } from "../lib/conflicts/conflict-roles";
import { INQUIRY_STATUSES } from "../lib/inquiries/inquiry-statuses";
import { LANGUAGES } from "../lib/i18n/languages";

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
  // An editor the owner trusts to publish without review (the owner always may).
  publishesDirectly: integer("publishes_directly", { mode: "boolean" }).notNull().default(false),
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
    // When this session last proved its person again (the current password, a code or a
    // passkey): changing a second factor, the password or the email needs it to be recent.
    steppedUpAt: integer("stepped_up_at", { mode: "timestamp_ms" }),
    // What "Your account" shows of each session: the address it signed in from and the
    // browser's own description. Deleted with the session once it has ended.
    address: text("address"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// A second factor: an authenticator app (TOTP). The secret is confirmed with a first code
// before it counts; until then it waits in pendingSecret.
export const totpFactors = sqliteTable("totp_factors", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret"),
  pendingSecret: text("pending_secret"),
  // The last time step accepted: a code is good once.
  lastStep: integer("last_step"),
  enabledAt: integer("enabled_at", { mode: "timestamp_ms" }),
});

// One-time recovery codes, as keyed hashes; a used code keeps its row with usedAt set.
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

// Passkeys (WebAuthn credentials), the other second factor.
export const passkeys = sqliteTable(
  "passkeys",
  {
    // The credential id, base64url.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The COSE public key, base64url.
    publicKey: text("public_key").notNull(),
    counter: integer("counter").notNull().default(0),
    transports: text("transports", { mode: "json" }).$type<string[]>().notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);

// A password reset asked for from the sign-in page: the link's token as a hash (the link
// itself is only in the mail), good once, until expiresAt.
export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // A keyed hash of the email typed (never the email itself): enough to count failures
    // per account, and nothing to read back. For the change-password form, of the account.
    keyHash: text("key_hash").notNull(),
    // A keyed hash of the client address: enough to throttle, not a stored IP.
    addressHash: text("address_hash").notNull(),
    // "pending" is reserved before the slow password hash and settled after it (a crash
    // leaves it counted as a failure); "second-factor": the password was right and a code
    // was asked for (neither a failure nor a success); "locked" and "limited" were refused
    // before any check: one row says so per key, address and hour, however many there were,
    // so an attack of any length adds a row an hour and a refusal writes nothing.
    outcome: text("outcome", { enum: ["pending", "success", "failure", "second-factor", "locked", "limited"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("login_attempts_lookup_idx").on(t.addressHash, t.keyHash, t.createdAt),
    // The cap per account, from every address.
    index("login_attempts_key_idx").on(t.keyHash, t.createdAt),
    index("login_attempts_created_idx").on(t.createdAt),
  ],
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
  // What the image shows, for people who cannot see it: edited in the media library, and
  // what every body image made from this upload says (components/blog/post-body.tsx).
  alt: text("alt").notNull().default(""),
  createdAt: createdAt(),
});

// The sizes and formats an upload was resized into when it arrived (lib/media/image-variants.ts),
// served by /media/[name] like the upload itself and offered to browsers with srcset.
export const mediaVariants = sqliteTable(
  "media_variants",
  {
    fileName: text("file_name").primaryKey(),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "cascade" }),
    mimeType: text("mime_type", { enum: ["image/avif", "image/webp", "image/jpeg", "image/png"] }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    byteSize: integer("byte_size").notNull(),
  },
  (t) => [index("media_variants_media_idx").on(t.mediaId)],
);

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

// A lawyer's title and bio in another language, written by the firm (never machine-made).
// Their page in that language (/es/attorneys/[slug]) exists while the profile is listed.
// english_bio is the English bio it was written from, kept at each save: the translation
// "needs an update" when the profile's bio is no longer that text (a new photo or title
// alone does not make the Spanish bio wrong, so no timestamp is compared).
export const profileTranslations = sqliteTable(
  "profile_translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    profileId: integer("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    language: text("language", { enum: LANGUAGES }).notNull(),
    // Empty: the page shows the English title, marked as English.
    title: text("title").notNull().default(""),
    bio: text("bio").notNull(),
    englishBio: text("english_bio").notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("profile_translations_profile_language_idx").on(t.profileId, t.language)],
);

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
    // Sanitized HTML (lib/posts/sanitize-html.ts) — sanitized again when rendered.
    bodyHtml: text("body_html").notNull().default(""),
    // The body's words as plain text (lib/posts/html-text.ts), written with body_html by every
    // save: what search indexes (posts_search, kept in step by triggers) and reading time
    // counts. Null until computed (a row written by hand): filled in at start-up.
    bodyText: text("body_text"),
    // "published" with a future publishedAt is a scheduled post.
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    // The account that created it (not the byline: that is bylineProfileId).
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    // The byline: the lawyer shown as its author. Null only for rows older than profiles:
    // the byline is then the creating account's name.
    bylineProfileId: integer("byline_profile_id").references(() => profiles.id, { onDelete: "set null" }),
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
    // The writing checks' scores (0-100, lib/writing/) of the latest saved content, pending
    // changes included, for the admin's list. Null until computed: filled in at start-up.
    readabilityScore: integer("readability_score"),
    searchScore: integer("search_score"),
  },
  (t) => [
    index("posts_public_idx").on(t.kind, t.status, t.deletedAt, t.publishedAt),
    index("posts_byline_profile_idx").on(t.bylineProfileId),
    // Every column the admin list filters and sorts on: the sort reads this narrow index, not
    // 10,000 posts' bodies (db/post-admin/admin-post-list.ts, listAdminPosts).
    index("posts_admin_list_idx").on(t.kind, t.deletedAt, t.updatedAt, t.status, t.publishedAt, t.readabilityScore, t.searchScore, t.title),
  ],
);

// A post's, page's or practice area's version in another language, written by the firm
// (never machine-made). The English row in posts is the original: the translation is public
// when its own status is "published" and the original is public (isPublic()), at
// /<language>/… with its own slug. It "needs an update" when the original's content changed
// after the translation was last saved (posts.content_updated_at > updated_at).
export const postTranslations = sqliteTable(
  "post_translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    language: text("language", { enum: LANGUAGES }).notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    // Sanitized HTML, as posts.body_html; body_text its words, for search and reading time.
    bodyHtml: text("body_html").notNull().default(""),
    bodyText: text("body_text").notNull().default(""),
    seoDescription: text("seo_description"),
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("post_translations_post_language_idx").on(t.postId, t.language), uniqueIndex("post_translations_language_slug_idx").on(t.language, t.slug)],
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
  bylineProfileId: integer("byline_profile_id").references(() => profiles.id, { onDelete: "set null" }),
  lastReviewedAt: integer("last_reviewed_at", { mode: "timestamp_ms" }),
  // The account that saved it last.
  savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// An approval request: an editor's request that a post go live (publish it, schedule it, or apply its pending
// changes), waiting for the owner, who publishes it or sends it back with a note. At most
// one open request per post (decided_at null); decided ones stay as the post's history.
// ("Review" is only ever the legal review of content: posts.last_reviewed_at.)
export const approvalRequests = sqliteTable(
  "approval_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    // publish: a draft goes live (at publishAt when set: scheduled, or back-dated); update: a
    // published or scheduled post takes its pending changes.
    action: text("action", { enum: ["publish", "update"] }).notNull(),
    publishAt: integer("publish_at", { mode: "timestamp_ms" }),
    requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
    outcome: text("outcome", { enum: ["published", "returned", "withdrawn"] }),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    // The owner's note when sending it back.
    note: text("note"),
  },
  (t) => [index("approval_requests_post_idx").on(t.postId, t.decidedAt)],
);

// Every published version, kept for the advertising-records rules: emptying the trash
// deletes the post but keeps its versions (post_id becomes null; slug and title stay).
// A change an editor without publishing rights proposed to something public other than a
// post (a profile, a tag's name, a merge of tags): it waits in "In review" until the owner
// applies or declines it. `payload` is what would be written, as the form gave it.
export const PROPOSAL_KINDS = ["profile", "tag-rename", "tag-merge", "media-alt"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const proposedChanges = sqliteTable(
  "proposed_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: PROPOSAL_KINDS }).notNull(),
    // The profile's id, the tag's (the one renamed, or merged away), or the image's.
    targetId: integer("target_id").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
    // applied, declined, or replaced by a later proposal of the same editor for the same thing.
    outcome: text("outcome", { enum: ["applied", "declined", "replaced"] }),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("proposed_changes_open_idx").on(t.decidedAt, t.kind, t.targetId)],
);

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
    // The account whose save made this version.
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
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

// A tag's name in another language (optional): the Spanish tag page and a Spanish post's
// topics show it; without one they show the tag's own name, marked as English. The address
// stays the tag's slug (/es/blog/tag/[slug]).
export const tagTranslations = sqliteTable(
  "tag_translations",
  {
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    language: text("language", { enum: LANGUAGES }).notNull(),
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tagId, t.language] })],
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
    // The person charged, when the inquiry is about someone else (a mother writing about her son).
    personCharged: text("person_charged"),
    matterType: text("matter_type"),
    county: text("county"),
    charges: text("charges"),
    courtDate: text("court_date"), // a calendar date, YYYY-MM-DD, as the person gave it
    custodyStatus: text("custody_status"),
    otherParties: text("other_parties"),
    message: text("message"),
    heardFrom: text("heard_from"),
    // The visit that led here (lib/visits/visit-path.ts): its first page, its source ("Google
    // search"), and the last post read before the form, as the visitor's tab kept them.
    visitFirstPage: text("visit_first_page"),
    visitSource: text("visit_source"),
    visitPostPath: text("visit_post_path"),
    visitPostId: integer("visit_post_id").references(() => posts.id, { onDelete: "set null" }),
    // The language of the form the person filled in, and so of the consent text they agreed to.
    language: text("language", { enum: LANGUAGES }).notNull().default("en"),
    consentText: text("consent_text").notNull(),
    consentVersion: text("consent_version").notNull(),
    consentAt: integer("consent_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: INQUIRY_STATUSES }).notNull().default("new"),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("inquiries_status_idx").on(t.status, t.createdAt),
    index("inquiries_visit_post_idx").on(t.visitPostId, t.createdAt),
    // The inbox (db/inquiries/inquiries.ts, listInquiries) reads these two narrow indexes, never
    // 100,000 whole rows: the urgent ones (status, custody, court date), and everyone newest
    // first; each holds every column the inbox's filters read (language, name).
    index("inquiries_inbox_idx").on(t.status, t.custodyStatus, t.courtDate, t.createdAt, t.language, t.name),
    index("inquiries_newest_idx").on(t.createdAt, t.status, t.custodyStatus, t.courtDate, t.language, t.name),
  ],
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

// The firm's conflict list: people it represents or has represented, the parties against
// them and witnesses, by matter; kept by the owner (by hand, or imported from the practice-
// management tool's CSV). Every inquiry's names are checked against it (lib/conflicts/conflict-names.ts).

export const conflictParties = sqliteTable(
  "conflict_parties",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    role: text("role", { enum: CONFLICT_ROLES }).notNull(),
    // The matter's name or number as the firm knows it ("State v. Reyes, CC-2025-114").
    matter: text("matter").notNull().default(""),
    source: text("source", { enum: ["manual", "import"] }).notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("conflict_parties_name_idx").on(t.name)],
);

// Firm details and disclaimers, one JSON value per key (lib/site/settings.ts knows the keys).
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
  // By inquiry: the inbox marks each row whose mail failed, and deleting an inquiry clears its link.
  (t) => [index("outbox_due_idx").on(t.sentAt, t.nextAttemptAt), index("outbox_inquiry_idx").on(t.inquiryId)],
);

// Visit counting (lib/visits/). One row per counted page view, written in batches; kept 30
// days, then only the daily totals remain. Neither the address nor the user agent is stored:
// visitor_key is a keyed hash under a salt that lives for one day (visit_salts), null for
// a visitor whose browser asks not to be tracked (Sec-GPC / DNT).
export const pageViews = sqliteTable(
  "page_views",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // The firm's calendar day, YYYY-MM-DD (its time zone): what the report groups by.
    day: text("day").notNull(),
    path: text("path").notNull(),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    source: text("source").notNull(),
    campaign: text("campaign"),
    device: text("device").notNull(),
    visitorKey: text("visitor_key"),
    createdAt: createdAt(),
  },
  (t) => [index("page_views_day_idx").on(t.day), index("page_views_created_idx").on(t.createdAt)],
);

// Daily totals, kept for good: per day the whole site ("all", value ""), each page, each
// source and each device class. Rebuilt from page_views for any day that still has them.
export const visitTotals = sqliteTable(
  "visit_totals",
  {
    day: text("day").notNull(),
    dimension: text("dimension", { enum: ["all", "page", "source", "device"] }).notNull(),
    value: text("value").notNull(),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    views: integer("views").notNull(),
    visitors: integer("visitors").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.dimension, t.value] }), index("visit_totals_post_idx").on(t.postId, t.day)],
);

// Today's salt for visitor keys; yesterday's is deleted as soon as the day turns, so a key
// can no longer be recomputed from an address and a user agent.
export const visitSalts = sqliteTable("visit_salts", {
  day: text("day").primaryKey(),
  salt: text("salt").notNull(),
});

// What visitors typed into the site's search, per day, and whether anything was found.
export const siteSearches = sqliteTable(
  "site_searches",
  {
    day: text("day").notNull(),
    term: text("term").notNull(),
    searches: integer("searches").notNull(),
    // The number of posts the last such search found: 0 is a question the firm has not answered yet.
    results: integer("results").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.term] })],
);

// An import of another site's content (lib/import/): a WordPress export, a Ghost export or a
// list of addresses. Its state lives here, not in memory, so its progress survives a reload
// and a restart (the server resumes a run that was "running").
export const IMPORT_RUN_STATUSES = ["reading", "planned", "running", "done", "failed", "cancelled"] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export const importRuns = sqliteTable("import_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  source: text("source", { enum: ["wxr", "ghost", "sitemap"] }).notNull(),
  // What the owner gave: a file name or an address (shown in the report).
  label: text("label").notNull(),
  // The old site's address (from the export, or the sitemap's), to resolve relative links.
  siteUrl: text("site_url").notNull().default(""),
  // The source's categories, tags and authors with their old addresses (lib/import/import-item.ts).
  sourceInfo: text("source_info", { mode: "json" }).notNull().default(sql`'{}'`),
  status: text("status", { enum: IMPORT_RUN_STATUSES }).notNull(),
  // Warnings about the whole file (unknown authors, refused entities...), as text lines.
  notes: text("notes", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  error: text("error"),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  // The lawyer the owner chose to sign the posts that have no author (lib/import/import-byline.ts).
  bylineProfileId: integer("byline_profile_id").references(() => profiles.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
});

// One post, page or image of a run, as read from the source (data: the source's fields in
// our words, lib/import/import-item.ts), with what the plan said and what the import did.
export const importItems = sqliteTable(
  "import_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: integer("run_id")
      .notNull()
      .references(() => importRuns.id, { onDelete: "cascade" }),
    sourceKey: text("source_key").notNull(),
    kind: text("kind", { enum: ["post", "page", "attachment"] }).notNull(),
    data: text("data", { mode: "json" }).notNull(),
    // create / update / unchanged / skip / keep-local (edited here since the last import)
    plan: text("plan"),
    plannedSlug: text("planned_slug"),
    warnings: text("warnings", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text("status", { enum: ["pending", "done", "failed", "skipped"] }).notNull().default("pending"),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    message: text("message"),
  },
  (t) => [index("import_items_run_idx").on(t.runId, t.status)],
);

// Which post came from which source post: a re-run updates it instead of adding another.
// `revision` is the post's revision right after the import wrote it: a higher one means
// someone edited it here since, and a re-run leaves it alone.
export const importedPosts = sqliteTable("imported_posts", {
  sourceKey: text("source_key").primaryKey(),
  postId: integer("post_id")
    .notNull()
    .references(() => posts.id, { onDelete: "cascade" }),
  contentHash: text("content_hash").notNull(),
  revision: integer("revision").notNull(),
  importedAt: integer("imported_at", { mode: "timestamp_ms" }).notNull(),
});

// Images fetched from an old site, by their address there: fetched once across re-runs.
export const importedMedia = sqliteTable("imported_media", {
  sourceUrl: text("source_url").primaryKey(),
  mediaId: integer("media_id")
    .notNull()
    .references(() => media.id, { onDelete: "cascade" }),
});

// The old site's addresses (its permalinks, ?p=ID, categories, tags, feeds), each answering
// 301 with where that content lives now: a post (followed through its slug changes) or a
// fixed path. `path` is normalised by lib/import/old-paths.ts (no trailing slash, lower case).
export const oldUrls = sqliteTable(
  "old_urls",
  {
    path: text("path").primaryKey(),
    postId: integer("post_id").references(() => posts.id, { onDelete: "cascade" }),
    targetPath: text("target_path"),
    createdAt: createdAt(),
  },
  (t) => [index("old_urls_post_idx").on(t.postId)],
);
