import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findImportedPost, listRunItems, runProgress } from "@/db/imports";
import { findOldUrl } from "@/db/old-urls";
import { findPublicPostBySlug } from "@/db/posts";
import { media, posts, profiles, users } from "@/db/schema";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { startFakeOldSite, type FakeOldSite } from "./fake-old-site";
import { prepareRun, runImport } from "./import-run";

const FIXTURE = path.resolve(import.meta.dirname, "../../e2e/fixtures/import/wordpress-export.xml");
let temp: ReturnType<typeof useTempDatabase>;
let site: FakeOldSite;
let ownerId: number;
let file: string;

beforeAll(async () => {
  site = await startFakeOldSite();
});
afterAll(() => site.close());

beforeEach(() => {
  temp = useTempDatabase();
  ownerId = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
  file = path.join(path.dirname(temp.file), "export.xml");
  // The fixture's old site is the fake one on loopback.
  fs.writeFileSync(file, fs.readFileSync(FIXTURE, "utf8").replaceAll("http://old-firm.test", site.origin));
});
afterEach(() => temp.remove());

async function importFixture() {
  const run = await prepareRun({ file }, "export.xml", ownerId, { allowLoopback: true });
  expect(run.status, run.error ?? "").toBe("planned");
  return run;
}

// Each test imports the fixture (images resized as at upload): well over vitest's 5 s on a busy 2-core machine.
describe("a WordPress export", { timeout: 30_000 }, () => {
  it("plans every post with its warnings before writing anything", async () => {
    const run = await importFixture();
    expect(temp.db.select().from(posts).all()).toHaveLength(0);
    const items = listRunItems(run.id);
    const byTitle = Object.fromEntries(items.map((i) => [(i.data as { title: string }).title, i]));
    expect(Object.keys(byTitle)).toEqual([
      "What to do at a DUI checkpoint",
      "How bail works",
      "¿Qué pasa en el juicio? Derechos del acusado",
      "New expungement law takes effect",
      "Notes for the partners",
      "Old draft",
      "Our Fees",
    ]);
    const checkpoint = byTitle["What to do at a DUI checkpoint"]!;
    expect(checkpoint.plan).toBe("create");
    expect(checkpoint.plannedSlug).toBe("what-to-do-at-a-dui-checkpoint");
    expect(checkpoint.warnings).toContain("Shortcode removed (what it showed is not here): [contact-form-7].");
    expect(checkpoint.warnings).toContain("1 script removed.");
    expect(checkpoint.warnings).toContain("1 element with event handlers (onclick…) cleaned.");
    // The image's own alt is empty, but the attachment has one: no warning for it.
    expect(checkpoint.warnings.some((w) => w.includes("checkpoint-640x427.jpg"))).toBe(false);
    const bail = byTitle["How bail works"]!;
    expect(bail.warnings).toContain("An image has no description (alt text): missing.jpg. Add one in the media library after the import.");
    expect(bail.warnings).toContain("A “latest-posts” block has no content of its own in the export and was left out.");
    expect(byTitle["¿Qué pasa en el juicio? Derechos del acusado"]!.plannedSlug).toBe("que-pasa-en-el-juicio");
    expect(byTitle["Old draft"]!.plan).toBe("skip");
    expect(byTitle["Notes for the partners"]!.warnings[0]).toBe("It was private on the old site: imported as a draft.");
    expect(run.notes).toContain("1 item of type “nav_menu_item” left out (menus, revisions and other WordPress internals).");
  });

  it("imports posts with their dates, bylines, tags, paragraphs, images and old addresses", async () => {
    const run = await importFixture();
    const done = await runImport(run.id, ownerId, { allowLoopback: true });
    expect(done?.status).toBe("done");
    expect(runProgress(run.id)).toEqual({ total: 7, done: 6, failed: 0, skipped: 1, pending: 0 });

    const checkpoint = findPublicPostBySlug("what-to-do-at-a-dui-checkpoint")!;
    expect(checkpoint.publishedAt.toISOString()).toBe("2019-05-14T13:00:00.000Z");
    expect(checkpoint.authorName).toBe("Mara Hollis");
    expect(checkpoint.tags.map((t) => t.name)).toEqual(["DUI Defense", "Bail"]);
    expect(checkpoint.excerpt).toBe("Your rights at a sobriety checkpoint.");
    expect(checkpoint.cover?.alt).toBe("Police cars at a roadside sobriety checkpoint at night");
    const body = temp.db.select({ html: posts.bodyHtml }).from(posts).where(eq(posts.slug, "what-to-do-at-a-dui-checkpoint")).get()!.html;
    expect(body).toContain("<p>Checkpoints are legal in most states, but the police must follow rules.</p>");
    expect(body).toContain("<p>You do not have to answer questions about where you have been.<br />\nYou do have to show your license.</p>");
    expect(body).toMatch(/<figure><img src="\/media\/[a-f0-9]{32}\.jpg" alt="Police cars at a roadside sobriety checkpoint at night" width="640" height="427" \/><figcaption>A checkpoint on Highway 31<\/figcaption><\/figure>/);
    expect(body).toContain('<a href="/blog/how-bail-works">how bail works</a>');
    expect(body).not.toMatch(/script|onclick|contact-form|\[/);

    const bail = temp.db.select({ html: posts.bodyHtml }).from(posts).where(eq(posts.slug, "how-bail-works")).get()!.html;
    expect(bail).toContain("<h3>Who sets the amount</h3>");
    expect(bail).toMatch(/<figure><img src="\/media\/[a-f0-9]{32}\.png" alt="The county courthouse steps" \/><figcaption>The county courthouse<\/figcaption><\/figure>/);
    expect(bail).toContain('<a href="https://www.youtube.com/watch?v=abc123">https://www.youtube.com/watch?v=abc123</a>');
    expect(bail).not.toContain("wp:");
    const bailItem = listRunItems(run.id).find((i) => (i.data as { title: string }).title === "How bail works")!;
    expect(bailItem.warnings.some((w) => w.startsWith("An image could not be brought over (the old site answered 404)"))).toBe(true);

    // Authors are profiles, never accounts.
    expect(temp.db.select({ name: profiles.displayName, userId: profiles.userId }).from(profiles).all()).toEqual(
      expect.arrayContaining([
        { name: "Mara Hollis", userId: null },
        { name: "Daniel Reyes", userId: null },
      ]),
    );
    expect(temp.db.select().from(users).all()).toHaveLength(1);

    const scheduled = temp.db.select().from(posts).where(eq(posts.slug, "new-expungement-law")).get()!;
    expect([scheduled.status, scheduled.publishedAt?.toISOString()]).toEqual(["published", "2099-01-01T15:00:00.000Z"]);
    expect(temp.db.select({ status: posts.status }).from(posts).where(eq(posts.slug, "notes-for-the-partners")).get()?.status).toBe("draft");
    expect(temp.db.select().from(posts).where(eq(posts.slug, "old-draft")).get()).toBeUndefined();
    expect(findPublicPostBySlug("our-fees", new Date(), "page")?.title).toBe("Our Fees");
    expect(findPublicPostBySlug("que-pasa-en-el-juicio")?.title).toBe("¿Qué pasa en el juicio? Derechos del acusado");

    expect(findOldUrl("/2019/05/14/what-to-do-at-a-dui-checkpoint")).toEqual({ kind: "post", slug: "what-to-do-at-a-dui-checkpoint" });
    expect(findOldUrl("/?p=11")).toEqual({ kind: "post", slug: "what-to-do-at-a-dui-checkpoint" });
    expect(findOldUrl("/2021/07/09/¿que-pasa-en-el-juicio")).toEqual({ kind: "post", slug: "que-pasa-en-el-juicio" });
    expect(findOldUrl("/?page_id=18")).toEqual({ kind: "page", slug: "our-fees" });
    expect(findOldUrl("/category/criminal-law/dui")).toEqual({ targetPath: "/blog/tag/dui-defense" });
    expect(findOldUrl("/tag/bail")).toEqual({ targetPath: "/blog/tag/bail" });
    expect(findOldUrl("/feed")).toEqual({ targetPath: "/feed.xml" });
    expect(findOldUrl("/author/mhollis")).toEqual({ targetPath: "/attorneys/mara-hollis" });
    // A scheduled post's old address waits like the post does.
    expect(findOldUrl("/?p=15")).toBeUndefined();
  });

  it("a second run of the same export updates what changed and duplicates nothing", async () => {
    await runImport((await importFixture()).id, ownerId, { allowLoopback: true });
    const countPosts = () => temp.db.select().from(posts).all().length;
    const countMedia = () => temp.db.select().from(media).all().length;
    const [postsBefore, mediaBefore] = [countPosts(), countMedia()];
    const fetched = site.requests.length;

    // The owner edited one post here; the old site changed another.
    const edited = findImportedPost(`wxr:${site.origin}:14`)!;
    temp.db.update(posts).set({ revision: edited.currentRevision + 1, title: "Edited here" }).where(eq(posts.id, edited.postId)).run();
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Payment plans are available.", "Payment plans are available. Call us."));

    const again = await importFixture();
    const plans = Object.fromEntries(listRunItems(again.id).map((i) => [(i.data as { title: string }).title, i.plan]));
    expect(plans).toMatchObject({ "What to do at a DUI checkpoint": "unchanged", "Our Fees": "update", "¿Qué pasa en el juicio? Derechos del acusado": "keep-local", "Old draft": "skip" });
    await runImport(again.id, ownerId, { allowLoopback: true });
    expect([countPosts(), countMedia()]).toEqual([postsBefore, mediaBefore]);
    expect(site.requests.length).toBe(fetched);
    expect(findPublicPostBySlug("our-fees", new Date(), "page")?.title).toBe("Our Fees");
    expect(temp.db.select({ html: posts.bodyHtml }).from(posts).where(eq(posts.slug, "our-fees")).get()?.html).toContain("Call us.");
    expect(temp.db.select({ title: posts.title }).from(posts).where(eq(posts.id, edited.postId)).get()?.title).toBe("Edited here");
  });
});

describe("files that are not a WordPress export", () => {
  const fixture = (name: string) => path.resolve(import.meta.dirname, "../../e2e/fixtures/import", name);
  it.each([
    ["billion-laughs.xml", "The file declares a DOCTYPE (entities of its own), which a WordPress export never does. Nothing was imported."],
    ["external-entity.xml", "The file declares a DOCTYPE (entities of its own), which a WordPress export never does. Nothing was imported."],
    ["not-an-export.csv", "This file is neither XML nor JSON. Choose the WordPress export (.xml), the Ghost export (.json), a sitemap (.xml) or a list of the old site's addresses (.txt)."],
  ])("%s is refused with a message and nothing staged", async (name, message) => {
    const run = await prepareRun({ file: fixture(name) }, name, ownerId);
    expect([run.status, run.error]).toEqual(["failed", message]);
    expect(temp.db.select().from(posts).all()).toHaveLength(0);
  });

  it("an XML file that is no export says so", async () => {
    const other = path.join(os.tmpdir(), `not-wxr-${process.pid}.xml`);
    fs.writeFileSync(other, '<?xml version="1.0"?><html><body>hello</body></html>');
    const run = await prepareRun({ file: other }, "x.xml", ownerId);
    fs.rmSync(other);
    expect(run.error).toBe("This XML file is not a WordPress export (it has no <rss> element). Choose the file WordPress made under Tools → Export.");
  });
});
