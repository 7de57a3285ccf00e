/** A writing score in words as well as a number, so colour is never the only sign. */
export function scoreWord(score: number): string {
  return score >= 80 ? "good" : score >= 50 ? "fair" : "needs work";
}
