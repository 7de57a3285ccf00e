import type { Metadata } from "next";
import { PostEditor } from "@/components/editor/post-editor";
import { listTagNames } from "@/db/tags";
import { requireUser } from "@/lib/auth";
import { editorFields } from "@/lib/post-save";
import { getSiteSettings, postDisclaimer } from "@/lib/settings";
import { trashPost } from "../actions";

export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage() {
  await requireUser({ returnTo: "/admin/posts/new" });
  const site = getSiteSettings();
  return (
    <PostEditor
      postId={null}
      initial={editorFields(undefined)}
      initialCoverUrl={null}
      state={null}
      defaultDisclaimer={postDisclaimer(null, site)}
      timeZone={site.timeZone}
      tagSuggestions={listTagNames()}
      trashAction={trashPost}
    />
  );
}
