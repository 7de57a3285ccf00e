// Reads a WordPress export (WXR, an RSS file with wp: elements) as a stream: each <item>
// is handed on as soon as its closing tag is read, so a 200 MB export never sits in memory.
//
// htmlparser2 in XML mode expands only the five XML entities and numeric references and
// never reads a DTD, so "billion laughs" and external entities cannot expand; a file that
// declares a DOCTYPE (WordPress never writes one) is refused outright, with a message.
import { Parser } from "htmlparser2";
import type { SourceAttachment, SourceAuthor, SourceInfo, SourceItem, SourceStatus, SourceTerm } from "./import-item";

export type WxrChannel = { title: string; siteUrl: string };

export type WxrSink = {
  channel?: (channel: WxrChannel) => void;
  item: (item: SourceItem) => void;
  attachment: (attachment: SourceAttachment) => void;
  /** Something about the file as a whole (skipped item types, a truncated file). */
  note: (text: string) => void;
};

export class ImportInputError extends Error {}

/**
 * The longest text one element may hold: five times the longest post body this site keeps.
 * A longer one (a runaway comment, a pasted file) is not read past this, and its post is
 * left out with a line in the report, so the file is read in the same small memory.
 */
export const MAX_ELEMENT_CHARS = 1024 * 1024;

/**
 * Between the file and the parser: a CDATA section or comment longer than MAX_ELEMENT_CHARS
 * is cut there (the parser holds an unfinished section whole until it ends, so a 200 MB one
 * would sit in memory). A cut section ends with CUT_MARK (a NUL, which XML text never
 * holds), so the reader knows which element was cut.
 */
export const CUT_MARK = "\u0000";

export class SectionCap {
  private end: string | undefined;
  private length = 0;
  private carry = "";
  private marked = false;

  constructor(private readonly max = MAX_ELEMENT_CHARS) {}

  feed(piece: string): string {
    let input = this.carry + piece;
    this.carry = "";
    let out = "";
    while (input.length) {
      if (!this.end) {
        const at = input.search(/<!\[CDATA\[|<!--/);
        if (at === -1) {
          // Keep a possible start of "<![CDATA[" split across pieces for the next one.
          const tail = input.lastIndexOf("<");
          if (tail !== -1 && input.length - tail < 9) {
            out += input.slice(0, tail);
            this.carry = input.slice(tail);
          } else out += input;
          return out;
        }
        const opener = input.startsWith("<!--", at) ? "<!--" : "<![CDATA[";
        this.end = opener === "<!--" ? "-->" : "]]>";
        this.length = 0;
        this.marked = false;
        out += input.slice(0, at + opener.length);
        input = input.slice(at + opener.length);
      }
      const close = input.indexOf(this.end);
      const content = close === -1 ? input.slice(0, Math.max(0, input.length - (this.end.length - 1))) : input.slice(0, close);
      const room = Math.max(0, this.max - this.length);
      out += content.slice(0, room);
      if (content.length > room && !this.marked) {
        out += CUT_MARK;
        this.marked = true;
      }
      this.length += content.length;
      if (close === -1) {
        this.carry = input.slice(content.length);
        return out;
      }
      out += this.end;
      input = input.slice(close + this.end.length);
      this.end = undefined;
    }
    return out;
  }

  /** What is still held back at the end of the file. */
  flush(): string {
    const rest = this.carry;
    this.carry = "";
    return rest;
  }
}

type RawItem = {
  fields: Record<string, string>;
  /** Fields longer than MAX_ELEMENT_CHARS, cut while reading: the post is left out. */
  tooLong: string[];
  categories: { domain: string; nicename: string; name: string }[];
  meta: Record<string, string>;
};

// Fields read as text inside an <item> or the channel; everything else is skipped.
const ITEM_FIELDS = new Set([
  "title",
  "link",
  "guid",
  "dc:creator",
  "content:encoded",
  "excerpt:encoded",
  "wp:post_id",
  "wp:post_date",
  "wp:post_date_gmt",
  "wp:post_name",
  "wp:status",
  "wp:post_type",
  "wp:post_parent",
  "wp:attachment_url",
  "wp:post_password",
]);

/** WordPress writes "0000-00-00 00:00:00" for a draft that never had a date. */
function gmtDate(gmt: string | undefined, local: string | undefined): string | null {
  for (const value of [gmt, local]) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value?.trim() ?? "");
    if (m && m[1] !== "0000") {
      const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
      if (!Number.isNaN(date.getTime())) return date.toISOString();
    }
  }
  return null;
}

