// The search and sharing checks of a post: how its title and description show in results
// and on social cards, its address, a focus phrase if the writer gives one, links, images'
// descriptions and the order of headings. Advice, never a reason not to publish.
import type { PostDocument } from "./post-document";
import { fittingLength, textWidthPx, TITLE_MAX_PX } from "./title-width";

export type CheckStatus = "good" | "improve" | "problem";

export type SearchCheck = {
  id: "title-width" | "social-title" | "description" | "slug" | "focus" | "internal-link" | "link-text" | "image-alt" | "heading-order";
  status: CheckStatus;
  /** What the writer reads: what was found, and what to do. */
  message: string;
  /** The body blocks it is about, if any (for stepping through them). */
  blocks?: number[];
};

export type SearchInput = {
  title: string;
  seoTitle: string;
  excerpt: string;
  seoDescription: string;
  slug: string;
  focusPhrase: string;
  doc: PostDocument;
  /** The site's own origin: links to it (or to "/…") are the firm's own pages. */
  siteOrigin?: string;
};

export type SearchReport = { checks: SearchCheck[]; score: number | null };

export const SEARCH_LIMITS = { descriptionMin: 70, descriptionMax: 160, titleMinPx: 200, socialTitle: 70, slug: 60, slugWords: 6 } as const;

/** Words a slug reads as well without. */
export const SLUG_STOP_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is", "are", "was", "be", "it", "this", "that", "your", "you", "my", "i"]);

/** Link text that says nothing about where it leads (WCAG 2.4.4, and search engines read it too). */
const VAGUE_LINK_TEXT = new Set(["click here", "here", "click", "this", "this link", "link", "read more", "more", "learn more", "this page", "this post", "go", "see here"]);

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function contains(haystack: string, phrase: string): boolean {
  const h = ` ${normalise(haystack)} `;
  return h.includes(` ${normalise(phrase)} `);
}

