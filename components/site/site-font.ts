import localFont from "next/font/local";

// Geist (from the `geist` package, served from this site, never a font CDN). "optional":
// a phone that has not got the file within a moment keeps the fallback face for this
// page instead of swapping, so the text is painted once and never jumps; the next page
// has Geist from the browser's cache.
export const siteFont = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "optional",
});
