import type { Route } from "next";
import Link from "next/link";

/** The way back to the list a page belongs to, above its heading. */
export function BackLink({ href, children }: { href: Route; children: React.ReactNode }) {
  return (
    <p>
      <Link href={href} className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {children}
      </Link>
    </p>
  );
}
