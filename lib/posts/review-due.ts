// When a published post or page is due for a lawyer to check it again ("Last reviewed" in
// the editor): laws change, so the admin lists what nobody marked reviewed in this long
// (never reviewed ones count from their publication). Plain: the editor's hint says it too.

export const REVIEW_INTERVAL_MONTHS = 12;

/** "12 months", as the admin's pages and the editor's hint say it. */
export const REVIEW_INTERVAL_TEXT = `${REVIEW_INTERVAL_MONTHS} months`;

/** A post last reviewed (or, never reviewed, published) before this moment is due. */
export function reviewDueBefore(now: Date): Date {
  const before = new Date(now);
  before.setMonth(now.getMonth() - REVIEW_INTERVAL_MONTHS);
  return before;
}
