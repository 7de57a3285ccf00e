import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createImportRun, findImportRun, listRunItems } from "@/db/imports";
import { findOldUrl } from "@/db/old-urls";
import { posts, profiles } from "@/db/schema";
import { tagNamesOf } from "@/db/tags";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { builderSitePages, startFakeOldSite, type FakeOldSite } from "./fake-old-site";
import { prepareRun, resumeImports, runImport, startPreparingRun } from "./import-run";
import { readPageArticle } from "./page-article";
import { readSitemap } from "./sitemap-reader";

// A firm leaving a site builder that has no export: the Import screen is given the old
// site's address, reads its sitemap index, fetches every page it lists and imports the
// articles. The old site is e2e/fixtures/import/builder-site/, served on loopback.
let site: FakeOldSite;
let temp: ReturnType<typeof useTempDatabase>;
let ownerId: number;

beforeAll(async () => {
  site = await startFakeOldSite(builderSitePages(() => site.origin));
});
afterAll(() => site.close());

beforeEach(() => {
  temp = useTempDatabase();
  ownerId = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
});
afterEach(() => temp.remove());

const titles = (runId: number) => Object.fromEntries(listRunItems(runId).map((row) => [(row.data as { title: string }).title, row]));

describe("a site with no export, by its address", { timeout: 30_000 }, () => {
  it("reads the sitemap index and each page's article; a page it cannot read is a line of the report, not a stop", async () => {
    const run = await prepareRun({ url: site.origin }, site.origin, ownerId, { allowLoopback: true });
    expect(run.status, run.error ?? "").toBe("planned");
    expect(run.source).toBe("sitemap");
    expect(run.notes).toContain("1 address on other sites left out (only 127.0.0.1's pages are read).");
    const items = titles(run.id);
    expect(Object.keys(items)).toEqual([
      "Your rights at a DUI checkpoint",
      "Expungement basics: clearing an old arrest",
      `${site.origin}/blog/gone-post`,
      `${site.origin}/blog/moved-inside`,
      "About the firm",
    ]);
    expect(items["Your rights at a DUI checkpoint"]).toMatchObject({ kind: "post", plan: "create", plannedSlug: "dui-checkpoint-rights" });
    expect(items["Your rights at a DUI checkpoint"]!.warnings).toEqual([
      "1 script removed.",
      "1 element with event handlers (onclick…) cleaned.",
      "The featured image has no description (alt text): checkpoint-cover.jpg.",
    ]);
    expect(items["Expungement basics: clearing an old arrest"]).toMatchObject({ kind: "post", plannedSlug: "expungement-basics" });
    expect(items["Expungement basics: clearing an old arrest"]!.warnings).toEqual([
      "An image has no description (alt text): courthouse.png. Add one in the media library after the import.",
    ]);
    expect(items["About the firm"]).toMatchObject({ kind: "page", plannedSlug: "about-us" });
    expect(items[`${site.origin}/blog/gone-post`]).toMatchObject({ plan: "skip", warnings: ["Left out. Not read: the old site answered 404."] });
    expect(items[`${site.origin}/blog/moved-inside`]).toMatchObject({ plan: "skip", warnings: ["Left out. Not read: 10.0.0.7 is on a private or local network; an import only reads from public addresses."] });
    // The dry run wrote nothing.
    expect(temp.db.select().from(posts).all()).toHaveLength(0);
  });

  it("imports each article with its date, byline, tags, images and old address; the page's chrome stays behind", async () => {
    const run = await prepareRun({ url: `${site.origin}/sitemap.xml` }, "old site", ownerId, { allowLoopback: true });
    const done = await runImport(run.id, ownerId, { allowLoopback: true });
    expect(done?.status, done?.error ?? "").toBe("done");

    const checkpoint = temp.db.select().from(posts).where(eq(posts.slug, "dui-checkpoint-rights")).get()!;
    expect(checkpoint).toMatchObject({ kind: "post", status: "published", title: "Your rights at a DUI checkpoint", excerpt: "What the police may and may not do at a sobriety checkpoint." });
    expect(checkpoint.publishedAt?.toISOString()).toBe("2021-03-02T15:30:00.000Z");
    expect(temp.db.select().from(profiles).where(eq(profiles.id, checkpoint.bylineProfileId!)).get()?.displayName).toBe("Mara Hollis");
    expect(checkpoint.coverMediaId).not.toBeNull();
    expect(tagNamesOf(checkpoint.id)).toEqual(["DUI Defense", "Your Rights"]);
    expect(checkpoint.bodyHtml).toContain("<p>A checkpoint stop is a seizure, and the Constitution still applies at the roadside.</p>");
    // The link to the other imported post leads to its new address; the image is in the media library.
    expect(checkpoint.bodyHtml).toContain('<a href="/blog/expungement-basics">how expungement works</a>');
    expect(checkpoint.bodyHtml).toMatch(/<img src="\/media\/[^"]+" alt="Police lights at a roadside checkpoint"/);
    for (const chrome of ["Contact us today", "Share on Facebook", "Attorney advertising", "tracking", "alert", "onclick", "<h1"]) expect(checkpoint.bodyHtml).not.toContain(chrome);

    const expungement = temp.db.select().from(posts).where(eq(posts.slug, "expungement-basics")).get()!;
    expect(expungement.publishedAt?.toISOString()).toBe("2020-11-17T15:00:00.000Z");
    expect(temp.db.select().from(profiles).where(eq(profiles.id, expungement.bylineProfileId!)).get()?.displayName).toBe("Daniel Reyes");
    expect(expungement.bodyHtml).toContain("Año tras año");
    expect(expungement.bodyHtml).toContain("<figcaption>The county courthouse</figcaption>");
    expect(expungement.bodyHtml).not.toContain("By Daniel Reyes");

    expect(temp.db.select().from(posts).where(eq(posts.slug, "about-us")).get()).toMatchObject({ kind: "page", title: "About the firm" });
    // The same address here needs no redirect; the .html one leads to it.
    expect(findOldUrl("/blog/dui-checkpoint-rights")).toBeUndefined();
    expect(findOldUrl("/blog/expungement-basics.html")).toEqual({ kind: "post", slug: "expungement-basics" });

    // The same site again: nothing twice.
    const again = await prepareRun({ url: `${site.origin}/sitemap.xml` }, "old site", ownerId, { allowLoopback: true });
    expect(listRunItems(again.id).filter((row) => row.plan !== "skip").map((row) => row.plan)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("is read in the background from the Import screen; a restart while reading fails that run with a message", async () => {
    const run = startPreparingRun({ url: site.origin }, site.origin, ownerId, { allowLoopback: true });
    expect(run.status).toBe("reading");
    await vi.waitFor(() => expect(findImportRun(run.id)?.status).toBe("planned"), { timeout: 10_000 });
    expect(listRunItems(run.id)).toHaveLength(5);

    const interrupted = createImportRun({ source: "sitemap", label: "half read", createdBy: ownerId });
    resumeImports();
    expect(findImportRun(interrupted.id)).toMatchObject({ status: "failed", error: "The server restarted while this was being read: nothing was written. Start it again from the Import page." });
    expect(findImportRun(run.id)?.status).toBe("planned");
  });

  it("refuses what is not a sitemap, and a site on the office network", async () => {
    expect(() => readSitemap("name,email\nJane,jane@example.com")).toThrow("This is neither a sitemap nor a list of addresses");
    expect(() => readSitemap('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><urlset/>')).toThrow("declares a DOCTYPE");
    expect(readSitemap("https://old.example/a\nhttps://old.example/b\n").pages).toEqual(["https://old.example/a", "https://old.example/b"]);
    const run = await prepareRun({ url: "http://192.168.1.20/sitemap.xml" }, "office", ownerId);
    expect([run.status, run.error]).toEqual(["failed", "192.168.1.20 is on a private or local network; an import only reads from public addresses."]);
  });
});

describe("the article of a page", () => {
  it("takes the <meta> tags when there is no JSON-LD, and gives up on a page with no text", () => {
    const page = `<html><head><title>T</title><meta property="og:title" content="From meta"><meta property="article:published_time" content="2019-01-02T03:04:05Z"><meta name="author" content="Jane Roe"><meta property="article:tag" content="Bail"></head>
      <body><main><p>Text.</p></main></body></html>`;
    expect(readPageArticle(page, "https://old.example/a")).toMatchObject({ title: "From meta", date: "2019-01-02T03:04:05.000Z", author: "Jane Roe", tags: ["Bail"], html: "<p>Text.</p>" });
    expect(readPageArticle("<html><body><nav>Menu</nav></body></html>", "https://old.example/b")).toBeUndefined();
  });
});
