import { ImageResponse } from "next/og";
import { firmInitials } from "@/lib/firm-initials";
import { getSiteSettings } from "@/lib/settings";

const BRAND = "#172d4a"; // --color-brand-800 in app/globals.css

/** A square PNG with the firm's initials: the browser tab's icon and the phone's home-screen icon. */
export function firmIcon(size: number): ImageResponse {
  const initials = firmInitials(getSiteSettings().firmName);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: BRAND, color: "white", fontSize: size * 0.45, fontWeight: 700 }}>
        {initials}
      </div>
    ),
    { width: size, height: size },
  );
}
