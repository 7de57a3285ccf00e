import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, expect, it } from "vitest";
import { openDatabase } from "./client";

const folder = path.join(process.cwd(), "db", "migrations");
let dir: string;

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder that stops after the first `count` migrations. */
function firstMigrations(count: number): string {
  const copy = path.join(dir, "migrations");
  fs.cpSync(folder, copy, { recursive: true });
  const journalFile = path.join(copy, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return copy;
}

it("0001 keeps the kept versions when post_versions is rebuilt, and they outlive their post", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-migrations-"));
  const database = openDatabase(path.join(dir, "site.db"));
  migrate(database, { migrationsFolder: firstMigrations(1) });
  const sqlite = database.$client;
  sqlite.prepare("insert into users (id, email, name) values (1, 'a@example.com', 'A')").run();
  sqlite.prepare("insert into posts (id, slug, title, author_id, updated_at, status) values (7, 'kept', 'Kept', 1, 0, 'published')").run();
  sqlite.prepare("insert into post_versions (post_id, slug, title, excerpt, body_html, author_id, created_at) values (7, 'kept', 'Kept', '', '<p>v1</p>', 1, 1000)").run();
  sqlite.prepare("insert into post_versions (post_id, slug, title, excerpt, body_html, author_id, created_at) values (7, 'kept', 'Kept', '', '<p>v2</p>', 1, 2000)").run();

  migrate(database, { migrationsFolder: folder });
  expect(sqlite.prepare("select post_id, slug, body_html from post_versions order by id").all()).toEqual([
    { post_id: 7, slug: "kept", body_html: "<p>v1</p>" },
    { post_id: 7, slug: "kept", body_html: "<p>v2</p>" },
  ]);
  expect(sqlite.prepare("pragma foreign_key_check").all()).toEqual([]);

  sqlite.prepare("delete from posts where id = 7").run();
  expect(sqlite.prepare("select post_id, title from post_versions order by id").all()).toEqual([
    { post_id: null, title: "Kept" },
    { post_id: null, title: "Kept" },
  ]);
  sqlite.close();
});

it("0002–0005 carry an existing site's posts, versions, phone and sign-in history forward", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-migrations-"));
  const database = openDatabase(path.join(dir, "site.db"));
  migrate(database, { migrationsFolder: firstMigrations(2) });
  const sqlite = database.$client;
  sqlite.prepare("insert into users (id, email, name) values (1, 'a@example.com', 'A')").run();
  sqlite.prepare("insert into posts (id, slug, title, body_html, author_id, updated_at, status, published_at) values (7, 'kept', 'Bail hearings', '<p>What a bond hearing is.</p>', 1, 0, 'published', 5000)").run();
  sqlite.prepare("insert into post_versions (post_id, slug, title, excerpt, body_html, author_id, created_at) values (7, 'kept', 'Bail hearings', '', '<p>v1</p>', 1, 6000)").run();
  sqlite.prepare("insert into settings (key, value, updated_at) values ('phone', '\"(555) 010-0142\"', 0)").run();
  sqlite.prepare("insert into login_attempts (email, address_hash, outcome) values ('a@example.com', 'x', 'failure')").run();

  migrate(database, { migrationsFolder: folder });
  // 0002: posts are blog posts, versions know when they were published, the sample phone is a real shape.
  expect(sqlite.prepare("select kind, byline_profile_id, last_reviewed_at from posts where id = 7").get()).toEqual({ kind: "post", byline_profile_id: null, last_reviewed_at: null });
  expect(sqlite.prepare("select kind, published_at from post_versions").get()).toEqual({ kind: "post", published_at: 5000 });
  expect(sqlite.prepare("select value from settings where key = 'phone'").get()).toEqual({ value: '"(334) 555-0142"' });
  // 0003/0004: the post is in the search index once its text is filled in (start-up does that).
  sqlite.prepare("update posts set body_text = 'What a bond hearing is.' where id = 7").run();
  expect(sqlite.prepare("select rowid from posts_search where posts_search match 'bond'").all()).toEqual([{ rowid: 7 }]);
  // 0005: sign-in attempts never keep an email; the old rows are gone.
  expect(sqlite.prepare("select count(*) as n from login_attempts").get()).toEqual({ n: 0 });
  expect(sqlite.prepare("select name from pragma_table_info('login_attempts')").all().map((c) => (c as { name: string }).name)).not.toContain("email");
  expect(sqlite.prepare("pragma foreign_key_check").all()).toEqual([]);
  sqlite.close();
});

