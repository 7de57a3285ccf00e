import type { Metadata } from "next";
import { PostEditor } from "@/components/editor/post-editor";
import { defaultBylineFor } from "@/db/profiles";
import { listTagNames } from "@/db/tags";
import { requireUser } from "@/lib/accounts/auth";
import { mayPublish } from "@/lib/publishing/publishing-rights";
import { editorContext } from "@/lib/posts/editor-context";
import { KIND_NAMES } from "@/lib/posts/post-paths";
import { editorFields } from "@/lib/posts/post-save";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { trashPost } from "../actions";

export const metadata: Metadata = { title: "New post" };

const KINDS = ["post", "page", "practice_area"] as const;

export default async function NewPostPage({ searchParams }: PageProps<"/admin/posts/new">) {
  const asked = (await searchParams).kind;
  const kind = KINDS.find((k) => k === asked) ?? "post";
  const user = await requireUser({ returnTo: `/admin/posts/new${kind === "post" ? "" : `?kind=${kind}`}` });
  const site = getSiteSettings();
  return (
    <PostEditor
      key={kind}
      postId={null}
      kind={kind}
      {...editorContext(site)}
      // The writer's own lawyer profile, else the firm's only lawyer, until another is chosen.
      initial={{ ...editorFields(undefined, site.timeZone), bylineProfileId: defaultBylineFor(user.id) }}
      initialCoverUrl={null}
      state={null}
      defaultDisclaimer={postDisclaimer(null, site)}
      timeZone={site.timeZone}
      notice={kind === "post" ? undefined : `A new ${KIND_NAMES[kind]}: give it a title and it is saved as a draft.`}
      tagSuggestions={listTagNames()}
      mayPublish={mayPublish(user)}
      trashAction={trashPost}
    />
  );
}
