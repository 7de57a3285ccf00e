"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { publicPath } from "@/lib/posts/post-paths";
import type { EditorPostState } from "@/lib/posts/post-save";
import { timeZoneLabel } from "@/lib/dates/time-zones";
import { BackDateNote, isBackDated } from "./back-date-note";
import type { SaveState, SendIntent } from "./use-autosave";
import { Button } from "@/components/ui/button";

const secondaryButton = "w-full rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-800 hover:border-brand-700";

/** A published or scheduled post whose saved (or about to be saved) changes are not public yet. */
export function hasUnpublishedChanges(postState: EditorPostState | null, save: SaveState): boolean {
  return (postState?.status ?? "draft") !== "draft" && (postState?.pendingChanges === true || save.kind !== "saved");
}

/**
 * Where the post stands and what else can be done with it: schedule, discard pending
 * changes, unpublish; the main action (publish, update, send for review) is in the editor's
 * bar, always in reach. For an editor whose changes the owner reviews, the review's state.
 */
export function PublishingPanel({
  postId,
  postState,
  save,
  mayPublish,
  publishAt,
  onPublishAtChange,
  publishAtError,
  timeZone,
  onChangeStatus,
  onDiscard,
}: {
  postId: number | null;
  postState: EditorPostState | null;
  save: SaveState;
  /** The owner, or an editor trusted to publish without review. */
  mayPublish: boolean;
  publishAt: string;
  onPublishAtChange: (value: string) => void;
  publishAtError?: string;
  timeZone: string;
  onChangeStatus: (intent: Exclude<SendIntent, "save">) => void;
  onDiscard: () => void;
}) {
  const status = postState?.status ?? "draft";
  const backDated = isBackDated(publishAt, timeZone);
  const unpublishedChanges = hasUnpublishedChanges(postState, save);
  const approval = postState?.approval;
  const returned = postState?.returned;
  return (
    <section aria-labelledby="publishing-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
      <h2 id="publishing-heading" className="font-semibold text-brand-900">
        Publishing
      </h2>
      <p className="text-sm text-slate-800">
        Status: <strong>{status === "draft" ? "Draft" : status === "scheduled" ? `Scheduled for ${postState?.publishedAtText}` : "Published"}</strong>
        {approval && <strong> · In review</strong>}
      </p>
      {approval && (
        <p className="rounded-md border border-brand-700 bg-brand-50 p-3 text-sm text-brand-900">
          <strong>In review</strong> since {approval.requestedAtText}: the owner {approval.action === "publish" ? "publishes it" : "applies the changes"}
          {approval.publishAtText ? ` (asked for ${approval.publishAtText})` : ""} or sends it back with a note. Changes you make meanwhile are what the owner sees.
        </p>
      )}
      {returned && (
        <div className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
          <p>
            <strong>Sent back</strong> by {returned.by ?? "the owner"} on {returned.atText}:
          </p>
          <p className="mt-1 whitespace-pre-line">{returned.note}</p>
        </div>
      )}
      {postId !== null && (
        <p className="flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/posts/${postId}/preview`} className="text-brand-800 underline">
            Preview
          </Link>
          {status === "published" && postState && (
            <a href={publicPath(postState.kind, postState.publicSlug)} className="text-brand-800 underline">
              View on the site
            </a>
          )}
          <Link href={`/admin/posts/${postId}/versions`} className="text-brand-800 underline">
            Versions
          </Link>
        </p>
      )}
      {status !== "draft" && (
        <div className={`space-y-2 rounded-md border p-3 text-sm ${unpublishedChanges ? "border-amber-400 bg-amber-50 text-amber-950" : "border-slate-200 text-slate-700"}`}>
          {unpublishedChanges ? (
            <p>
              <strong>Unpublished changes</strong> —{" "}
              {save.kind === "saved"
                ? status === "scheduled"
                  ? "saved, not yet in the scheduled post."
                  : "saved, not yet on the public site."
                : status === "scheduled"
                  ? "not in the scheduled post yet."
                  : "not on the public site yet."}
            </p>
          ) : (
            <p>
              {status === "scheduled" ? "The scheduled post matches what you see here." : "The public site shows what you see here."} Changes you make are saved
              as you type but stay off the site until {mayPublish ? "you update the post" : "the owner publishes them"}.
            </p>
          )}
          {unpublishedChanges && (
            <button type="button" onClick={onDiscard} className={secondaryButton}>
              Discard changes
            </button>
          )}
        </div>
      )}
      {status === "scheduled" && mayPublish && (
        // Not waiting for the time set: it goes out now, with the changes shown here.
        <Button type="button" onClick={() => onChangeStatus("publish")} className="w-full">
          Publish now
        </Button>
      )}
      {status !== "published" && (
        <div className="space-y-2">
          <Field
            id="publishAt"
            label={mayPublish ? `Publish at (${timeZoneLabel(timeZone)} time)` : `Ask for a publish time (${timeZoneLabel(timeZone)} time, optional)`}
            hint={
              mayPublish
                ? "A time to come schedules it; a past date (an older post brought over) publishes it at once with that date."
                : "Sent with your request for review; empty: as soon as the owner publishes it."
            }
            error={publishAtError}
            alsoDescribedBy={[backDated && "publishAt-backdated"]}
          >
            {/* min-w-0: a datetime-local field is wider than a 320 px screen's column by default (WCAG 1.4.10). Minutes: a whole minute hides the seconds. */}
            {(control) => (
              <TextInput {...control} type="datetime-local" step={60} value={publishAt} onChange={(e) => onPublishAtChange(e.target.value)} className="min-w-0" />
            )}
          </Field>
          {backDated && <BackDateNote />}
          {mayPublish && (
            <Button
              type="button"
              onClick={() => onChangeStatus("schedule")}
              disabled={postId === null || !publishAt}
              variant="secondary"
              className="w-full"
            >
              {backDated ? "Publish with this date" : "Schedule"}
            </Button>
          )}
        </div>
      )}
      {status !== "draft" && mayPublish && (
        <button type="button" onClick={() => onChangeStatus("unpublish")} className={secondaryButton}>
          Unpublish
        </button>
      )}
      {status !== "draft" && mayPublish && (
        <p className="text-xs text-slate-600">
          Each update{status === "published" ? "" : ", and the publish itself,"} is kept as a version. Publish, schedule and unpublish also apply the changes you
          see here.
        </p>
      )}
      {!mayPublish && <p className="text-xs text-slate-600">The owner reviews what you write before it goes on the site.</p>}
      {postId === null && <p className="text-xs text-slate-600">Give the post a title: it is saved as a draft as you write.</p>}
    </section>
  );
}
