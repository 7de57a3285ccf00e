import "../globals.css";
import { SiteFrame } from "@/components/site/site-frame";
import { rootMetadata, rootViewport } from "@/lib/seo/root-metadata";
import { loadSiteFrame } from "@/lib/site/site-frame";

// Every page under here is rendered once and served from Next's cache until something it
// shows changes (lib/http/public-pages.ts refreshes them all then). The minute is what shared
// caches in front may keep a page; pages that must be rendered per request (the contact
// form) say so themselves. docs/architecture.md, "Rendering", has the whole model.
export const revalidate = 60;

// The English site's root layout (<html lang="en">); the Spanish one is app/es/layout.tsx.
export function generateMetadata() {
  return rootMetadata();
}

export const viewport = rootViewport;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame frame={loadSiteFrame("en")}>{children}</SiteFrame>;
}
