import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findOldUrl } from "@/db/old-urls";
import { findPublicPostBySlug } from "@/db/posts";
import { posts, profiles, users } from "@/db/schema";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { startFakeOldSite, type FakeOldSite } from "./fake-old-site";
import { prepareRun, runImport } from "./import-run";

const FIXTURE = path.resolve(import.meta.dirname, "../../e2e/fixtures/import/ghost-export.json");
let temp: ReturnType<typeof useTempDatabase>;
let site: FakeOldSite;
let ownerId: number;

beforeAll(async () => {
  site = await startFakeOldSite();
});
afterAll(() => site.close());
beforeEach(() => {
  temp = useTempDatabase();
  ownerId = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
});
afterEach(() => temp.remove());

describe("a Ghost export", { timeout: 30_000 }, () => {
  it("imports posts, pages, authors, tags, feature images and dates; never its users' secrets", async () => {
    const run = await prepareRun({ file: FIXTURE }, "ghost.json", ownerId, { allowLoopback: true, siteUrl: site.origin });
    expect(run.status, run.error ?? "").toBe("planned");
    expect((await runImport(run.id, ownerId, { allowLoopback: true }))?.status).toBe("done");

    const post = findPublicPostBySlug("sealing-a-juvenile-record")!;
    expect([post.title, post.publishedAt.toISOString(), post.authorName, post.excerpt]).toEqual(["Sealing a juvenile record", "2024-03-05T15:00:00.000Z", "Ruth Alvarez", "Who qualifies and how long it takes."]);
    expect(post.tags.map((t) => t.name)).toEqual(["Juvenile"]);
    expect(post.cover?.alt).toBe("The juvenile court entrance");
    expect(post.bodyHtml).toMatch(/^<p>Most juvenile records can be sealed.<\/p><figure><img src="\/media\/[a-f0-9]{32}\.jpg" alt="A file box of court records" \/><\/figure><p>Ask us how. <\/p>$/);
    expect(findPublicPostBySlug("about-the-firm", new Date(), "page")?.title).toBe("About the firm");
    // Members-only content does not become public.
    expect(temp.db.select({ slug: posts.slug, status: posts.status }).from(posts).all()).toContainEqual({ slug: "members-bail-guide", status: "draft" });
    expect(findOldUrl("/sealing-a-juvenile-record")).toEqual({ kind: "post", slug: "sealing-a-juvenile-record" });
    expect(findOldUrl("/tag/juvenile")).toEqual({ targetPath: "/blog/tag/juvenile" });
    expect(findOldUrl("/rss")).toEqual({ targetPath: "/feed.xml" });

    // The author is a profile, not an account; no secret of the export is anywhere in the database.
    expect(temp.db.select({ name: profiles.displayName, userId: profiles.userId }).from(profiles).all()).toContainEqual({ name: "Ruth Alvarez", userId: null });
    expect(temp.db.select().from(users).all()).toHaveLength(1);
    temp.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = fs.readFileSync(temp.file).toString("latin1");
    for (const secret of ["SECRETHASHSHOULDNEVERLEAVEGHOST", "GHOSTAPIKEYSECRET", "GHOSTSESSIONSECRET", "members_signup_access"]) expect(bytes).not.toContain(secret);
  });

  it("a JSON file that is not a Ghost export is refused with a message", async () => {
    const other = path.join(path.dirname(temp.file), "other.json");
    fs.writeFileSync(other, '{"hello": "world"}');
    const run = await prepareRun({ file: other }, "other.json", ownerId);
    expect([run.status, run.error]).toEqual(["failed", "This JSON file is not a Ghost export (it has no posts). Choose the file Ghost made under Settings → Labs → Export your content."]);
  });
});
