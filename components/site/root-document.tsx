import { siteFont } from "@/components/site/site-font";

// The <html> and <body> every root layout renders: the English site, the Spanish site and the
// admin are three root layouts (app/(site), app/es, app/admin) so that each page's <html lang>
// is its own language without reading the request (the public pages stay cached).
export function RootDocument({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <html lang={lang} className={siteFont.variable}>
      <body className="flex min-h-dvh flex-col font-sans">{children}</body>
    </html>
  );
}
