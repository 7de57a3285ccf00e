// The import at scale, run by `npm run bench` and on its own with
// `npx tsx --conditions=react-server scripts/bench-import.ts [POSTS]`.
// Writes a WordPress export of POSTS posts (1,000 by default, about 30 MB: long classic-editor
// bodies, two images each, categories and tags), serves its images from a fake old site on
// 127.0.0.1, and imports it into a temporary database: the time to read and plan (the dry
// run), to import, and the process's peak RSS. The target (bench/README.md): 1,000 posts
// in under 2 minutes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProgress } from "@/db/imports";
import { useTempDatabase as openTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { startFakeOldSite } from "@/lib/import/fake-old-site";
import { prepareRun, runImport } from "@/lib/import/import-run";

export type ImportBench = { posts: number; megabytes: number; planSeconds: number; importSeconds: number; done: number; failed: number; peakRssMb: number };

export async function benchImport(count = 1000): Promise<ImportBench> {
  const site = await startFakeOldSite();
  const temp = openTempDatabase();
  const owner = createUser({ email: "bench@firm.test", name: "Bench Owner", role: "owner" }).id;
  const file = path.join(os.tmpdir(), `bench-import-${process.pid}.xml`);
  try {
    const paragraph = "When the police stop you at a checkpoint, you have rights that do not change because the stop is routine. ".repeat(12);
    const out = fs.createWriteStream(file);
    out.write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>${site.origin}</link><wp:base_site_url>${site.origin}</wp:base_site_url><wp:base_blog_url>${site.origin}</wp:base_blog_url>
<wp:author><wp:author_login>jane</wp:author_login><wp:author_email>jane@old.test</wp:author_email><wp:author_display_name><![CDATA[Jane Counsel]]></wp:author_display_name></wp:author>
`);
    for (let i = 1; i <= count; i++) {
      const body = Array.from({ length: 24 }, (_, p) => `${paragraph} (${i}.${p})`).join("\n\n");
      const images = `<img class="wp-image-${i}" src="${site.origin}/wp-content/uploads/2020/01/photo-${i}-a.jpg" alt="Photo ${i}" />\n\n[caption id="" width="300"]<img src="${site.origin}/wp-content/uploads/2020/01/photo-${i}-b-300x200.jpg" alt="Second photo ${i}" /> Caption ${i}[/caption]`;
      out.write(`<item><title><![CDATA[Post number ${i}]]></title><link>${site.origin}/2020/01/01/post-${i}/</link><dc:creator>jane</dc:creator>
<content:encoded><![CDATA[${body}\n\n${images}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt><wp:post_name>post-${i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="dui"><![CDATA[DUI]]></category><category domain="post_tag" nicename="t${i % 20}"><![CDATA[Topic ${i % 20}]]></category></item>
`);
    }
    out.end("</channel></rss>\n");
    await new Promise<void>((resolve) => out.on("finish", () => resolve()));
    const megabytes = fs.statSync(file).size / 1024 / 1024;

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const t0 = performance.now();
    const run = await prepareRun({ file }, "bench.xml", owner, { allowLoopback: true });
    const t1 = performance.now();
    if (run.status !== "planned") throw new Error(run.error ?? run.status);
    await runImport(run.id, owner, { allowLoopback: true });
    const t2 = performance.now();
    clearInterval(sampler);
    const progress = runProgress(run.id);
    return { posts: count, megabytes, planSeconds: (t1 - t0) / 1000, importSeconds: (t2 - t1) / 1000, done: progress.done, failed: progress.failed, peakRssMb: peak / 1024 / 1024 };
  } finally {
    fs.rmSync(file, { force: true });
    temp.remove();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchImport(Number(process.argv[2] ?? 1000));
  console.log(`export: ${r.posts} posts, ${r.megabytes.toFixed(1)} MB, ${r.posts * 2} images from a loopback site`);
  console.log(`read and plan (dry run): ${r.planSeconds.toFixed(1)} s`);
  console.log(`import: ${r.importSeconds.toFixed(1)} s (${r.done} done, ${r.failed} failed)`);
  console.log(`total: ${(r.planSeconds + r.importSeconds).toFixed(1)} s; peak RSS ${r.peakRssMb.toFixed(0)} MB`);
}
