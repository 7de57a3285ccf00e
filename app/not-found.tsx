import Link from "next/link";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSiteSettings } from "@/lib/settings";

export const metadata = { title: "Page not found" };

// The one 404 page, for unknown URLs and for posts that are not public. It brings
// its own header and footer because it renders outside the (site) layout.
export default function NotFound() {
  const site = getSiteSettings();
  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">We couldn’t find that page</h1>
        <p className="mt-4 max-w-prose text-lg text-slate-700">
          The page may have moved, or the address may have a typo. These will help:
        </p>
        <ul className="mt-6 space-y-2 text-lg">
          <li>
            <Link href="/" className="text-brand-700 underline">Go to the home page</Link>
          </li>
          <li>
            <Link href="/blog" className="text-brand-700 underline">Read the blog</Link>
          </li>
          <li>
            <Link href="/contact" className="text-brand-700 underline">Contact the office</Link>
          </li>
        </ul>
      </main>
      <SiteFooter site={site} />
    </>
  );
}
