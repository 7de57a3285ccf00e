import { utcToZonedTime } from "@/lib/dates/zoned-time";

/** True when a typed "publish at" time (the firm's wall clock) is already past: the post is back-dated. */
export function isBackDated(publishAt: string, timeZone: string, now = new Date()): boolean {
  return publishAt !== "" && publishAt.length >= 16 && publishAt < utcToZonedTime(now, timeZone).slice(0, publishAt.length);
}

/** Said beside the publish time when it is in the past: an imported post, published at once with that date. */
export function BackDateNote() {
  return (
    <p id="publishAt-backdated" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950">
      <strong>Back-dated.</strong> This time has passed: the post is published at once, with this date, and sorted among the posts of that day.
    </p>
  );
}
