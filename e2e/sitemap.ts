import { expect, type APIRequestContext } from "@playwright/test";

/**
 * The sitemap as a crawler reads it: the index at `indexUrl` (/sitemap.xml), then each file
 * it lists, in order. Each answer must be a 200 in XML.
 */
export async function sitemapFiles(request: APIRequestContext, indexUrl: string): Promise<string[]> {
  const index = await request.get(indexUrl);
  expect(index.status(), indexUrl).toBe(200);
  const indexXml = await index.text();
  expect(indexXml).toContain("<sitemapindex");
  const locations = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  expect(locations.length).toBeGreaterThan(0);
  const files: string[] = [];
  for (const location of locations) {
    const file = await request.get(location);
    expect(file.status(), location).toBe(200);
    expect(file.headers()["content-type"]).toContain("application/xml");
    files.push(await file.text());
  }
  return files;
}
