import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublicPosts, findPublicPostBySlug } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { readSettingValues, writeSettingValues } from "@/db/settings";
import { db } from "@/db/client";
import { posts } from "@/db/schema";
import { eq } from "drizzle-orm";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { findOldUrl } from "@/db/old-urls";
import { seedDemoContent } from "@/db/seed/demo-content";
import { saveTranslation } from "@/db/translations/translation-admin";
import { startFakeOldSite, type FakeOldSite } from "@/lib/import/fake-old-site";
import { prepareRun, runImport } from "@/lib/import/import-run";
import { siteExportChunks } from "./site-export";

const FIXTURE = path.resolve(import.meta.dirname, "../../e2e/fixtures/import/wordpress-export.xml");
let site: FakeOldSite;
beforeAll(async () => {
  site = await startFakeOldSite();
});
afterAll(() => site.close());

/** What the public sees of every post and page, with the uploads' random names taken out. */
function publicContent() {
  const now = new Date();
  const slugs = listPublicPosts({ limit: 100 }).map((p) => p.slug);
  const media = (html: string) => html.replace(/\/media\/[a-f0-9]{32}/g, "/media/IMAGE");
  return {
    posts: slugs.map((slug) => {
      const post = findPublicPostBySlug(slug, now)!;
      return { slug, title: post.title, date: post.publishedAt.toISOString(), by: post.authorName, tags: post.tags.map((t) => t.name), excerpt: post.excerpt, cover: post.cover?.alt ?? null, body: media(post.bodyHtml) };
    }),
    page: findPublicPostBySlug("our-fees", now, "page")?.bodyHtml,
    profiles: listListedProfiles().map((p) => [p.displayName, p.bio]),
  };
}

async function importInto(file: string, ownerId: number) {
  const run = await prepareRun({ file }, path.basename(file), ownerId, { allowLoopback: true });
  expect(run.status, run.error ?? "").toBe("planned");
  const done = await runImport(run.id, ownerId, { allowLoopback: true });
  expect(done?.status).toBe("done");
}

describe("the site's export", () => {
  it("holds every post as Markdown and HTML, the images, a WordPress file and JSON; no inquiries; and imports into a fresh site unchanged", { timeout: 30_000 }, async () => {
    const first = useTempDatabase();
    const ownerA = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
    const wxr = path.join(path.dirname(first.file), "export.xml");
    fs.writeFileSync(wxr, fs.readFileSync(FIXTURE, "utf8").replaceAll("http://old-firm.test", site.origin));
    await importInto(wxr, ownerA);
    writeSettingValues({ firmName: "Hollis & Reyes" });
    const before = publicContent();
    expect(before.posts.map((p) => p.slug)).toEqual(["que-pasa-en-el-juicio", "how-bail-works", "what-to-do-at-a-dui-checkpoint"]);

    const zipFile = path.join(os.tmpdir(), `site-export-${process.pid}.zip`);
    await pipeline(Readable.from(siteExportChunks({ title: "Hollis & Reyes", siteUrl: "https://hollis-reyes.example" })), fs.createWriteStream(zipFile));
    const entries = unzipSync(fs.readFileSync(zipFile));
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(["README.txt", "posts/how-bail-works.md", "posts/how-bail-works.html", "pages/our-fees.md", "profiles.json", "tags.json", "settings.json", "redirects.json", "wordpress.xml", "firm-site.json"]));
    expect(names.filter((n) => n.startsWith("media/"))).toHaveLength(3);
    const markdown = strFromU8(entries["posts/what-to-do-at-a-dui-checkpoint.md"]!);
    expect(markdown).toContain('title: "What to do at a DUI checkpoint"\n');
    expect(markdown).toContain('date: "2019-05-14T13:00:00.000Z"\n');
    expect(markdown).toContain('author: "Mara Hollis"\n');
    expect(markdown).toContain('tags: ["DUI Defense","Bail"]\n');
    expect(markdown).toContain("Read [how bail works](/blog/how-bail-works) if you are arrested.");
    expect(markdown).toMatch(/!\[Police cars at a roadside sobriety checkpoint at night\]\(\/media\/[a-f0-9]{32}\.jpg\)\n\*A checkpoint on Highway 31\*/);
    const json = JSON.parse(strFromU8(entries["firm-site.json"]!));
    expect(Object.keys(json)).not.toContain("inquiries");
    expect(JSON.stringify(json)).not.toMatch(/password|inquir/i);
    expect(JSON.parse(strFromU8(entries["redirects.json"]!))).toContainEqual({ from: "/2020/02/03/how-bail-works", to: "/blog/how-bail-works", kind: "old-site" });
    first.remove();

    // A fresh install takes the zip: the same public content, images from the zip (nothing fetched).
    const second = useTempDatabase();
    const ownerB = createUser({ email: "owner@new.test", name: "Olivia Owner", role: "owner" }).id;
    const fetched = site.requests.length;
    await importInto(zipFile, ownerB);
    expect(site.requests.length).toBe(fetched);
    expect(publicContent()).toEqual(before);
    expect((readSettingValues() as { firmName?: string }).firmName).toBe("Hollis & Reyes");
    expect(findOldUrl("/blog/how-bail-works")).toBeUndefined();
    second.remove();
    fs.rmSync(zipFile);
  });

  it("holds the firm's Spanish versions, each naming its original, and the Spanish bios and tag names; none of a post in the trash", async () => {
    const temp = useTempDatabase();
    seedDemoContent(new Date());
    const bond = findPublicPostBySlug("how-does-bond-work")!;
    saveTranslation(bond.id, "es", { slug: "como-funciona-la-fianza", title: "¿Cómo funciona la fianza?", excerpt: "Lo básico.", bodyHtml: "<p>La <strong>fianza</strong> es dinero.</p>", seoDescription: null, status: "published" });
    const police = findPublicPostBySlug("should-i-talk-to-the-police")!;
    db().update(posts).set({ deletedAt: new Date() }).where(eq(posts.id, police.id)).run();

    const chunks: Uint8Array[] = [];
    for await (const chunk of siteExportChunks({ title: "Demo", siteUrl: "https://demo.example" })) chunks.push(chunk);
    const entries = unzipSync(Buffer.concat(chunks));
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(["posts/es/como-funciona-la-fianza.md", "posts/es/como-funciona-la-fianza.html", "pages/es/privacidad.md", "translations.json"]));
    expect(names.filter((n) => n.startsWith("posts/es/"))).not.toContain("posts/es/debo-hablar-con-la-policia.md");

    const markdown = strFromU8(entries["posts/es/como-funciona-la-fianza.md"]!);
    expect(markdown).toContain('title: "¿Cómo funciona la fianza?"\n');
    expect(markdown).toContain('language: "es"\n');
    expect(markdown).toContain('original: "/blog/how-does-bond-work"\n');
    expect(markdown).toContain('url: "/es/blog/como-funciona-la-fianza"\n');
    expect(markdown).toContain("La **fianza** es dinero.");
    expect(strFromU8(entries["posts/es/como-funciona-la-fianza.html"]!)).toContain('<html lang="es">');

    const translations = JSON.parse(strFromU8(entries["translations.json"]!));
    expect(translations.profiles).toContainEqual(expect.objectContaining({ profile: "Jordan Avery", language: "es", title: "Abogado (perfil de muestra)" }));
    expect(translations.tags.length).toBeGreaterThan(0);
    expect(translations.tags[0]).toEqual({ tag: expect.any(String), language: "es", name: expect.any(String) });
    expect(JSON.parse(strFromU8(entries["firm-site.json"]!)).translations).toEqual(translations);
    temp.remove();
  });
});

