import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { MissingPage } from "@/components/site/missing-page";
import { oldPathTarget } from "@/lib/import/old-url-redirect";

// An address no route of the site has. When an import brought it over (an old permalink
// without its trailing slash, /category/…), it leads to its new address; anything else is
// the site's 404 page, as before this route existed. The trailing-slash forms are
// answered with a 301 before Next (lib/http/old-address.mjs).
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Page not found" };

export default async function OldAddress({ params }: PageProps<"/[...old]">) {
  const { old } = await params;
  const target = oldPathTarget(old);
  if (target) permanentRedirect(target);
  return <MissingPage />;
}
