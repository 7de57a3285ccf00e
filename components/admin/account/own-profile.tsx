import { attorneyPath } from "@/lib/posts/post-paths";
import type { Profile } from "@/db/profiles";
import type { FormAction } from "@/lib/forms/form-state";
import { mediaUrl } from "@/lib/media/media-storage";
import { profileValues, type ProfileField } from "@/lib/site/profile-form";
import { ProfileForm } from "@/components/admin/profile-form";

/** "Your account": the signed-in person's public profile. */
export function OwnProfile({ profile, photoFileName, action }: { profile: Profile; photoFileName: string | null; action: FormAction<ProfileField> }) {
  return (
    <section aria-labelledby="profile-heading" className="max-w-2xl space-y-4 border-t border-slate-200 pt-6">
      <h2 id="profile-heading" className="text-xl font-semibold text-brand-900">
        Your public profile
      </h2>
      <p className="text-slate-700">
        {profile.listed
          ? "Your posts are signed with this name, and the byline links to your page."
          : "Posts are signed by the firm's lawyers. If you are one, tick “A lawyer of the firm”: your posts are then signed with this name and you get your own page."}
      </p>
      <ProfileForm action={action} initial={profileValues(profile)} photoUrl={photoFileName ? mediaUrl(photoFileName) : null} publicPath={attorneyPath(profile.slug)} />
    </section>
  );
}
