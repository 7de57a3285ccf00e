// The first step for every imported body: from what the source stores to plain HTML of
// paragraphs, figures and links (WordPress's classic text, blocks and shortcodes undone),
// with what was dropped on the way. Nothing is fetched and nothing sanitized yet.
import { addParagraphs } from "./autop";
import { isBlockMarkup, mapBlocks } from "./block-markup";
import { captionsToFigures, dropShortcodes } from "./shortcodes";

export type SourceHtml = { html: string; warnings: string[] };

export function sourceToHtml(html: string, format: "wordpress" | "html"): SourceHtml {
  if (format !== "wordpress") return { html, warnings: [] };
  const warnings: string[] = [];
  let out = captionsToFigures(html);
  const { html: withoutShortcodes, dropped } = dropShortcodes(out);
  out = withoutShortcodes;
  if (dropped.length) warnings.push(`${dropped.length === 1 ? "Shortcode removed (what it showed is not here)" : "Shortcodes removed (what they showed is not here)"}: ${dropped.map((d) => `[${d}]`).join(", ")}.`);
  if (isBlockMarkup(out)) {
    const mapped = mapBlocks(out);
    out = mapped.html;
    warnings.push(...mapped.notes);
  } else {
    out = addParagraphs(out);
  }
  return { html: out, warnings };
}

/** What the sanitizer will take away that a reader of the old site saw or ran, counted for the report. */
export function countUnsafe(html: string): string[] {
  const found: string[] = [];
  const count = (re: RegExp) => html.match(re)?.length ?? 0;
  const scripts = count(/<script\b/gi);
  const frames = count(/<iframe\b/gi) + count(/<(?:object|embed)\b/gi);
  const handlers = count(/<[^>]+\son[a-z]+\s*=/gi);
  const forms = count(/<form\b/gi);
  if (scripts) found.push(`${scripts} script${scripts === 1 ? "" : "s"} removed.`);
  if (frames) found.push(`${frames} embedded frame${frames === 1 ? "" : "s"} (videos, maps, widgets) removed.`);
  if (handlers) found.push(`${handlers} element${handlers === 1 ? "" : "s"} with event handlers (onclick…) cleaned.`);
  if (forms) found.push(`${forms} form${forms === 1 ? "" : "s"} removed (use the site's contact page).`);
  return found;
}
