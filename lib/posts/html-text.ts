// A post body's words as plain text: what search indexes and reading time counts.
import { Parser } from "htmlparser2";

// Elements that end a run of words: without a break between them, "<p>bail</p><p>bond</p>"
// would read as one word, "bailbond".
const BREAKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "div", "ul", "ol", "tr", "td", "th", "figcaption"]);
// Text that is not read: scripts and styles never survive the sanitizer, but a body
// written to the database by other means must not be indexed with them.
const SKIPPED = new Set(["script", "style", "template"]);

/** The text of `html`, entities decoded, with one space between blocks and runs of white space collapsed. */
export function htmlText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BREAKS.has(name)) parts.push(" ");
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKS.has(name)) parts.push(" ");
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return (
    parts
      .join("")
      // Control characters mean nothing to a reader (and search marks its highlights with two of them).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The text of `html` block by block (paragraphs, headings, list items, captions), for a comparison a person reads. */
export function htmlBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current = "";
  let skipping = 0;
  const flush = () => {
    const text = current.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BREAKS.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
