// A title cut to fit where it is shown (a browser tab, a share card): the first
// `max - 1` characters and "…", so the result is never longer than `max`. Plain: the
// editor's tab title uses it in the browser.

/** What a browser tab shows of a post's or a person's name before " | Admin". */
export const TAB_TITLE_MAX = 70;

export function shortTitle(text: string, max = TAB_TITLE_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
