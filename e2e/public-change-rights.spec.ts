import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { adminActions } from "./action-manifest";
import Database from "better-sqlite3";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { addEditor, signIn, signInByRequest, type Account } from "./sign-in";

// One rule for what reaches the public site, attacked from the build's own list of server
// actions: an editor without publishing rights posts every admin action with arguments
// aimed at real, public things. Nothing public changes; what they may propose waits for the
// owner, who applies it from "In review".

test.describe.configure({ mode: "serial" });

let server: OwnServer;
let editor: Account;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  await signIn(page);
  editor = await addEditor(page, "Eddie Unreviewed");
  await context.close();
  // An image in the library (the sample site has none), whose description the editor will try to change.
  const sqlite = new Database(server.dbFile);
  sqlite.prepare("insert into media (id, file_name, mime_type, byte_size, alt) values (1, 'courthouse.png', 'image/png', 10, 'The courthouse')").run();
  sqlite.close();
});
test.afterAll(async () => {
  await server?.stop();
});

const CLAIM = "Board-Certified Trial Specialist, 100% acquittal rate";
const TAG_CLAIM = "Guaranteed Acquittal";

/** Everything public the database holds: posts, tags, profiles, media descriptions, settings, translations. */
const publicRows = () => ({
  posts: readDb(server.dbFile, "select id, kind, status, title, slug, revision, body_html, published_at, deleted_at from posts order by id"),
  tags: readDb(server.dbFile, "select id, name, slug from tags order by id"),
  postTags: readDb(server.dbFile, "select post_id, tag_id from post_tags order by post_id, tag_id"),
  profiles: readDb(server.dbFile, "select id, slug, display_name, title, bio, listed, photo_media_id from profiles order by id"),
  media: readDb(server.dbFile, "select id, alt from media order by id"),
  settings: readDb(server.dbFile, "select key, value from settings order by key"),
  translations: readDb(server.dbFile, "select id, post_id, language, slug, title, body_html, status, updated_at from post_translations order by id"),
  profileTranslations: readDb(server.dbFile, "select id, profile_id, language, title, bio, updated_at from profile_translations order by id"),
  tagTranslations: readDb(server.dbFile, "select tag_id, language, name from tag_translations order by tag_id, language"),
});

/** The public pages an editor's change would show on, without their per-request nonces. */
async function publicPages(request: APIRequestContext, paths: string[]): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  for (const path of paths) {
    const response = await request.get(`${server.origin}${path}`);
    expect(response.status(), path).toBe(200);
    pages[path] = (await response.text()).replace(/nonce="[^"]*"/g, "");
  }
  return pages;
}

