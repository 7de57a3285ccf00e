import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listRunItems } from "@/db/imports";
import { findOldUrl } from "@/db/old-urls";
import { media, posts, profiles } from "@/db/schema";
import { tagNamesOf } from "@/db/tags";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { savedPagesZip, startFakeOldSite, type FakeOldSite } from "./fake-old-site";
import { prepareRun, runImport } from "./import-run";

// A firm leaving a builder with no export saves each page from the browser, zips the folder
// (pages and their `_files` folders) and uploads the zip: e2e/fixtures/import/saved-pages/.
let site: FakeOldSite;
let temp: ReturnType<typeof useTempDatabase>;
let ownerId: number;
let file: string;

beforeAll(async () => {
  site = await startFakeOldSite();
});
afterAll(() => site.close());

beforeEach(async () => {
  temp = useTempDatabase();
  ownerId = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
  file = path.join(path.dirname(temp.file), "saved-pages.zip");
  fs.writeFileSync(file, await savedPagesZip(site.origin));
});
afterEach(() => temp.remove());

const byTitle = (runId: number) => Object.fromEntries(listRunItems(runId).map((row) => [(row.data as { title: string }).title, row]));

describe("a zip of saved pages", { timeout: 30_000 }, () => {
  it("plans each saved page's article; the browser's own files are not pages", async () => {
    const run = await prepareRun({ file }, "saved-pages.zip", ownerId, { allowLoopback: true });
    expect(run.status, run.error ?? "").toBe("planned");
    expect(run.siteUrl).toBe(site.origin);
    expect(run.notes).toEqual(["1 saved page does not say its old address (no canonical link, og:url or “saved from” line): no redirect is made for it."]);
    const items = byTitle(run.id);
    expect(Object.keys(items).sort()).toEqual(["About the firm", "Expunging an old record", "What to do at a DUI checkpoint"]);
    expect(items["What to do at a DUI checkpoint"]).toMatchObject({ kind: "post", plan: "create", plannedSlug: "what-to-do-at-a-checkpoint" });
    expect(items["What to do at a DUI checkpoint"]!.warnings).toEqual(["1 embedded frame (videos, maps, widgets) removed."]);
    expect(items["Expunging an old record"]).toMatchObject({ kind: "post", plannedSlug: "expunging-an-old-record" });
    // No author, and no lawyer yet to sign it by default.
    expect(items["Expunging an old record"]!.warnings[0]).toMatch(/^No author: choose the lawyer who signs it\. The firm has no lawyer's profile yet/);
    expect(items["Expunging an old record"]!.warnings).toContain("An image has no description (alt text): courthouse.png. Add one in the media library after the import.");
    expect(items["About the firm"]).toMatchObject({ kind: "page", plannedSlug: "about-the-firm" });
    expect(temp.db.select().from(posts).all()).toHaveLength(0);
  });

  it("imports the articles with their images from the zip and from the old site, and old addresses lead to them", async () => {
    const run = await prepareRun({ file }, "saved-pages.zip", ownerId, { allowLoopback: true });
    const done = await runImport(run.id, ownerId, { allowLoopback: true });
    expect(done?.status, done?.error ?? "").toBe("done");

    const checkpoint = temp.db.select().from(posts).where(eq(posts.slug, "what-to-do-at-a-checkpoint")).get()!;
    expect(checkpoint).toMatchObject({ status: "published", title: "What to do at a DUI checkpoint", excerpt: "Your rights when police stop every car." });
    expect(checkpoint.publishedAt?.toISOString()).toBe("2021-03-04T15:00:00.000Z");
    const dana = temp.db.select().from(profiles).where(eq(profiles.id, checkpoint.bylineProfileId!)).get()!;
    expect(dana).toMatchObject({ displayName: "Dana Hollis", listed: true });
    // The picture in the zip and the one on the old site are both in the library; the link to the other saved page leads to its new address.
    expect(checkpoint.bodyHtml).toMatch(/<img src="\/media\/[^"]+" alt="A checkpoint sign at night"/);
    expect(checkpoint.bodyHtml).toMatch(/<img src="\/media\/[^"]+" alt="A breath test device"/);
    expect(checkpoint.bodyHtml).toContain('<a href="/blog/expunging-an-old-record">how to clear an old record</a>');
    for (const chrome of ["Home", "©", "iframe", "builder.js", "By Dana Hollis", "<h1"]) expect(checkpoint.bodyHtml).not.toContain(chrome);
    expect(site.requests).toContain("/content/images/breath-test.jpg");
    expect(temp.db.select().from(media).all()).toHaveLength(3);

    const expunging = temp.db.select().from(posts).where(eq(posts.slug, "expunging-an-old-record")).get()!;
    expect(expunging.publishedAt?.toISOString()).toBe("2022-06-10T09:30:00.000Z");
    expect(tagNamesOf(expunging.id)).toEqual(["Expungement"]);
    // No author: the import brought one lawyer, the firm's only one, who signs it (the rule for a new post).
    expect(expunging.bylineProfileId).toBe(dana.id);
    expect(expunging.bodyHtml).toMatch(/<img src="\/media\/[^"]+"/);

    expect(temp.db.select().from(posts).where(eq(posts.slug, "about-the-firm")).get()).toMatchObject({ kind: "page", status: "published" });
    // The "saved from" line and the canonical link are old addresses.
    expect(findOldUrl("/blog/2021/03/what-to-do-at-a-checkpoint")).toEqual({ kind: "post", slug: "what-to-do-at-a-checkpoint" });
    expect(findOldUrl("/blog/expunging-an-old-record")).toBeUndefined(); // the same address here

    // The same zip again: nothing twice.
    const again = await prepareRun({ file }, "saved-pages.zip", ownerId, { allowLoopback: true });
    expect(listRunItems(again.id).map((row) => row.plan)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("refuses a zip with an entry outside its folder, and one with no pages", async () => {
    fs.writeFileSync(file, zipSync({ "../evil.html": strToU8("<p>x</p>") }));
    const evil = await prepareRun({ file }, "evil.zip", ownerId);
    expect([evil.status, evil.error]).toEqual(["failed", "The zip holds an entry outside its own folder (“../evil.html”): it was not opened."]);
    fs.writeFileSync(file, zipSync({ "notes.txt": strToU8("hello") }));
    const empty = await prepareRun({ file }, "notes.zip", ownerId);
    expect(empty.error).toMatch(/^This zip is neither an export of this site/);
  });
});
