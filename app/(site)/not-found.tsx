import { NotFoundContent } from "@/components/site/not-found-content";
import { listPublicPosts } from "@/db/posts";
import { getSiteSettings } from "@/lib/site/settings";
import { soleListedProfileSlug } from "@/db/profiles";

export const metadata = { title: "Page not found" };

// A missing post, tag or page of the blog (notFound() under the site's pages): inside the
// site's layout, which brings the header and footer.
export default function SiteNotFound() {
  return <NotFoundContent site={getSiteSettings()} latest={listPublicPosts({ limit: 3 })} soleAuthorSlug={soleListedProfileSlug()} />;
}
