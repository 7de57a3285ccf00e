// The block editor stores a post as HTML with comments around each block
// (`<!-- wp:paragraph -->…<!-- /wp:paragraph -->`). The comments go; the blocks whose HTML
// would not survive the sanitizer as the reader saw them are turned into what it keeps.

/** True for a post written in the block editor (it needs no added paragraphs). */
export function isBlockMarkup(html: string): boolean {
  return /<!--\s*wp:[a-z]/.test(html);
}

export function mapBlocks(html: string): { html: string; notes: string[] } {
  const notes = new Set<string>();
  let out = html;
  // An embed (YouTube, a tweet) is its address on a line of its own: a link to it.
  out = out.replace(/<!--\s*wp:embed\s*(\{[\s\S]*?\})?\s*-->[\s\S]*?<!--\s*\/wp:embed\s*-->/g, (all, attrs?: string) => {
    const url = attrs ? /"url"\s*:\s*"([^"]+)"/.exec(attrs)?.[1]?.replace(/\\\//g, "/") : undefined;
    if (!url) return "";
    notes.add("An embedded video or post became a link to it.");
    return `<p><a href="${url}">${url}</a></p>`;
  });
  // Spacers and separators carry no words.
  out = out.replace(/<!--\s*wp:(?:spacer|separator)\b[\s\S]*?(?:\/-->|<!--\s*\/wp:(?:spacer|separator)\s*-->)/g, "");
  // A reusable block or a dynamic block (latest posts, a form) has no HTML of its own here.
  out = out.replace(/<!--\s*wp:([a-z0-9/-]+)\b[^>]*\/-->/g, (_all, name: string) => {
    notes.add(`A “${name}” block has no content of its own in the export and was left out.`);
    return "";
  });
  out = out.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, "");
  // The "Read more" marker.
  out = out.replace(/<!--\s*(?:more|nextpage|noteaser)\b[\s\S]*?-->/g, "");
  // A pullquote is a quote; h5/h6 have no place in a post's outline here.
  out = out.replace(/<figure class="wp-block-pullquote[^"]*">([\s\S]*?)<\/figure>/g, "$1");
  out = out.replace(/<(\/?)h[56](\s[^>]*)?>/g, "<$1h3>");
  return { html: out, notes: [...notes] };
}