function mapStatus(status: string): { status: SourceStatus; note?: string } {
  switch (status) {
    case "publish":
      return { status: "published" };
    case "future":
      return { status: "scheduled" };
    case "draft":
    case "pending":
      return { status: "draft" };
    case "private":
      return { status: "draft", note: "It was private on the old site: imported as a draft." };
    default:
      // trash, auto-draft, inherit (revisions)
      return { status: "skipped", note: `Its status on the old site was “${status || "none"}”.` };
  }
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** Reads WXR from chunks of bytes; throws ImportInputError when the file is not one. */
export async function readWxr(chunks: AsyncIterable<Uint8Array | string>, sink: WxrSink): Promise<SourceInfo> {
  const authors = new Map<string, SourceAuthor>();
  const categoryParents = new Map<string, { name: string; parent: string }>();
  const tagNames = new Map<string, string>();
  const counts = new Map<string, number>();
  const authorUrls: { name: string; oldUrls: string[] }[] = [];
  let siteUrl = "";
  let title = "";
  let sawRss = false;
  let closedRss = false;
  let refused: string | undefined;
  let itemsRead = 0;

  const stack: string[] = [];
  let text = "";
  let item: RawItem | undefined;
  let author: Record<string, string> | undefined;
  let term: Record<string, string> | undefined;
  let category: { domain: string; nicename: string } | undefined;
  let metaKey = "";
  let metaValue = "";
  let channelSent = false;
  let textCut = false;
  let longOutside = 0;
  let longComments = 0;
  const cap = new SectionCap();

  const sendChannel = () => {
    if (channelSent) return;
    channelSent = true;
    sink.channel?.({ title, siteUrl });
  };

  const finishItem = (raw: RawItem) => {
    itemsRead++;
    const f = raw.fields;
    const type = f["wp:post_type"] ?? "post";
    const id = f["wp:post_id"]?.trim() ?? "";
    const key = `wxr:${siteUrl}:${id}`;
    if (type === "attachment") {
      const url = f["wp:attachment_url"]?.trim() || f.guid?.trim() || "";
      if (url) sink.attachment({ sourceKey: key, url, alt: raw.meta._wp_attachment_image_alt ?? "" });
      return;
    }
    if (type !== "post" && type !== "page") {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      return;
    }
    const mapped = mapStatus(f["wp:status"]?.trim() ?? "");
    const tooLong = raw.tooLong.length > 0 && mapped.status !== "skipped";
    const { status, note } = tooLong
      ? { status: "skipped" as const, note: `Its ${raw.tooLong.includes("content:encoded") ? "text" : raw.tooLong.join(", ")} is longer than ${MAX_ELEMENT_CHARS / 1024 / 1024} MB, far more than a post here holds: it was not read. Split it on the old site, or copy it in by hand.` }
      : mapped;
    const login = f["dc:creator"]?.trim() ?? "";
    const oldUrls: string[] = [];
    if (f.link?.trim()) oldUrls.push(f.link.trim());
    if (id) oldUrls.push(type === "page" ? `/?page_id=${id}` : `/?p=${id}`);
    const thumbnail = raw.meta._thumbnail_id?.trim();
    sink.item({
      kind: type,
      sourceKey: key,
      title: f.title?.trim() ?? "",
      slug: decodeSlug(f["wp:post_name"]?.trim() ?? ""),
      html: f["content:encoded"] ?? "",
      format: "wordpress",
      excerpt: f["excerpt:encoded"]?.trim() ?? "",
      status: f["wp:post_password"]?.trim() && !tooLong ? "draft" : status,
      statusNote: f["wp:post_password"]?.trim() && !tooLong ? "It had a password on the old site: imported as a draft." : note,
      date: gmtDate(f["wp:post_date_gmt"], f["wp:post_date"]),
      author: login ? (authors.get(login) ?? { name: login, login }) : null,
      tags: raw.categories.filter((c) => c.domain === "category" || c.domain === "post_tag").map((c) => c.name.trim()).filter((name) => name && name !== "Uncategorized"),
      // Resolved against the attachments when the run is planned (they may come later in the file).
      featuredImage: thumbnail ? { url: `attachment:${`wxr:${siteUrl}:${thumbnail}`}`, alt: "" } : null,
      oldUrls,
    });
  };

  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.toLowerCase().startsWith("!doctype")) refused = "The file declares a DOCTYPE (entities of its own), which a WordPress export never does. Nothing was imported.";
      },
      onopentag(name, attribs) {
        if (refused) return;
        stack.push(name);
        text = "";
        if (name === "rss") sawRss = true;
        else if (name === "item") {
          sendChannel();
          item = { fields: {}, tooLong: [], categories: [], meta: {} };
        } else if (name === "wp:author" && !item) author = {};
        else if ((name === "wp:category" || name === "wp:tag" || name === "wp:term") && !item) term = {};
        else if (name === "category" && item) category = { domain: attribs.domain ?? "", nicename: attribs.nicename ?? "" };
      },
      oncomment(data) {
        if (data.includes(CUT_MARK)) longComments++;
      },
      ontext(chunk) {
        if (refused) return;
        if (text.length + chunk.length > MAX_ELEMENT_CHARS) {
          textCut = true;
          text += chunk.slice(0, Math.max(0, MAX_ELEMENT_CHARS - text.length));
        } else text += chunk;
      },
      onclosetag(name) {
        if (refused) return;
        stack.pop();
        const value = text;
        const wasCut = textCut || value.includes(CUT_MARK);
        text = "";
        textCut = false;
        if (wasCut) {
          if (item && (stack.includes("wp:comment") || name === "wp:comment")) longComments++;
          else if (item) item.tooLong.push(name);
          else if (!item) longOutside++;
        }
        if (item) {
          const inComment = stack.includes("wp:comment");
          if (name === "item") {
            finishItem(item);
            item = undefined;
          } else if (inComment || name === "wp:comment") {
            // Comments are not imported.
          } else if (name === "category" && category) {
            item.categories.push({ ...category, name: value });
            category = undefined;
          } else if (name === "wp:meta_key") metaKey = value.trim();
          else if (name === "wp:meta_value") metaValue = value;
          else if (name === "wp:postmeta") {
            item.meta[metaKey] = metaValue;
            metaKey = metaValue = "";
          } else if (ITEM_FIELDS.has(name) && stack[stack.length - 1] === "item") item.fields[name] = value;
          return;
        }
        if (author) {
          if (name === "wp:author") {
            const login = author["wp:author_login"]?.trim() ?? "";
            const display = author["wp:author_display_name"]?.trim() || [author["wp:author_first_name"], author["wp:author_last_name"]].filter(Boolean).join(" ").trim() || login;
            if (login) {
              authors.set(login, { name: display, login, email: author["wp:author_email"]?.trim() || undefined });
              authorUrls.push({ name: display, oldUrls: [`/author/${login}`] });
            }
            author = undefined;
          } else author[name] = value;
          return;
        }
        if (term) {
          if (name === "wp:category") {
            const slug = decodeSlug(term["wp:category_nicename"]?.trim() ?? "");
            if (slug) categoryParents.set(slug, { name: term["wp:cat_name"]?.trim() || slug, parent: decodeSlug(term["wp:category_parent"]?.trim() ?? "") });
            term = undefined;
          } else if (name === "wp:tag") {
            const slug = decodeSlug(term["wp:tag_slug"]?.trim() ?? "");
            if (slug) tagNames.set(slug, term["wp:tag_name"]?.trim() || slug);
            term = undefined;
          } else if (name === "wp:term") term = undefined;
          else term[name] = value;
          return;
        }
        if (name === "rss") closedRss = true;
        else if (name === "wp:base_blog_url" && value.trim()) siteUrl = value.trim().replace(/\/+$/, "");
        else if (name === "wp:base_site_url" && value.trim() && !siteUrl) siteUrl = value.trim().replace(/\/+$/, "");
        else if (name === "link" && stack[stack.length - 1] === "channel" && !siteUrl) siteUrl = value.trim().replace(/\/+$/, "");
        else if (name === "title" && stack[stack.length - 1] === "channel") title = value.trim();
      },
    },
    { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
  );

  const decoder = new TextDecoder("utf-8");
  let first = true;
  for await (const chunk of chunks) {
    let piece = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && piece.replace(/^\uFEFF/, "").trim() !== "") {
      first = false;
      piece = piece.replace(/^\uFEFF/, "");
      if (!piece.trimStart().startsWith("<")) throw new ImportInputError("This file is not XML. Choose the file WordPress made under Tools → Export (it ends in .xml).");
    }
    parser.write(cap.feed(piece));
    if (refused) throw new ImportInputError(refused);
  }
  parser.write(cap.feed(decoder.decode()) + cap.flush());
  parser.end();
  if (refused) throw new ImportInputError(refused);
  if (first) throw new ImportInputError("The file is empty.");
  if (!sawRss) throw new ImportInputError("This XML file is not a WordPress export (it has no <rss> element). Choose the file WordPress made under Tools → Export.");
  if (!closedRss) sink.note(`The file ends early (${itemsRead} items read): it may have been cut off while downloading. What was read can be imported; export it again for the rest.`);
  if (longComments) sink.note(`${longComments} comment${longComments === 1 ? "" : "s"} longer than ${MAX_ELEMENT_CHARS / 1024 / 1024} MB skipped over (comments are not imported).`);
  if (longOutside) sink.note(`${longOutside} element${longOutside === 1 ? "" : "s"} outside the posts longer than ${MAX_ELEMENT_CHARS / 1024 / 1024} MB cut short.`);
  for (const [type, n] of counts) sink.note(`${n} item${n === 1 ? "" : "s"} of type “${type}” left out (menus, revisions and other WordPress internals).`);

  const categoryPath = (slug: string, seen = new Set<string>()): string[] => {
    const entry = categoryParents.get(slug);
    if (!entry || !entry.parent || seen.has(slug)) return [slug];
    seen.add(slug);
    return [...categoryPath(entry.parent, seen), slug];
  };
  const terms: SourceTerm[] = [
    ...[...categoryParents].map(([slug, { name }]) => ({ name, oldUrls: [`/category/${categoryPath(slug).join("/")}`] })),
    ...[...tagNames].map(([slug, name]) => ({ name, oldUrls: [`/tag/${slug}`] })),
  ].filter((t) => t.name !== "Uncategorized");
  return { terms, authorUrls, feedUrls: ["/feed", "/feed/rss2", "/feed/atom", "/comments/feed"] };
}
