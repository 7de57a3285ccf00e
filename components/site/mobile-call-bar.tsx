import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { buttonClass } from "@/components/ui/button";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";

/**
 * On a phone, the call button stays within reach while a post is read: a bar stuck to the
 * bottom of the screen (sticky, not fixed), placed right after the article. It takes its
 * own room at the article's end, so it never hides the last lines, and it stops there:
 * what follows (related posts, the contact box, the footer) is never under it. A focused
 * link is scrolled clear of it (scroll-padding in app/globals.css). It does not move on its
 * own (no animation, nothing for reduced motion to stop). Hidden from the small breakpoint
 * up, where the header's call button is in view.
 */
export function MobileCallBar({ site, lang = "en" }: { site: SiteSettings; lang?: Lang }) {
  if (!site.phone) return null;
  return (
    <div className="sticky bottom-0 z-10 -mx-4 mt-8 border-t border-slate-200 bg-white/95 px-4 py-2 sm:hidden">
      <PhoneLink phone={site.phone} className={buttonClass({ size: "lg", className: "block text-center" })}>
        {dictionary(lang).chrome.call} {site.phone}
      </PhoneLink>
    </div>
  );
}
