import Link from "next/link";
import type { SessionUser } from "@/lib/accounts/auth";
import { SignOutButton } from "./account/sign-out-button";

type Item = { href: string; label: string; badge?: number; badgeWord?: string };

// Read as "Inquiries (3 new)", not "Inquiries3 new": the number alone is for the eye.
function Badge({ count, word }: { count: number; word: string }) {
  return (
    <>
      <span aria-hidden="true" className="ml-1.5 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
        {count}
      </span>
      <span className="sr-only">
        {" "}
        ({count} {word})
      </span>
    </>
  );
}

function NavList({ items, className }: { items: Item[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="inline-flex min-h-11 items-center rounded px-3 text-sm font-medium text-brand-100 hover:bg-white/10 hover:text-white">
            {item.label}
            {item.badge ? <Badge count={item.badge} word={item.badgeWord ?? "new"} /> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The admin's header. On a wide screen every section is listed; on a phone it is one line
 * (the inquiries, which may not wait, and a menu that opens without JavaScript), so the
 * page itself starts near the top of the screen. Editors work on posts only; inquiries,
 * users and settings are the owner's.
 */
export function AdminNav({ user, newInquiries, waitingApproval }: { user: SessionUser; newInquiries: number; waitingApproval: number }) {
  const owner = user.role === "owner";
  const items: Item[] = [
    { href: "/admin/posts", label: "Posts" },
    { href: "/admin/pages", label: "Pages" },
    ...(owner ? [{ href: "/admin/in-review", label: "In review", badge: waitingApproval, badgeWord: "waiting" }] : []),
    { href: "/admin/media", label: "Media" },
    { href: "/admin/review", label: "Review dates" },
    { href: "/admin/tags", label: "Tags" },
    ...(owner
      ? [
          { href: "/admin/inquiries", label: "Inquiries", badge: newInquiries },
          { href: "/admin/insights", label: "Insights" },
          { href: "/admin/users", label: "Users" },
          { href: "/admin/profiles", label: "Profiles" },
          { href: "/admin/settings", label: "Settings" },
          { href: "/admin/import", label: "Import" },
        ]
      : []),
    { href: "/admin/account", label: "Your account" },
  ];
  return (
    <header className="dark-surface bg-brand-900 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-40 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-1">
        <Link href="/admin" className="inline-flex min-h-11 items-center font-semibold">
          Admin
        </Link>
        <nav aria-label="Admin" className="hidden lg:block">
          <NavList items={items} className="flex flex-wrap gap-1" />
        </nav>
        <div className="hidden items-center gap-2 text-sm lg:flex">
          <span className="text-brand-100">{user.name}</span>
          <SignOutButton />
        </div>

        <div className="flex items-center gap-1 lg:hidden">
          {owner && (
            <Link href="/admin/inquiries" className="inline-flex min-h-11 items-center rounded px-2 text-sm font-medium text-brand-100 hover:bg-white/10">
              Inquiries
              {newInquiries ? <Badge count={newInquiries} word="new" /> : null}
            </Link>
          )}
          <details className="group relative">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded px-3 text-sm font-semibold hover:bg-white/10">
              Menu<span aria-hidden="true" className="ml-1 group-open:rotate-180">▾</span>
            </summary>
            <div className="absolute right-0 z-30 mt-1 w-64 rounded-md bg-brand-900 p-2 shadow-lg ring-1 ring-white/20">
              <nav aria-label="Admin">
                <NavList items={items} className="flex flex-col" />
              </nav>
              <div className="mt-2 flex items-center justify-between border-t border-white/20 pt-2 text-sm">
                <span className="px-3 text-brand-100">{user.name}</span>
                <SignOutButton />
              </div>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
