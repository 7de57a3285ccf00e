/* eslint-disable @next/next/no-img-element -- previews of uploads in the admin; no image optimizer */
import type { Metadata } from "next";
import Link from "next/link";
import { CleanUpMediaForm, DeleteMediaForm, MediaAltForm } from "@/components/admin/media-forms";
import { listLibrary, type MediaUse } from "@/db/media";
import { requireUser } from "@/lib/accounts/auth";
import { formatDate } from "@/lib/dates/format";
import { mediaUrl } from "@/lib/media/media-storage";
import { mayPublish } from "@/lib/publishing/publishing-rights";
import { getSiteSettings } from "@/lib/site/settings";
import { cleanUpMedia, deleteMedia, saveMediaAlt } from "./actions";

export const metadata: Metadata = { title: "Media" };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function UseLink({ use }: { use: MediaUse }) {
  const href = use.kind === "post" ? `/admin/posts/${use.id}` : use.kind === "profile" ? `/admin/profiles/${use.id}` : "/admin/settings";
  return (
    <Link href={href} className="text-brand-800 underline">
      {use.title}
    </Link>
  );
}

/** Every upload: its size, where it is used, its description; delete what nothing uses. */
export default async function MediaPage() {
  const user = await requireUser({ returnTo: "/admin/media" });
  const canChange = mayPublish(user);
  const site = getSiteSettings();
  const items = listLibrary();
  const unused = items.filter((item) => item.uses.length === 0).length;

  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Media</h1>
      <p className="max-w-prose text-slate-700">
        Every image uploaded for posts, profiles and the logo. Each was resized when it arrived, so phones download a small copy. Add images to a post from
        the editor (the Image button, or paste or drop one into the text).
        {!canChange && " The owner changes descriptions and deletes images."}
      </p>

      {items.length === 0 ? (
        <p className="text-slate-700">Nothing uploaded yet.</p>
      ) : (
        <ul className="space-y-4">
          {items.map((item, i) => {
            const name = `image ${items.length - i}`;
            return (
              <li key={item.id} className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-[10rem_1fr]">
                <img src={mediaUrl(item.fileName)} alt="" className="h-28 w-40 rounded object-cover" />
                <div className="space-y-2">
                  <p className="text-sm text-slate-700">
                    {item.width && item.height ? `${item.width} × ${item.height} pixels · ` : ""}
                    {size(item.byteSize)} as uploaded{item.variantBytes ? `, ${size(item.variantBytes)} in resized copies` : ""} · uploaded{" "}
                    {formatDate(item.createdAt, site.timeZone)}
                  </p>
                  <p className="text-sm">
                    {item.uses.length === 0 ? (
                      <span className="font-medium text-amber-900">Not used anywhere.</span>
                    ) : (
                      <>
                        Used by{" "}
                        {item.uses.map((use, n) => (
                          <span key={`${use.kind}-${use.id}-${n}`}>
                            {n > 0 && ", "}
                            <UseLink use={use} /> ({use.how})
                          </span>
                        ))}
                        .
                      </>
                    )}
                  </p>
                  {canChange ? (
                    <>
                      <MediaAltForm action={saveMediaAlt} mediaId={item.id} alt={item.alt} label={`Description of ${name}`} />
                      {item.uses.length === 0 && <DeleteMediaForm action={deleteMedia} mediaId={item.id} name={name} />}
                    </>
                  ) : (
                    <p className="text-sm text-slate-800">Description: {item.alt || "none in the library (each post's own is used)"}</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {canChange && unused > 0 && (
        <section aria-labelledby="cleanup-heading" className="max-w-xl space-y-3 rounded-md border border-red-300 p-4">
          <h2 id="cleanup-heading" className="text-lg font-semibold text-red-900">
            Clean up
          </h2>
          <p className="text-slate-800">
            {unused === 1 ? "One image is" : `${unused} images are`} not used by any post, page, profile or the logo. Deleting removes the files and their
            resized copies. Kept versions of earlier posts do not count as a use.
          </p>
          <CleanUpMediaForm action={cleanUpMedia} unused={unused} />
        </section>
      )}
    </div>
  );
}
