"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { publicPath } from "@/lib/post-paths";
import type { EditorPostState } from "@/lib/post-save";
import { timeZoneLabel } from "@/lib/time-zones";
import { BackDateNote, isBackDated } from "./back-date-note";
import type { SaveState, SendIntent } from "./use-autosave";

const primaryButton = "w-full rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60";
const secondaryButton = "w-full rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-800 hover:border-brand-700";

/**
 * Where the post stands and what can be done with it: publish now or at a time, update a
 * published post with the changes kept aside, discard them, unpublish.
 */
export function PublishingPanel({
  postId,
  postState,
  save,
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
  publishAt: string;
  onPublishAtChange: (value: string) => void;
  publishAtError?: string;
  timeZone: string;
  onChangeStatus: (intent: Exclude<SendIntent, "save">) => void;
  onDiscard: () => void;
}) {
  const status = postState?.status ?? "draft";
  // A published or scheduled post whose saved (or about to be saved) changes are not public yet.
  const backDated = isBackDated(publishAt, timeZone);
  const unpublishedChanges = status !== "draft" && (postState?.pendingChanges === true || save.kind !== "saved");
  return (
    <section aria-labelledby="publishing-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
      <h2 id="publishing-heading" className="font-semibold text-brand-900">
        Publishing
      </h2>
      <p className="text-sm text-slate-800">
        Status: <strong>{status === "draft" ? "Draft" : status === "scheduled" ? `Scheduled for ${postState?.publishedAtText}` : "Published"}</strong>
      </p>
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
              as you type but stay off the site until you update the post.
            </p>
          )}
          {unpublishedChanges && (
            <>
              <button type="button" onClick={() => onChangeStatus("update")} className={primaryButton}>
                {status === "scheduled" ? "Update the scheduled post" : "Update the published post"}
              </button>
              <button type="button" onClick={onDiscard} className={secondaryButton}>
                Discard changes
              </button>
            </>
          )}
        </div>
      )}
      {status !== "published" && (
        <button type="button" onClick={() => onChangeStatus("publish")} disabled={postId === null} className={primaryButton}>
          Publish now
        </button>
      )}
      {status !== "published" && (
        <div className="space-y-2">
          <Field
            id="publishAt"
            label={`Publish at (${timeZoneLabel(timeZone)} time)`}
            hint="A time to come schedules it; a past date (an older post brought over) publishes it at once with that date."
            error={publishAtError}
            alsoDescribedBy={[backDated && "publishAt-backdated"]}
          >
            {(control) => <TextInput {...control} type="datetime-local" step={1} value={publishAt} onChange={(e) => onPublishAtChange(e.target.value)} />}
          </Field>
          {backDated && <BackDateNote />}
          <button
            type="button"
            onClick={() => onChangeStatus("schedule")}
            disabled={postId === null || !publishAt}
            className="w-full rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
          >
            {backDated ? "Publish with this date" : "Schedule"}
          </button>
        </div>
      )}
      {status !== "draft" && (
        <button type="button" onClick={() => onChangeStatus("unpublish")} className={secondaryButton}>
          Unpublish
        </button>
      )}
      {status !== "draft" && (
        <p className="text-xs text-slate-600">
          Each update{status === "published" ? "" : ", and the publish itself,"} is kept as a version. Publish, schedule and unpublish also apply the changes you
          see here.
        </p>
      )}
      {postId === null && <p className="text-xs text-slate-600">Give the post a title: it is saved as a draft as you write.</p>}
    </section>
  );
}
