import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { publicSlugs, queryDb } from "./database";
import { uniqueTitle } from "./post-editor";
import { signIn } from "./sign-in";
import { sitemapFiles } from "./sitemap";

// What search engines, feed readers and link previews read, fetched as they fetch it: no
// browser, no JavaScript, their user agents.
const CRAWLERS = {
  facebook: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  slack: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
};

type Head = { title: string; meta: Map<string, string>; canonical?: string; feed?: string; jsonLd: unknown[] };

/** The tags a crawler reads from a page's HTML. */
function readHead(html: string): Head {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const meta = new Map<string, string>();
  for (const tag of html.match(/<meta\s[^>]*>/g) ?? []) {
    const key = attr(tag, "property") ?? attr(tag, "name");
    const content = attr(tag, "content");
    if (key && content !== undefined && !meta.has(key)) meta.set(key, decode(content));
  }
  const links = html.match(/<link\s[^>]*>/g) ?? [];
  const canonical = links.find((l) => attr(l, "rel") === "canonical");
  const feed = links.find((l) => attr(l, "rel") === "alternate" && attr(l, "type") === "application/rss+xml");
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as unknown);
  return {
    title: decode(html.match(/<title>(.*?)<\/title>/s)?.[1] ?? ""),
    meta,
    canonical: canonical && attr(canonical, "href"),
    feed: feed && attr(feed, "href"),
    jsonLd,
  };
}

async function fetchAs(request: APIRequestContext, path: string, crawler: keyof typeof CRAWLERS) {
  const response = await request.get(path, { headers: { "User-Agent": CRAWLERS[crawler] } });
  expect(response.status(), path).toBe(200);
  return readHead(await response.text());
}

const firmName = () => JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'firmName'")[0]!.value) as string;
const graph = (head: Head) => (head.jsonLd[0] as { "@graph": Record<string, unknown>[] })["@graph"];

