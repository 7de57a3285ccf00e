import { z } from "zod";
import "@/lib/forms/zod-jitless";
import { slugify } from "./slug";
import { RESERVED_BLOG_SLUGS } from "./post-paths";

// What the editor sends for a post, with the limits the server holds it to.
// Shared by the editor (to show limits) and the server (to refuse anything else).
export const POST_LIMITS = {
  title: 200,
  slug: 80,
  excerpt: 500,
  bodyHtml: 200_000,
  tag: 40,
  tags: 10,
  coverAlt: 300,
  seoTitle: 120,
  seoDescription: 300,
  disclaimer: 2000,
} as const;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-02-28" is a date; "2026-02-30" and "28/02/2026" are not. */
export function isCalendarDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1900;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One tag's name, in the editor and when the admin renames a tag. */
export const tagNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name for the tag.")
  .max(POST_LIMITS.tag, `A tag can be at most ${POST_LIMITS.tag} characters.`)
  // A tag's page lives at its slug: a tag of only symbols would have none.
  .refine((tag) => slugify(tag) !== "", "A tag needs at least one letter or number.");

export const postFieldsSchema = z
  .object({
    title: text(POST_LIMITS.title, "The title").min(1, "Enter a title."),
    slug: text(POST_LIMITS.slug, "The slug")
      .refine((s) => s === "" || SLUG_PATTERN.test(s), "Use lowercase letters, numbers and single hyphens only.")
      .refine((s) => !RESERVED_BLOG_SLUGS.includes(s), "The blog uses this address for its own pages. Choose another."),
    excerpt: text(POST_LIMITS.excerpt, "The excerpt"),
    bodyHtml: z.string().max(POST_LIMITS.bodyHtml, "The post is too long to save."),
    tags: z
      .string()
      .max(POST_LIMITS.tags * (POST_LIMITS.tag + 2), "Too many tags.")
      .transform((value) => value.split(",").map((t) => t.trim()).filter(Boolean))
      .pipe(
        z
          .array(
            tagNameSchema,
          )
          .max(POST_LIMITS.tags, `Use at most ${POST_LIMITS.tags} tags.`),
      ),
    coverMediaId: z.number().int().positive().nullable(),
    coverAlt: text(POST_LIMITS.coverAlt, "The image description"),
    seoTitle: text(POST_LIMITS.seoTitle, "The search title"),
    seoDescription: text(POST_LIMITS.seoDescription, "The search description"),
    useDefaultDisclaimer: z.boolean(),
    disclaimer: text(POST_LIMITS.disclaimer, "The disclaimer"),
    // The byline's profile; null: whoever creates the post. Optional for callers older than profiles.
    bylineProfileId: z.number().int().positive().nullable().default(null),
    // A calendar date (YYYY-MM-DD) in the firm's time zone, or "" for never.
    lastReviewedAt: z
      .string()
      .trim()
      .refine((s) => s === "" || isCalendarDate(s), "Enter a date, or leave it empty.")
      .default(""),
  })
  .superRefine((fields, ctx) => {
    if (fields.coverMediaId !== null && fields.coverAlt === "") {
      ctx.addIssue({ code: "custom", path: ["coverAlt"], message: "Describe the image for people who cannot see it." });
    }
    if (!fields.useDefaultDisclaimer && fields.disclaimer === "") {
      ctx.addIssue({ code: "custom", path: ["disclaimer"], message: "Write the disclaimer, or use the firm's default." });
    }
  });

export type PostFieldsInput = z.input<typeof postFieldsSchema>;

/** A new post's fields, before anything is typed. */
export const EMPTY_POST_FIELDS: Readonly<PostFieldsInput> = {
  title: "",
  slug: "",
  excerpt: "",
  bodyHtml: "",
  tags: "",
  coverMediaId: null,
  coverAlt: "",
  seoTitle: "",
  seoDescription: "",
  useDefaultDisclaimer: true,
  disclaimer: "",
  bylineProfileId: null,
  lastReviewedAt: "",
};

export type PostFields = z.output<typeof postFieldsSchema>;

export const saveRequestSchema = z.object({
  revision: z.number().int().nonnegative(),
  // save: autosave (a published or scheduled post keeps it as pending changes);
  // update: make the changes public (the publish time stays); discard: drop pending changes.
  // submit: an editor who may not publish sends the post to the owner for approval (a draft
  // to be published, at publishAt when given; a published post's pending changes).
  intent: z.enum(["save", "update", "discard", "publish", "schedule", "unpublish", "submit"]),
  // The slug came from the title, not the writer: a taken one becomes slug-2, slug-3…
  autoSlug: z.boolean().optional(),
  // For "schedule": a time in the future schedules; one in the past publishes at once with that date (imports).
  publishAt: z.string().max(40).optional(),
  // What a new draft is (its first save); ignored afterwards.
  kind: z.enum(["post", "page", "practice_area"]).optional(),
  fields: z.unknown(),
});

/** What the editor asks the save route to do (see lib/posts/post-save.ts). */
export type SaveIntent = z.infer<typeof saveRequestSchema>["intent"];
