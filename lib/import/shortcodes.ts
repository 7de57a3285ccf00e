// WordPress shortcodes ([caption], [gallery], page builders' [vc_row]...) are instructions to
// plugins the new site does not have. [caption] becomes a figure with its caption; every
// other shortcode is removed (what it wrapped stays) and named in the report. Text in
// brackets that is not a shortcode ("[sic]", "[1]") is left alone: only names WordPress
// ships or plugins commonly use, or brackets with attributes or a closing tag, count.

const KNOWN = new Set(["caption", "wp_caption", "gallery", "embed", "video", "audio", "playlist", "contact-form-7", "contact-form", "wpforms", "gravityform", "ninja_form", "fusion_builder_container", "et_pb_section", "vc_row", "su_button", "toc", "ad", "adsense"]);
const NAME = "[a-zA-Z][a-zA-Z0-9_-]*";
const CAPTION = /\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/g;

/** `[caption]…<img …> Text[/caption]` → `<figure><img …><figcaption>Text</figcaption></figure>`. */
export function captionsToFigures(html: string): string {
  return html.replace(CAPTION, (_all, attrs: string, inner: string) => {
    // The image, possibly inside a link.
    const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    const captionAttr = /\bcaption="([^"]*)"/.exec(attrs)?.[1];
    if (!image) return inner;
    const caption = (captionAttr ?? image[2]!).trim();
    return `<figure>${image[1]}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
  });
}

/** Removes shortcodes; what they wrapped stays. Returns the names removed, once each. */
export function dropShortcodes(html: string): { html: string; dropped: string[] } {
  const dropped = new Set<string>();
  const closing = new Set<string>();
  for (const m of html.matchAll(new RegExp(`\\[\\/(${NAME})\\]`, "g"))) closing.add(m[1]!.toLowerCase());
  const out = html.replace(new RegExp(`\\[(\\/?)(${NAME})((?:\\s[^\\]]*)?)\\/?\\]`, "g"), (all, slash: string, name: string, attrs: string) => {
    const lower = name.toLowerCase();
    const isShortcode = KNOWN.has(lower) || /^(vc_|et_pb_|fusion_|su_|av_|cs_)/.test(lower) || closing.has(lower) || /=/.test(attrs);
    if (!isShortcode || slash && !closing.has(lower)) return all;
    dropped.add(lower);
    return "";
  });
  return { html: out, dropped: [...dropped] };
}
