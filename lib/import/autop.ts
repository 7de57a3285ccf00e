// Classic-editor WordPress posts are stored without <p>: WordPress adds the paragraphs every
// time it shows the post. An import that copies the text as stored loses them (the most
// common complaint about moving off WordPress), so they are added here, once, the way a
// reader saw them: a blank line starts a paragraph, a single line break is a <br>, and
// block elements (lists, quotes, headings, figures, tables) are left as they are.

const BLOCK = "address|article|aside|blockquote|div|footer|form|h[1-6]|header|hr|p|section|iframe|script|style";
// Kept whole, with their own lines: WordPress adds no paragraphs inside these either.
const OPAQUE = /<(figure|ul|ol|dl|table|pre)\b[^>]*>[\s\S]*?<\/\1>/gi;
const OPENS_BLOCK = new RegExp(`^<(?:${BLOCK})[\\s>/]`, "i");
const BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK})(?:\\s[^>]*)?\\/?>)`, "gi");

/** Paragraphs for text that has none. Text that already has <p> is returned unchanged. */
export function addParagraphs(text: string): string {
  if (/<p[\s>]/i.test(text)) return text;
  const kept: string[] = [];
  let html = text.replace(/\r\n?/g, "\n").replace(OPAQUE, (whole) => `\n\n\u0000${kept.push(whole) - 1}\u0000\n\n`);
  // A block tag stands on its own lines, so it never ends up inside a paragraph.
  html = html.replace(BLOCK_TAG, "\n\n$1\n\n");
  const chunks = html.split(/\n\s*\n/).map((chunk) => chunk.trim()).filter(Boolean);
  const out: string[] = [];
  for (const chunk of chunks) {
    if (/^\u0000\d+\u0000$/.test(chunk) || OPENS_BLOCK.test(chunk) || /^<\/(?:[a-z0-9]+)>$/i.test(chunk)) out.push(chunk);
    else out.push(`<p>${chunk.replace(/\s*\n\s*/g, "<br>\n")}</p>`);
  }
  return out.join("\n").replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)]!);
}
