import Link from "next/link";
import type { SessionUser } from "@/lib/auth";
import { SignOutButton } from "./sign-out-button";

export function AdminNav({ user }: { user: SessionUser }) {
  const items = [
    { href: "/admin/posts", label: "Posts" },
    { href: "/admin/inquiries", label: "Inquiries" },
    ...(user.role === "owner"
      ? [
          { href: "/admin/users", label: "Users" },
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