function isOwnLink(href: string, origin?: string): boolean {
  if (/^\/(?!\/)/.test(href)) return true;
  if (!origin) return false;
  try {
    return new URL(href).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

const WEIGHTS: Record<SearchCheck["id"], number> = {
  "title-width": 3,
  "social-title": 1,
  description: 3,
  slug: 1,
  focus: 3,
  "internal-link": 2,
  "link-text": 1,
  "image-alt": 2,
  "heading-order": 1,
};
const POINTS: Record<CheckStatus, number> = { good: 1, improve: 0.5, problem: 0 };

export function checkSearch(input: SearchInput): SearchReport {
  const checks: SearchCheck[] = [];
  const title = (input.seoTitle || input.title).trim();
  const description = (input.seoDescription || input.excerpt).trim();
  const { blocks, links, images } = input.doc;

  const width = textWidthPx(title);
  if (!title) checks.push({ id: "title-width", status: "problem", message: "Give the post a title." });
  else if (width > TITLE_MAX_PX) {
    const shown = title.slice(0, fittingLength(title)).replace(/\s+\S*$/, "");
    checks.push({ id: "title-width", status: "improve", message: `The title is ${width} px wide: search results cut it at about ${TITLE_MAX_PX} px, after “${shown}…”. Shorten it, or give a shorter search title.` });
  } else if (width < SEARCH_LIMITS.titleMinPx) {
    checks.push({ id: "title-width", status: "improve", message: `The title is short (${width} px of about ${TITLE_MAX_PX}): a few more words could say what the post answers.` });
  } else checks.push({ id: "title-width", status: "good", message: `The title fits in search results (${width} of about ${TITLE_MAX_PX} px).` });

  const social = input.title.trim();
  checks.push(
    social.length > SEARCH_LIMITS.socialTitle
      ? { id: "social-title", status: "improve", message: `Social cards may cut the title after ${SEARCH_LIMITS.socialTitle} characters (it has ${social.length}).` }
      : { id: "social-title", status: "good", message: "The title fits on social cards." },
  );

  if (!description) checks.push({ id: "description", status: "problem", message: "Write an excerpt or a search description: search results show it under the title." });
  else if (description.length > SEARCH_LIMITS.descriptionMax)
    checks.push({ id: "description", status: "improve", message: `The description has ${description.length} characters: results cut it at about ${SEARCH_LIMITS.descriptionMax}.` });
  else if (description.length < SEARCH_LIMITS.descriptionMin)
    checks.push({ id: "description", status: "improve", message: `The description has ${description.length} characters: ${SEARCH_LIMITS.descriptionMin} to ${SEARCH_LIMITS.descriptionMax} tell searchers more.` });
  else checks.push({ id: "description", status: "good", message: `The description’s length is right (${description.length} characters).` });

  const slugWords = input.slug.split("-").filter(Boolean);
  const stop = slugWords.filter((w) => SLUG_STOP_WORDS.has(w));
  if (!input.slug) checks.push({ id: "slug", status: "improve", message: "The post has no address yet: it comes from the title." });
  else if (input.slug.length > SEARCH_LIMITS.slug || slugWords.length > SEARCH_LIMITS.slugWords)
    checks.push({ id: "slug", status: "improve", message: `The address is long (${slugWords.length} words): ${SEARCH_LIMITS.slugWords} or fewer are easier to share.` });
  else if (stop.length > 0 && slugWords.length - stop.length >= 2)
    checks.push({ id: "slug", status: "improve", message: `The address could drop ${stop.map((w) => `“${w}”`).join(", ")}: ${slugWords.filter((w) => !SLUG_STOP_WORDS.has(w)).join("-")}.` });
  else checks.push({ id: "slug", status: "good", message: "The address is short and plain." });

  const focus = input.focusPhrase.trim();
  if (focus) {
    const firstParagraph = blocks.find((b) => b.kind === "paragraph" && b.text.trim())?.text ?? "";
    const places: [string, boolean][] = [
      ["the title", contains(title, focus) || contains(input.title, focus)],
      ["the first paragraph", contains(firstParagraph, focus)],
      ["a subheading", blocks.some((b) => b.kind === "heading" && contains(b.text, focus))],
      ["the address", contains(input.slug.replace(/-/g, " "), focus)],
      ["the description", contains(description, focus)],
    ];
    const missing = places.filter(([, found]) => !found).map(([where]) => where);
    checks.push(
      missing.length === 0
        ? { id: "focus", status: "good", message: `“${focus}” is in the title, the first paragraph, a subheading, the address and the description.` }
        : { id: "focus", status: missing.length <= 2 ? "improve" : "problem", message: `“${focus}” is not in ${missing.join(", ")}.` },
    );
  }

  const own = links.filter((l) => isOwnLink(l.href, input.siteOrigin));
  checks.push(
    own.length > 0
      ? { id: "internal-link", status: "good", message: own.length === 1 ? "The post links to 1 page of the firm’s." : `The post links to ${own.length} pages of the firm’s.` }
      : { id: "internal-link", status: "improve", message: "Link to at least one other post or practice page of the firm’s, so readers (and search engines) find more." },
  );

  const vague = links.filter((l) => VAGUE_LINK_TEXT.has(normalise(l.text)) || !normalise(l.text));
  checks.push(
    vague.length > 0
      ? { id: "link-text", status: "problem", message: `Say where a link leads instead of ${[...new Set(vague.map((l) => `“${l.text.trim() || "(no text)"}”`))].join(", ")}.`, blocks: vague.map((l) => l.block) }
      : { id: "link-text", status: "good", message: links.length ? "Every link says where it leads." : "No links to describe." },
  );

  const noAlt = images.filter((i) => !i.alt.trim());
  checks.push(
    noAlt.length > 0
      ? {
          id: "image-alt",
          status: "improve",
          message: `${noAlt.length === 1 ? "1 image has" : `${noAlt.length} images have`} no description (alt text). Describe each one unless it only decorates.`,
          blocks: noAlt.map((i) => i.block),
        }
      : { id: "image-alt", status: "good", message: images.length ? "Every image has a description." : "No images to describe." },
  );

  // The post's title is the page's h1: the body starts at h2 and goes down one level at a time.
  const jumps: number[] = [];
  let level = 1;
  blocks.forEach((b, i) => {
    if (b.kind !== "heading") return;
    if (b.level > level + 1) jumps.push(i);
    level = b.level;
  });
  checks.push(
    jumps.length > 0
      ? { id: "heading-order", status: "improve", message: `${jumps.length === 1 ? "A heading skips" : `${jumps.length} headings skip`} a level (like a heading 3 with no heading 2 before it).`, blocks: jumps }
      : { id: "heading-order", status: "good", message: "Headings are in order." },
  );

  const weight = checks.reduce((sum, c) => sum + WEIGHTS[c.id], 0);
  const points = checks.reduce((sum, c) => sum + WEIGHTS[c.id] * POINTS[c.status], 0);
  const empty = !title && blocks.every((b) => !b.text.trim());
  return { checks, score: empty ? null : Math.round((points / weight) * 100) };
}