it("0009 renames the creator, byline, saver and approval-request names and keeps every row", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-migrations-"));
  const database = openDatabase(path.join(dir, "site.db"));
  migrate(database, { migrationsFolder: firstMigrations(9) });
  const sqlite = database.$client;
  sqlite.prepare("insert into users (id, email, name) values (1, 'a@example.com', 'Ann Admin'), (2, 'e@example.com', 'Eve Editor')").run();
  sqlite.prepare("insert into profiles (id, user_id, slug, display_name, updated_at) values (3, 1, 'ann-lawyer', 'Ann Lawyer', 0)").run();
  sqlite.prepare("insert into posts (id, slug, title, body_html, body_text, author_id, author_profile_id, updated_at, status, published_at) values (7, 'bond', 'Bail hearings', '<p>Bond.</p>', 'What a bond hearing is.', 2, 3, 0, 'published', 5000)").run();
  sqlite.prepare("insert into tags (id, name, slug) values (4, 'Bond', 'bond')").run();
  sqlite.prepare("insert into post_tags (post_id, tag_id, position) values (7, 4, 0)").run();
  sqlite.prepare("insert into slug_redirects (old_slug, post_id) values ('old-bond', 7)").run();
  sqlite.prepare("insert into post_drafts (post_id, title, slug, tags, author_profile_id, author_id, updated_at) values (7, 'Bail hearings, revised', 'bond', '[]', 3, 2, 9000)").run();
  sqlite.prepare("insert into post_versions (post_id, slug, title, excerpt, body_html, author_id, created_at) values (7, 'bond', 'Bail hearings', '', '<p>Bond.</p>', 1, 6000)").run();
  sqlite.prepare("insert into review_requests (post_id, action, requested_by, requested_at) values (7, 'update', 2, 9500)").run();

  migrate(database, { migrationsFolder: folder });
  expect(sqlite.prepare("select created_by, byline_profile_id from posts where id = 7").get()).toEqual({ created_by: 2, byline_profile_id: 3 });
  expect(sqlite.prepare("select title, byline_profile_id, saved_by from post_drafts").all()).toEqual([{ title: "Bail hearings, revised", byline_profile_id: 3, saved_by: 2 }]);
  expect(sqlite.prepare("select title, saved_by from post_versions").all()).toEqual([{ title: "Bail hearings", saved_by: 1 }]);
  expect(sqlite.prepare("select post_id, action, requested_by, decided_at from approval_requests").all()).toEqual([{ post_id: 7, action: "update", requested_by: 2, decided_at: null }]);
  expect(sqlite.prepare("select name from sqlite_master where name = 'review_requests'").all()).toEqual([]);
  // What hangs off the post is still there: its tag, its old address, its place in search.
  expect(sqlite.prepare("select tag_id from post_tags where post_id = 7").all()).toEqual([{ tag_id: 4 }]);
  expect(sqlite.prepare("select post_id from slug_redirects where old_slug = 'old-bond'").all()).toEqual([{ post_id: 7 }]);
  expect(sqlite.prepare("select rowid from posts_search where posts_search match 'bond'").all()).toEqual([{ rowid: 7 }]);
  expect(sqlite.prepare("pragma foreign_key_check").all()).toEqual([]);
  // The foreign keys follow the new names: deleting the post still takes its request with it.
  sqlite.prepare("delete from posts where id = 7").run();
  expect(sqlite.prepare("select count(*) as n from approval_requests").get()).toEqual({ n: 0 });
  sqlite.close();
});

it("0012 gives posts signed by a sign-in account the firm's lawyer, and takes the account's blank profile off the site", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-migrations-"));
  const database = openDatabase(path.join(dir, "site.db"));
  migrate(database, { migrationsFolder: firstMigrations(12) });
  const sqlite = database.$client;
  sqlite.prepare("insert into users (id, email, name) values (1, 'owner@example.com', 'owner'), (2, 'jo@example.com', 'Jo')").run();
  const profile = sqlite.prepare("insert into profiles (id, slug, user_id, display_name, title, bio, listed, updated_at) values (?, ?, ?, ?, ?, ?, 1, 0)");
  profile.run(1, "owner", 1, "owner", "", ""); // made for the account, never filled in
  profile.run(2, "jo-lawyer", 2, "Jo Lawyer", "Attorney", "Defends people in Montgomery.");
  const post = sqlite.prepare("insert into posts (id, kind, slug, title, created_by, byline_profile_id, updated_at, status) values (?, ?, ?, ?, 1, ?, 0, 'published')");
  post.run(1, "post", "by-owner", "By owner", 1);
  post.run(2, "post", "by-jo", "By Jo", 2);
  post.run(3, "post", "unsigned", "Unsigned", null);
  post.run(4, "page", "about", "About", 1);
  sqlite.prepare("insert into post_drafts (post_id, slug, title, tags, byline_profile_id, saved_by, updated_at) values (1, 'by-owner', 'By owner, edited', '[]', 1, 1, 0)").run();

  migrate(database, { migrationsFolder: folder });
  expect(sqlite.prepare("select id, listed from profiles order by id").all()).toEqual([
    { id: 1, listed: 0 },
    { id: 2, listed: 1 },
  ]);
  expect(sqlite.prepare("select id, byline_profile_id from posts order by id").all()).toEqual([
    { id: 1, byline_profile_id: 2 },
    { id: 2, byline_profile_id: 2 },
    { id: 3, byline_profile_id: 2 },
    { id: 4, byline_profile_id: 1 }, // a page has no byline to fix
  ]);
  expect(sqlite.prepare("select byline_profile_id from post_drafts").all()).toEqual([{ byline_profile_id: 2 }]);
  sqlite.close();
});
