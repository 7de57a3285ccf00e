import { shortTitle } from "@/lib/site/short-title";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SHARE_IMAGE } from "@/lib/seo/page-metadata";

const BRAND = "#172d4a"; // --color-brand-800 in app/globals.css
const ACCENT = "#9a6a12"; // --color-accent-600

// The site's own font (Geist, from the `geist` package): the image renderer needs TTF files.
const fontDir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
function loadFonts() {
  fonts ??= Promise.all([readFile(path.join(fontDir, "Geist-Regular.ttf")), readFile(path.join(fontDir, "Geist-Bold.ttf"))]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** A long title gets smaller type, so it always fits in three or four lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 110) return 54;
  return 44;
}

/**
 * The 1200×630 picture a shared link shows (Facebook, Slack, messages): the firm's name
 * over a title — a post's, or the firm's tagline on its own card.
 */
export async function shareCard({ firmName, title, footer }: { firmName: string; title: string; footer: string }): Promise<ImageResponse> {
  const { regular, bold } = await loadFonts();
  const shown = shortTitle(title, 160);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: BRAND, color: "white", padding: "64px 72px", fontFamily: "Geist" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 14, height: 56, background: ACCENT }} />
          <div style={{ fontSize: 36, fontWeight: 700, letterSpacing: -0.5 }}>{firmName}</div>
        </div>
        <div style={{ display: "flex", fontSize: titleSize(shown), fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }}>{shown}</div>
        <div style={{ display: "flex", fontSize: 28, color: "#c9d6e8" }}>{footer}</div>
      </div>
    ),
    {
      ...SHARE_IMAGE,
      fonts: [
        { name: "Geist", data: regular, weight: 400, style: "normal" },
        { name: "Geist", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}
