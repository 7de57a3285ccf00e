import type { MetadataRoute } from "next";
import { getSiteSettings } from "@/lib/site/settings";

// What a phone uses when a visitor saves the site to the home screen.
export default function manifest(): MetadataRoute.Manifest {
  const site = getSiteSettings();
  return {
    name: site.firmName,
    short_name: site.firmName.length <= 12 ? site.firmName : site.firmName.split(/\s+/).slice(0, 2).join(" "),
    description: site.tagline,
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#172d4a",
    icons: [192, 512].map((size) => ({ src: `/icon/${size}`, sizes: `${size}x${size}`, type: "image/png" })),
  };
}
