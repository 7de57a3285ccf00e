"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/admin/login" })}
      className="rounded px-3 py-2 text-sm font-medium text-brand-100 hover:bg-white/10 hover:text-white">
      Sign out
    </button>
  );
}
