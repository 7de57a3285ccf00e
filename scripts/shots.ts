// `npm run shots`: full-page screenshots of every public page and the main admin pages, at a
// phone's width (375 px) and a desktop's (1280 px), into shots/ (git-ignored), to look at
// the site as a visitor and as the attorney see it. The production build (built first;
// E2E_SKIP_BUILD=1 reuses the last one, as the tests do) on a fresh temporary database with
// the demo content, started and signed in to with the journeys' own helpers.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { fillInquiry, sendAndReadReference } from "../e2e/inquiry-form";
import { readDb, startOwnServer, type OwnServer } from "../e2e/own-server";
import { signIn } from "../e2e/sign-in";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "shots");
const VIEWPORTS = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 800 },
] as const;
// The server's minimum time to fill the contact form, shortened as in the tests (refused over https).
const MIN_FILL_MS = 500;

type Shot = { name: string; path: string };

function build() {
  if (process.env.E2E_SKIP_BUILD) return;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const built = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error("next build failed");
}

/** One value from the demo database, or a clear stop when the seed no longer has it. */
function pick(server: OwnServer, what: string, sql: string, ...params: unknown[]): string {
  const [row] = readDb<{ value: string | number }>(server.dbFile, sql, ...params);
  if (row?.value === undefined) throw new Error(`the demo content has no ${what} (${sql})`);
  return String(row.value);
}

/** The public pages, found in the demo content. */
function publicPages(server: OwnServer): Shot[] {
  const now = Date.now();
  const isPublic = (p: string) => `${p}.kind = 'post' and ${p}.status = 'published' and ${p}.deleted_at is null and ${p}.published_at <= ?`;
  const post = pick(server, "published post", `select slug as value from posts p where ${isPublic("p")} order by published_at desc limit 1`, now);
  const tag = pick(
    server,
    "tag with public posts",
    `select t.slug as value from tags t join post_tags pt on pt.tag_id = t.id join posts p on p.id = pt.post_id
     where ${isPublic("p")} group by t.id order by count(*) desc limit 1`,
    now,
  );
  const area = pick(server, "practice area", "select slug as value from posts where kind = 'practice_area' and status = 'published' and deleted_at is null limit 1");
  const lawyer = pick(server, "lawyer's profile", "select slug as value from profiles where listed = 1 order by id limit 1");
  // The Spanish site: a translated post, a lawyer with a Spanish bio, a tag with Spanish posts.
  const isPublicIn = (t: string, p: string) => `${t}.language = 'es' and ${t}.status = 'published' and ${isPublic(p)}`;
  const spanishPost = pick(server, "Spanish post", `select t.slug as value from post_translations t join posts p on p.id = t.post_id where ${isPublicIn("t", "p")} order by p.published_at desc limit 1`, now);
  const spanishLawyer = pick(server, "lawyer with a Spanish bio", "select p.slug as value from profile_translations t join profiles p on p.id = t.profile_id where t.language = 'es' and p.listed = 1 order by p.id limit 1");
  const spanishAbout = pick(server, "Spanish About page", "select t.slug as value from post_translations t join posts p on p.id = t.post_id where t.language = 'es' and p.slug = 'about'");
  const spanishTag = pick(
    server,
    "tag with Spanish posts",
    `select g.slug as value from tags g join post_tags pt on pt.tag_id = g.id join posts p on p.id = pt.post_id join post_translations t on t.post_id = p.id
     where ${isPublicIn("t", "p")} group by g.id order by count(*) desc limit 1`,
    now,
  );
  return [
    { name: "home", path: "/" },
    { name: "blog", path: "/blog" },
    { name: "blog-page-2", path: "/blog/page/2" },
    { name: "post", path: `/blog/${post}` },
    { name: "tag", path: `/blog/tag/${tag}` },
    { name: "search", path: "/search?q=bail" },
    { name: "search-nothing-found", path: "/search?q=zzzzqqq" },
    { name: "contact", path: "/contact" },
    { name: "practice-areas", path: "/practice-areas" },
    { name: "practice-area", path: `/practice-areas/${area}` },
    { name: "attorney", path: `/attorneys/${lawyer}` },
    { name: "about", path: "/about" },
    { name: "privacy", path: "/privacy" },
    { name: "terms", path: "/terms" },
    { name: "accessibility", path: "/accessibility" },
    { name: "missing-post", path: "/blog/no-such-post" },
    { name: "missing-page", path: "/no-such-page" },
    { name: "es-home", path: "/es" },
    { name: "es-blog", path: "/es/blog" },
    { name: "es-post", path: `/es/blog/${spanishPost}` },
    { name: "es-tag", path: `/es/blog/tag/${spanishTag}` },
    { name: "es-attorney", path: `/es/attorneys/${spanishLawyer}` },
    { name: "es-about", path: `/es/${spanishAbout}` },
    { name: "es-contact", path: "/es/contact" },
  ];
}

