// The article in a web page of a site that has no export (a builder's, a hand-made one):
// its title, date, author, image, description and tags from what the page says about itself
// (JSON-LD, then <meta>, then <time> and the byline), and its text from the <article> (else
// <main>, else the block with the most paragraphs), without the page's own header, menus and
// footer. Links and images are made absolute against the page's address, so the import
// fetches the images and points links between imported posts to their new addresses.
// Nothing here is trusted: the body goes through the same sanitizer as every import.
import { DomUtils, parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

export type PageArticle = {
  title: string;
  html: string;
  /** ISO UTC, or null when the page gives none. */
  date: string | null;
  author: string | null;
  image: { url: string; alt: string } | null;
  description: string;
  tags: string[];
  /** The page calls itself an article (JSON-LD, og:type, an <article>, a date): a post, not a page. */
  isArticle: boolean;
};

const ARTICLE_TYPES = new Set(["Article", "BlogPosting", "NewsArticle", "Report", "TechArticle", "LiveBlogPosting", "OpinionNewsArticle"]);
// The page's chrome, inside or around the article: never part of the post. Scripts, frames
// and forms stay in, for the sanitizer to take out and the report to count.
const CHROME = new Set(["style", "noscript", "template", "nav", "header", "footer", "aside", "button", "svg"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Every object of the page's JSON-LD, @graph and arrays flattened. */
function jsonLdObjects(doc: ChildNode[]): Json[] {
  const out: Json[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) {
      out.push(value);
      if (value["@graph"]) walk(value["@graph"]);
    }
  };
  for (const script of DomUtils.findAll((e) => e.name === "script" && /ld\+json/i.test(e.attribs.type ?? ""), doc)) {
    try {
      walk(JSON.parse(DomUtils.textContent(script)));
    } catch {
      // A broken block says nothing; the <meta> tags may.
    }
  }
  return out;
}

const typesOf = (o: Json): string[] => [o["@type"]].flat().map(text);

function nameOf(value: unknown): string {
  const one = first(value as unknown[]);
  return isObject(one) ? text(one.name) : text(one);
}

function imageOf(value: unknown): string {
  const one = first(value as unknown[]);
  return isObject(one) ? text(one.url) || text(one.contentUrl) : text(one);
}

function metaOf(doc: ChildNode[]): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of DomUtils.findAll((e) => e.name === "meta", doc)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? "").toLowerCase();
    const content = el.attribs.content?.trim();
    if (key && content) meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  return meta;
}

const textLength = (el: Element) => DomUtils.textContent(el).replace(/\s+/g, " ").trim().length;

/** The element holding the article: the longest <article>, else <main>, else the block whose own paragraphs hold the most text. */
function contentRoot(doc: ChildNode[]): Element | undefined {
  const articles = DomUtils.findAll((e) => e.name === "article", doc);
  if (articles.length) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  const main = DomUtils.findOne((e) => e.name === "main" || e.attribs.role === "main", doc);
  if (main) return main;
  let best: Element | undefined;
  let bestScore = 0;
  for (const block of DomUtils.findAll((e) => e.name === "div" || e.name === "section", doc)) {
    const score = block.children.filter((c): c is Element => c.type === "tag" && c.name === "p").reduce((n, p) => n + textLength(p), 0);
    if (score > bestScore) [best, bestScore] = [block, score];
  }
  return best;
}

function absolute(address: string, base: string): string {
  try {
    return new URL(address.trim(), base).href;
  } catch {
    return address;
  }
}

/** The byline's name: a rel="author" link, else an element whose class says author or byline. */
function bylineOf(doc: ChildNode[]): string | null {
  const el =
    DomUtils.findOne((e) => /\bauthor\b/i.test(e.attribs.rel ?? ""), doc) ??
    DomUtils.findOne((e) => /(^|[\s_-])(author|byline)([\s_-]|$)/i.test(e.attribs.class ?? "") && e.name !== "meta", doc);
  // Its text without a date beside the name ("By Dana Hollis · <time>March 4</time>").
  const words = (nodes: ChildNode[]): string => nodes.map((n) => (n.type === "text" ? n.data : n.type === "tag" && n.name !== "time" ? words(n.children) : "")).join("");
  const name = el ? words([el]).replace(/\s+/g, " ").trim().replace(/^by\s+/i, "").split(/\s[·|•–—]\s|\s[·|•–—]$/)[0]!.trim() : "";
  return name && name.length <= 100 ? name : null;
}