test("every server action that writes public content refuses or queues a non-publishing editor's change, and the public pages stay as they were", async () => {
  test.setTimeout(120_000);
  const session = await playwrightRequest.newContext();
  expect((await signInByRequest(session, server.origin, editor)).status()).toBe(200);
  // Opening "Your account" makes the editor's profile (as the form does).
  expect((await session.get(`${server.origin}/admin/account`)).status()).toBe(200);

  const [post] = readDb<{ id: number; revision: number }>(server.dbFile, "select id, revision from posts where status = 'published' and kind = 'post' and deleted_at is null order by id limit 1");
  const [tag, otherTag] = readDb<{ id: number; slug: string }>(server.dbFile, "select t.id, t.slug from tags t join post_tags pt on pt.tag_id = t.id group by t.id order by t.id limit 2");
  const [own] = readDb<{ id: number; slug: string }>(server.dbFile, "select p.id, p.slug from profiles p join users u on u.id = p.user_id where u.email = ?", editor.email);
  const [ownerProfile] = readDb<{ id: number }>(server.dbFile, "select id from profiles where id != ? order by id limit 1", own?.id ?? 0);
  // The firm's lawyer's page; the editor's own profile is not a lawyer's and has none.
  const [ownerLawyer] = readDb<{ slug: string }>(server.dbFile, "select slug from profiles where listed = 1 order by id limit 1");
  const [version] = readDb<{ id: number }>(server.dbFile, "select id from post_versions where post_id = ? order by id limit 1", post!.id);
  expect(post && tag && otherTag && own && ownerProfile).toBeTruthy();
  const paths = ["/", "/blog", `/blog/${readDb<{ slug: string }>(server.dbFile, "select slug from posts where id = ?", post!.id)[0]!.slug}`, `/blog/tag/${tag!.slug}`, `/attorneys/${ownerLawyer!.slug}`];

  const pagesBefore = await publicPages(session, paths);
  const rowsBefore = publicRows();

  // Every field any of them reads (the form that "$K1" names is the fields prefixed "_1_"), aimed at what the public sees, carrying the claims the
  // restricted-words check exists to stop.
  const fields: Record<string, string> = {
    postId: String(post!.id), revision: String(post!.revision), versionId: String(version?.id ?? 1), tagId: String(tag!.id), intoId: String(otherTag!.id),
    name: TAG_CLAIM, profileId: String(ownerProfile!.id), displayName: `Eddie ${CLAIM}`, title: CLAIM, bio: `We won every case. ${CLAIM}.`,
    barAdmissions: "", languages: "", certifications: "", publicEmail: "", photoAlt: "", listed: "yes", mediaId: "1", alt: TAG_CLAIM,
    confirm: "yes", remove: "yes", firmName: TAG_CLAIM, proposalId: "1", id: "1", spanishName: TAG_CLAIM,
  };
  // The model ("0") goes last, as the browser sends it: Next reads the parts as they stream in.
  const multipart = (args: string) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
    form.append("0", args);
    return form;
  };
  const actions = adminActions();
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining([expect.stringContaining("#renameTag"), expect.stringContaining("#mergeTags"), expect.stringContaining("#saveOwnProfile")]));
  for (const action of actions) {
    // (form) and (state, form): whichever the action takes, one of the two reaches it.
    for (const args of ['["$K1"]', '[{}, "$K1"]']) {
      await session.post(`${server.origin}${action.page}`, { headers: { "Next-Action": action.id, Origin: server.origin }, multipart: multipart(args), maxRedirects: 0 });
    }
  }

  expect(publicRows(), "nothing public changed in the database").toEqual(rowsBefore);
  const pagesAfter = await publicPages(session, paths);
  for (const path of paths) {
    expect(pagesAfter[path], path).not.toContain(TAG_CLAIM);
    expect(pagesAfter[path], path).not.toContain(CLAIM);
    expect(pagesAfter[path], path).toBe(pagesBefore[path]);
  }
  // Listing themselves as a lawyer ("listed": "yes" above) waits too: still no page of their own.
  expect((await session.get(`${server.origin}/attorneys/${own!.slug}`)).status()).toBe(404);
  // What an editor may propose waits for the owner: the image's description, their profile, the rename, the merge.
  const waiting = readDb<{ kind: string; target_id: number }>(server.dbFile, "select kind, target_id from proposed_changes where decided_at is null order by kind");
  expect(waiting).toEqual([
    { kind: "media-alt", target_id: 1 },
    { kind: "profile", target_id: own!.id },
    { kind: "tag-merge", target_id: tag!.id },
    { kind: "tag-rename", target_id: tag!.id },
  ]);
  await session.dispose();
});

test("the editor's profile goes to the owner with the restricted words shown; the owner applies it and the public page shows it", async ({ browser }) => {
  test.setTimeout(60_000);
  const editorContext = await browser.newContext({ baseURL: server.origin });
  const page = await editorContext.newPage();
  await signIn(page, editor, "/admin/account");
  await page.getByLabel("Title", { exact: true }).fill("Criminal defense attorney, DUI specialist");
  // Being listed as a lawyer of the firm (a public page, a byline) is part of what waits.
  await page.getByLabel("A lawyer of the firm").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Sent to the owner for review.")).toBeVisible();
  await expect(page.getByText(/Check “specialist” \(title\)/)).toBeVisible();
  await editorContext.close();
  const [own] = readDb<{ slug: string; title: string }>(server.dbFile, "select p.slug, p.title from profiles p join users u on u.id = p.user_id where u.email = ?", editor.email);
  expect(own!.title).toBe("");

  const ownerContext = await browser.newContext({ baseURL: server.origin });
  const owner = await ownerContext.newPage();
  await signIn(owner, undefined, "/admin/in-review");
  // The editor's later save replaced their earlier proposal: one per thing.
  const proposal = owner.getByRole("listitem").filter({ has: owner.getByRole("heading", { name: "Profile of Eddie Unreviewed" }) });
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText("Criminal defense attorney, DUI specialist");
  await expect(proposal).toContainText("Advertising rules restrict this word");
  await expect(proposal).toContainText("a lawyer of the firm");
  await proposal.getByRole("button", { name: "Apply: Profile of Eddie Unreviewed" }).click();
  await expect(owner.getByText("Applied. The public site shows it now.")).toBeVisible();
  await owner.goto(`/attorneys/${own!.slug}`);
  await expect(owner.getByText("Criminal defense attorney, DUI specialist")).toBeVisible();
  expect(readDb<{ outcome: string }>(server.dbFile, "select outcome from proposed_changes where kind = 'profile' order by id").map((row) => row.outcome)).toEqual(["replaced", "applied"]);

  // A proposal the owner declines changes nothing.
  await owner.goto("/admin/in-review");
  await owner.getByRole("button", { name: /^Decline: Rename the tag/ }).click();
  await expect(owner.getByText("Declined. Nothing changed on the site.")).toBeVisible();
  expect(readDb(server.dbFile, "select name from tags where name = ?", TAG_CLAIM)).toEqual([]);
  await ownerContext.close();
});