/** Sends one inquiry through the contact form; the address of the confirmation page. */
async function sendInquiry(page: Page): Promise<string> {
  await page.goto("/contact");
  const opened = Date.now();
  await fillInquiry(page, { name: "Sample Visitor", email: "visitor@example.com", phone: "(205) 555-0142", message: "My son was arrested last night. What happens at the bond hearing?" });
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
  await sendAndReadReference(page);
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

async function shoot(page: Page, viewport: string, index: number, shot: Shot): Promise<string> {
  const response = await page.goto(shot.path);
  // Fonts and images in place before the picture is taken.
  await page.waitForLoadState("networkidle");
  const file = path.join(outDir, viewport, `${String(index).padStart(2, "0")}-${shot.name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return `${path.relative(root, file)}  ${response?.status() ?? "?"} ${shot.path}`;
}

async function main() {
  build();
  fs.rmSync(outDir, { recursive: true, force: true });
  const server = await startOwnServer({ env: { E2E_CONTACT_MIN_FILL_MS: String(MIN_FILL_MS), NEXT_TELEMETRY_DISABLED: "1" } });
  let browser: Browser | undefined;
  const lines: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    const pages = publicPages(server);
    let sent: string | undefined;
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ baseURL: server.origin, viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      sent ??= await sendInquiry(page);
      const inquiry = pick(server, "inquiry", "select id as value from inquiries order by id limit 1");
      const post = pick(server, "post", "select id as value from posts where kind = 'post' and status = 'published' and published_at <= ? order by published_at desc limit 1", Date.now());
      const spanishProfile = pick(server, "Spanish bio", "select profile_id as value from profile_translations where language = 'es' order by profile_id limit 1");
      const shots: Shot[] = [
        ...pages.slice(0, 8),
        { name: "contact-sent", path: sent },
        ...pages.slice(8),
        { name: "admin-sign-in", path: "/admin/login" },
      ];
      let index = 1;
      for (const shot of shots) lines.push(await shoot(page, viewport.name, index++, shot));
      await signIn(page);
      const admin: Shot[] = [
        { name: "admin-dashboard", path: "/admin" },
        { name: "admin-posts", path: "/admin/posts" },
        { name: "admin-editor", path: `/admin/posts/${post}` },
        { name: "admin-inquiries", path: "/admin/inquiries" },
        { name: "admin-inquiry", path: `/admin/inquiries/${inquiry}` },
        { name: "admin-insights", path: "/admin/insights" },
        { name: "admin-intake-settings", path: "/admin/inquiries/settings" },
        { name: "admin-profiles", path: "/admin/profiles" },
        { name: "admin-profile-spanish", path: `/admin/profiles/${spanishProfile}/spanish` },
        { name: "admin-tags", path: "/admin/tags" },
        { name: "admin-settings", path: "/admin/settings" },
        { name: "admin-account", path: "/admin/account" },
        { name: "admin-users", path: "/admin/users" },
      ];
      for (const shot of admin) lines.push(await shoot(page, viewport.name, index++, shot));
      await context.close();
    }
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(path.dirname(server.dbFile), { recursive: true, force: true });
  }
  console.log(lines.join("\n"));
  console.log(`\n${lines.length} screenshots in ${outDir}/ (phone/ at 375 px, desktop/ at 1280 px)`);
}

await main();
