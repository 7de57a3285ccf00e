import Link from "next/link";
import type { SessionUser } from "@/lib/auth";
import { SignOutButton } from "./sign-out-button";

// Editors work on posts only; inquiries, users and settings are the owner's.
export function AdminNav({ user, newInquiries }: { user: SessionUser; newInquiries: number }) {
  const items: { href: string; label: string; badge?: number }[] = [
    { href: "/admin/posts", label: "Posts" },
    { href: "/admin/pages", label: "Pages" },
    { href: "/admin/review", label: "Review" },
    { href: "/admin/tags", label: "Tags" },
    ...(user.role === "owner"
      ? [
          { href: "/admin/inquiries", label: "Inquiries", badge: newInquiries },
          { href: "/admin/users", label: "Users" },
          { href: "/admin/profiles", label: "Profiles" },
          { href: "/admin/settings", label: "Settings" },
        ]
      : []),
    { href: "/admin/account", label: "Your account" },
  ];
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/admin" className="font-semibold">
          Admin
        </Link>
        <nav aria-label="Admin">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded px-3 py-2 text-sm font-medium text-brand-100 hover:bg-white/10 hover:text-white">
                  {item.label}
                  {item.badge ? (
                    <span className="ml-1.5 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
                      {item.badge}
                      <span className="sr-only"> new</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span className="text-brand-100">{user.name}</span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
