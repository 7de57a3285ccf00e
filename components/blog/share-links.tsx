import { CopyLinkButton } from "./copy-link-button";

/** Plain share links (no third-party script): each opens the network's own share page. */
export function ShareLinks({ url, title, label = "Share this post", prefix = "Share:" }: { url: string; title: string; label?: string; prefix?: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
  const linkClass = "inline-block rounded border border-slate-300 px-2.5 py-1.5 text-sm text-slate-700 hover:border-brand-700 hover:text-brand-800";
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-2">
        <li className="text-sm text-slate-600" aria-hidden="true">
          {prefix}
        </li>
        {links.map((link) => {
          const newTab = link.label !== "Email";
          return (
            <li key={link.label}>
              <a href={link.href} className={linkClass} target={newTab ? "_blank" : undefined} rel="noopener noreferrer">
                <span className="sr-only">Share on </span>
                {link.label}
                {/* Said, not only shown: a new tab is a surprise otherwise (WCAG 3.2.5, advisory). */}
                {newTab && (
                  <>
                    <span className="sr-only"> (opens in a new tab)</span>
                    <span aria-hidden="true"> ↗</span>
                  </>
                )}
              </a>
            </li>
          );
        })}
        <li>
          <CopyLinkButton url={url} className={linkClass} />
        </li>
      </ul>
    </nav>
  );
}
