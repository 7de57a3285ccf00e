// `npm run bench:editor`: how much JavaScript the post editor loads, gzip-compressed, as a
// browser gets it from the production build: every script the page fetches until the
// editor and its panels are drawn, lazy chunks included (a count of the build manifest
// alone would miss those). Then a public post's, to show the editor's code stays off it.
// A figure, not a test: bench/README.md keeps the figures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Page, type Response } from "@playwright/test";
import { ensureBuild, startBenchServer } from "./bench-server";

const OWNER = { email: "weight.owner@firm.test", password: "copper lantern harbor 2026" };
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** Loads `url` and waits for `ready`; the gzip size of each JavaScript file fetched, in KB. */
async function scriptsOf(page: Page, url: string, ready: () => Promise<unknown>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/javascript/.test(type)) return;
    pending.push(
      response
        .body()
        .then((body) => void sizes.set(new URL(response.url()).pathname, zlib.gzipSync(body).length / 1024))
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  await page.goto(url);
  await ready();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  page.off("response", onResponse);
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);

async function main() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-weight-"));
  const dbFile = path.join(dir, "site.db");
  const server = await startBenchServer(dbFile, "/", { ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password, SMTP_URL: "" });
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/admin/login`);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Password").fill(OWNER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/admin");
    // A fresh context for each page: nothing comes from the cache of the one before.
    const editorPage = await browser.newPage({ storageState: await page.context().storageState() });
    const editor = await scriptsOf(editorPage, `${server.base}/admin/posts/new`, () => editorPage.locator(".ProseMirror").waitFor());
    const publicPage = await browser.newPage();
    const post = await scriptsOf(publicPage, `${server.base}/blog/can-a-victim-drop-the-charges`, () => publicPage.locator("article").first().waitFor());
    console.log(`editor (/admin/posts/new): ${total(editor).toFixed(1)} KB gzip in ${editor.size} scripts`);
    for (const [file, kb] of [...editor].sort((a, b) => b[1] - a[1])) console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);
    console.log(`public post: ${total(post).toFixed(1)} KB gzip in ${post.size} scripts`);
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