/** The address a page gives as its own: its canonical link, else og:url (a saved copy's original address). */
export function ownAddressOf(doc: ChildNode[]): string | undefined {
  const canonical = DomUtils.findOne((e) => e.name === "link" && /\bcanonical\b/i.test(e.attribs.rel ?? "") && Boolean(e.attribs.href), doc)?.attribs.href;
  const og = DomUtils.findOne((e) => e.name === "meta" && (e.attribs.property ?? e.attribs.name) === "og:url" && Boolean(e.attribs.content), doc)?.attribs.content;
  for (const candidate of [canonical, og]) if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  return undefined;
}

/**
 * Reads the article of `html`, fetched from `pageUrl`; undefined when the page has no text
 * to import. `resolve` makes an image's or link's address absolute (a zip of saved pages
 * points its own files elsewhere); by default, against `pageUrl`. `doc`: the page already parsed.
 */
export function readPageArticle(html: string, pageUrl: string, resolve: (address: string) => string = (address) => absolute(address, pageUrl), parsed?: ChildNode[]): PageArticle | undefined {
  const doc = parsed ?? parseDocument(html).children;
  const ld = jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const meta = metaOf(doc);
  const m = (key: string) => meta.get(key)?.[0] ?? "";

  const root = contentRoot(doc);
  if (!root) return undefined;
  const h1 = DomUtils.findOne((e) => e.name === "h1", [root]) ?? DomUtils.findOne((e) => e.name === "h1", doc);
  const time = DomUtils.findOne((e) => e.name === "time" && Boolean(e.attribs.datetime), [root]) ?? DomUtils.findOne((e) => e.name === "time" && Boolean(e.attribs.datetime), doc);
  const author = (ld && nameOf(ld.author)) || m("author") || m("article:author") || bylineOf([root]) || bylineOf(doc);
  const title =
    (ld && text(ld.headline)) || m("og:title") || (h1 ? DomUtils.textContent(h1).replace(/\s+/g, " ").trim() : "") || DomUtils.textContent(DomUtils.findOne((e) => e.name === "title", doc) ?? []).trim();
  const date = isoDate((ld && text(ld.datePublished)) || m("article:published_time") || time?.attribs.datetime);
  const imageUrl = (ld && imageOf(ld.image)) || m("og:image");
  const keywords = ld?.keywords;
  const tags = [...new Set([...(Array.isArray(keywords) ? keywords.map(text) : text(keywords).split(",")), ...(meta.get("article:tag") ?? [])].map((t) => t.trim()).filter(Boolean))];

  // The body: the content without the page's chrome, its title and its byline.
  for (const el of DomUtils.findAll((e) => CHROME.has(e.name) || e === h1 || /(^|[\s_-])(byline|share|social|comments?)([\s_-]|$)/i.test(e.attribs.class ?? ""), root.children)) DomUtils.removeElement(el);
  for (const el of DomUtils.findAll((e) => e.name === "img" || e.name === "a" || e.name === "source", root.children)) {
    for (const name of ["src", "data-src", "data-lazy-src", "href"]) if (el.attribs[name]) el.attribs[name] = resolve(el.attribs[name]!);
    delete el.attribs.srcset;
  }
  const body = DomUtils.getInnerHTML(root).trim();
  if (!DomUtils.textContent(root).trim() && !/<img\b/i.test(body)) return undefined;

  return {
    title,
    html: body,
    date,
    author: author || null,
    image: imageUrl ? { url: resolve(imageUrl), alt: m("og:image:alt") } : null,
    description: (ld && text(ld.description)) || m("description") || m("og:description"),
    tags,
    isArticle: Boolean(ld) || m("og:type") === "article" || DomUtils.findOne((e) => e.name === "article", doc) !== null || date !== null,
  };
}
