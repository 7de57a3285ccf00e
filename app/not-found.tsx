import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listPublicPosts } from "@/db/posts";
import { getLogo, getSiteSettings } from "@/lib/site/settings";
import { firmPageLinks } from "@/lib/site/site-links";
import { soleListedProfileSlug } from "@/db/profiles";

export const metadata = { title: "Page not found" };

// An address that matches no route at all renders here, outside the (site) layout, so this
// page brings the header and footer itself; a missing post or blog page renders
// app/(site)/not-found.tsx inside the layout instead. Both show the same content.
export default function NotFound() {
  const site = getSiteSettings();
  const firmPages = firmPageLinks();
  return (
    <>
      <SiteHeader site={site} logo={getLogo()} about={firmPages.some((page) => page.href === "/about")} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12">
        <NotFoundContent site={site} latest={listPublicPosts({ limit: 3 })} soleAuthorSlug={soleListedProfileSlug()} />
      </main>
      <SiteFooter site={site} firmPages={firmPages} />
    </>
  );
}
