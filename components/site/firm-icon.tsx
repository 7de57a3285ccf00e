/* eslint-disable @next/next/no-img-element -- drawn by next/og, not a page */
import { ImageResponse } from "next/og";
import { firmInitials } from "@/lib/site/firm-initials";
import { readStoredImage } from "@/lib/media/media-storage";
import { getLogo, getSiteSettings } from "@/lib/site/settings";

const BRAND = "#172d4a"; // --color-brand-800 in app/globals.css

/** The uploaded logo as a data URL next/og can draw (PNG or JPEG only), or undefined. */
function logoDataUrl(): string | undefined {
  const logo = getLogo();
  if (!logo || (logo.mimeType !== "image/png" && logo.mimeType !== "image/jpeg")) return undefined;
  const stored = readStoredImage(logo.fileName);
  return stored && `data:${logo.mimeType};base64,${stored.bytes.toString("base64")}`;
}

/**
 * A square PNG: the firm's logo when it has one (centred on the brand colour), else its
 * initials. The browser tab's icon and the phone's home-screen icon.
 */
export function firmIcon(size: number): ImageResponse {
  const logo = logoDataUrl();
  const inner = Math.round(size * 0.8);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: BRAND, color: "white", fontSize: size * 0.45, fontWeight: 700 }}>
        {logo ? <img src={logo} alt="" width={inner} height={inner} style={{ objectFit: "contain" }} /> : firmInitials(getSiteSettings().firmName)}
      </div>
    ),
    { width: size, height: size },
  );
}
