import "server-only";
import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/http/site-url";
import { getSiteSettings } from "@/lib/site/settings";

/** What every root layout (the English site, the Spanish site, the admin) puts in each page's head. */
export function rootMetadata(description?: string): Metadata {
  const site = getSiteSettings();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: site.firmName, template: `%s | ${site.firmName}` },
    description: description ?? site.tagline,
  };
}

export const rootViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#172d4a",
};
