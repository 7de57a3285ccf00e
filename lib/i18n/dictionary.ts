// The public site's words in a page's language, read on the server: pages and their
// components ask for `dictionary(lang)`; a browser component gets its part as a prop.
import "server-only";
import type { Lang } from "./languages";
import type { Dictionary } from "./dictionary-shape";
import { en } from "./dictionaries/en";
import { es } from "./dictionaries/es";

export type { Dictionary };

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** `template` with each `{name}` replaced by `values.name` ("Blog, page {page}"). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
