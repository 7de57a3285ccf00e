import type { Metadata, Viewport } from "next";
import { siteFont } from "@/components/site/site-font";
import { getSiteSettings } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const site = getSiteSettings();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: site.firmName, template: `%s | ${site.firmName}` },
    description: site.tagline,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#172d4a",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={siteFont.variable}>
      <body className="flex min-h-dvh flex-col font-sans">{children}</body>
    </html>
  );
}
