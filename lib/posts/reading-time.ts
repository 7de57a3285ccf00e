// How long a post takes to read, shown on posts and in lists. Plain (no server imports):
// the editor's word count uses it in the browser too.

/** Words a minute for plain-language reading on a phone (adults read 200–250 on screen). */
export const WORDS_PER_MINUTE = 225;

/** The words in plain text: runs of letters and digits, with the apostrophes and hyphens inside them ("don't", "ex-parte"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words`, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "4 min read" */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
