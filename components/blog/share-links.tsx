import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";
import { CopyLinkButton } from "./copy-link-button";

/** Plain share links (no third-party script): each opens the network's own share page. Their words in the post's language. */
export function ShareLinks({ url, title, lang = "en" }: { url: string; title: string; lang?: Lang }) {
  const words = dictionary(lang).blog;
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: words.shareByEmail, href: `mailto:?subject=${t}&body=${u}`, mail: true },
  ];
  const linkClass = "inline-block rounded border border-slate-300 px-2.5 py-1.5 text-sm text-slate-700 hover:border-brand-700 hover:text-brand-800";
  return (
    <nav aria-label={words.share}>
      <ul className="flex flex-wrap items-center gap-2">
        <li className="text-sm text-slate-600" aria-hidden="true">
          {words.sharePrefix}
        </li>
        {links.map((link) => {
          const newTab = !("mail" in link);
          return (
            <li key={link.label}>
              <a href={link.href} className={linkClass} target={newTab ? "_blank" : undefined} rel="noopener noreferrer">
                <span className="sr-only">{words.shareOn} </span>
                {link.label}
                {/* Said, not only shown: a new tab is a surprise otherwise (WCAG 3.2.5, advisory). */}
                {newTab && (
                  <>
                    <span className="sr-only"> {words.opensInNewTab}</span>
                    <span aria-hidden="true"> ↗</span>
                  </>
                )}
              </a>
            </li>
          );
        })}
        <li>
          <CopyLinkButton url={url} className={linkClass} label={words.copyLink} copiedLabel={words.linkCopied} />
        </li>
      </ul>
    </nav>
  );
}