/** The size of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every public page tells a crawler its canonical address, title, description, preview tags and feed", async ({ request, baseURL }) => {
  const [slug] = publicSlugs();
  const post = queryDb<{ id: number; title: string; excerpt: string }>("select id, title, excerpt from posts where slug = ?", slug)[0]!;
  const [tag] = queryDb<{ slug: string; name: string }>(
    `select tags.slug, tags.name from tags join post_tags on post_tags.tag_id = tags.id join posts on posts.id = post_tags.post_id
     where posts.status = 'published' and posts.deleted_at is null and posts.published_at <= ? order by posts.published_at limit 1`,
    Date.now(),
  );
  const firm = firmName();
  const pages: { path: string; title: string; description?: string; type: string }[] = [
    { path: "/", title: firm, type: "website" },
    { path: "/blog", title: `Blog | ${firm}`, type: "website" },
    { path: "/blog/page/2", title: `Blog, page 2 | ${firm}`, type: "website" },
    { path: `/blog/${slug}`, title: `${post.title} | ${firm}`, description: post.excerpt, type: "article" },
    { path: `/blog/tag/${tag!.slug}`, title: `Posts about ${tag!.name} | ${firm}`, type: "website" },
    { path: "/contact", title: `Contact | ${firm}`, type: "website" },
  ];
  for (const page of pages) {
    for (const crawler of ["facebook", "slack"] as const) {
      const head = await fetchAs(request, page.path, crawler);
      // Next writes the home page's address without its trailing slash; both are the same URL.
      const url = page.path === "/" ? baseURL : `${baseURL}${page.path}`;
      expect(head.title, page.path).toBe(page.title);
      expect(head.canonical, page.path).toBe(url);
      expect(head.feed, page.path).toBe(`${baseURL}/feed.xml`);
      expect(head.meta.get("description"), page.path).toBeTruthy();
      if (page.description) expect(head.meta.get("description")).toBe(page.description);
      expect(head.meta.get("og:url"), page.path).toBe(url);
      expect(head.meta.get("og:type"), page.path).toBe(page.type);
      expect(head.meta.get("og:site_name")).toBe(firm);
      expect(head.meta.get("og:title"), page.path).toBe(page.path === "/" ? firm : page.title.replace(` | ${firm}`, ""));
      expect(head.meta.get("og:description"), page.path).toBe(head.meta.get("description"));
      expect(head.meta.get("og:image"), page.path).toMatch(new RegExp(`^${baseURL}/`));
      expect(head.meta.get("twitter:card")).toBe("summary_large_image");
      expect(head.meta.get("twitter:image")).toBe(head.meta.get("og:image"));
      expect(head.meta.get("robots"), page.path).toBeUndefined();
    }
  }

  // The post's preview image is its own 1200×630 card (it has no cover), and the firm's card serves the others.
  const postHead = await fetchAs(request, `/blog/${slug}`, "facebook");
  expect(postHead.meta.get("og:image")).toMatch(new RegExp(`^${baseURL}/blog/${slug}/card\\.png\\?v=[0-9a-f]+$`));
  expect(postHead.meta.get("og:image:width")).toBe("1200");
  expect(postHead.meta.get("og:image:height")).toBe("630");
  expect(postHead.meta.get("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  for (const image of [postHead.meta.get("og:image")!, `${baseURL}/card.png`]) {
    const response = await request.get(image, { headers: { "User-Agent": CRAWLERS.facebook } });
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }

  // Search results are kept out of indexes, their links followed.
  const search = readHead(await (await request.get("/search?q=bond")).text());
  expect(search.meta.get("robots")).toBe("noindex, follow");
  expect(search.canonical).toBe(`${baseURL}/search`);
});

test("the home page describes the firm and its attorney; a post, itself and where it sits", async ({ request, baseURL }) => {
  const home = await fetchAs(request, "/", "facebook");
  const [firm, ...people] = graph(home);
  expect(firm).toMatchObject({ "@type": "LegalService", name: firmName(), telephone: "+1-334-555-0142", url: `${baseURL}/`, areaServed: { "@type": "State", name: "Alabama" } });
  expect(firm!.address).toContain("Montgomery, AL 36104");
  expect(firm!.logo).toBe(`${baseURL}/icon/512`);
  // The lawyers are the profiles listed on the About page (the sample lawyer among them).
  expect(people).toContainEqual(
    expect.objectContaining({ "@type": "Person", name: "Jordan Avery", url: `${baseURL}/attorneys/jordan-avery`, knowsLanguage: ["English", "Spanish"], worksFor: { "@id": firm!["@id"] } }),
  );
  const practiceAreas = queryDb<{ title: string }>("select title from posts where kind = 'practice_area' and status = 'published' and deleted_at is null order by title").map((row) => row.title);
  expect(firm!.knowsAbout).toEqual(expect.arrayContaining(practiceAreas));

  const [slug] = publicSlugs();
  const post = queryDb<{ title: string; published_at: number; name: string }>(
    "select posts.title, published_at, coalesce(profiles.display_name, users.name) as name from posts join users on users.id = posts.created_by left join profiles on profiles.id = posts.byline_profile_id where posts.slug = ?",
    slug,
  )[0]!;
  const [posting, breadcrumbs] = graph(await fetchAs(request, `/blog/${slug}`, "slack"));
  expect(posting).toMatchObject({
    "@type": "BlogPosting",
    headline: post.title,
    datePublished: new Date(post.published_at).toISOString(),
    author: { "@type": "Person", name: post.name },
    publisher: { "@type": "LegalService", name: firmName() },
    mainEntityOfPage: { "@type": "WebPage", "@id": `${baseURL}/blog/${slug}` },
  });
  expect(posting!.image).toEqual([expect.stringMatching(new RegExp(`^${baseURL}/blog/${slug}/card\\.png`))]);
  expect(breadcrumbs).toMatchObject({
    "@type": "BreadcrumbList",
    itemListElement: [
      { position: 1, name: "Home", item: `${baseURL}/` },
      { position: 2, name: "Blog", item: `${baseURL}/blog` },
      { position: 3, name: post.title, item: `${baseURL}/blog/${slug}` },
    ],
  });
});

test("a title with </script>, quotes and ampersands stays inside its JSON-LD and its tags", async ({ page, request }) => {
  await signIn(page);
  const title = `Bail & "bond" </script><script>window.pwned=1</script> 'quoted' ${uniqueTitle("x")}`;
  const slug = `hostile-${uniqueTitle("t").split(" ")[1]}`;
  const fields = { title, slug, excerpt: `Costs & "fees" </script>`, bodyHtml: "<p>Words.</p>", tags: "", coverMediaId: null, coverAlt: "", seoTitle: "", seoDescription: "", useDefaultDisclaimer: true, disclaimer: "" };
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/admin/api/posts", { data: { revision: 0, intent: "save", fields }, headers: { Origin: origin } });
  const { post } = (await created.json()) as { post: { id: number; revision: number } };
  const published = await page.request.post(`/admin/api/posts/${post.id}`, { data: { revision: post.revision, intent: "publish", fields }, headers: { Origin: origin } });
  expect(published.status()).toBe(200);

  const head = await fetchAs(request, `/blog/${slug}`, "facebook");
  expect(graph(head)[0]!.headline).toBe(title);
  expect(graph(head)[0]!.description).toBe(fields.excerpt);
  expect(head.meta.get("og:title")).toBe(title);
  expect(head.meta.get("og:description")).toBe(fields.excerpt);

  // In a browser nothing of it runs, and the page shows the title as written.
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test("the sitemap, robots.txt and the feed parse as XML (or text) and list exactly the public posts", async ({ request, baseURL }) => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "item" });
  const hidden = queryDb<{ slug: string }>("select slug from posts where status = 'draft' or published_at > ? or deleted_at is not null or id in (select post_id from post_drafts)", Date.now());
  // Other journeys publish while this runs: read the database next to each fetch, and again if one came between.
  await expect(async () => {
    const urls = (await sitemapFiles(request, "/sitemap.xml")).flatMap((xml) => {
      expect(XMLValidator.validate(xml)).toBe(true);
      return (parser.parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    });
    // The English posts (the Spanish ones, under /es/blog, are e2e/spanish-site.spec.ts's).
    const postUrls = urls.map((u) => u.loc).filter((loc) => loc.startsWith(`${baseURL}/blog/`) && /\/blog\/(?!page\/|tag\/)[^/]+$/.test(loc));
    expect(postUrls.sort()).toEqual(publicSlugs().map((s) => `${baseURL}/blog/${s}`).sort());
    expect(urls.map((u) => u.loc)).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/blog`, `${baseURL}/blog/page/2`, `${baseURL}/blog/tag/court`]));
    for (const url of urls.filter((u) => u.loc.includes("/blog/"))) expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }).toPass({ timeout: 20_000 });

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  await expect(async () => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = (parser.parse(xml) as { rss: { "@_version": string; channel: { title: string; item: Record<string, unknown>[] } } }).rss;
    expect(channel["@_version"]).toBe("2.0");
    const items = channel.channel.item;
    const newest = publicSlugs().slice(0, 20);
    expect(items.map((i) => String(i.link))).toEqual(newest.map((s) => `${baseURL}/blog/${s}`));
    for (const item of items) {
      const slug = String(item.link).split("/").pop()!;
      const row = queryDb<{ id: number; published_at: number }>("select id, published_at from posts where slug = ?", slug)[0]!;
      expect((item.guid as { "#text": string; "@_isPermaLink": string })["#text"]).toBe(`${baseURL}/#post-${row.id}`);
      // RFC 822 in the firm's zone (Chicago: -0600 or -0500), the same moment as stored.
      expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0[56]00$/);
      expect(Math.floor(Date.parse(String(item.pubDate)) / 1000)).toBe(Math.floor(row.published_at / 1000));
      expect(String(item["content:encoded"])).toContain("<p>");
      expect(String(item["content:encoded"])).not.toMatch(/<script/i);
    }
    for (const { slug } of hidden) expect(xml).not.toContain(`/blog/${slug}<`);
  }).toPass({ timeout: 20_000 });
});
