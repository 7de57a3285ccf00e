import Database from "better-sqlite3";

// What the database holds, read straight from the file the test server uses.
export function queryDb<T>(sql: string, ...params: unknown[]): T[] {
  const file = process.env.E2E_DB_PATH;
  if (!file) throw new Error("E2E_DB_PATH is not set (playwright.config.ts sets it)");
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/**
 * Changes the test server's database, for what a journey cannot wait for in real time
 * (a session idle for half an hour). Only rows the journey made itself.
 */
export function changeDb(sql: string, ...params: unknown[]): number {
  const file = process.env.E2E_DB_PATH;
  if (!file) throw new Error("E2E_DB_PATH is not set (playwright.config.ts sets it)");
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    return sqlite.prepare(sql).run(...params).changes;
  } finally {
    sqlite.close();
  }
}

/** Slugs of the posts the public may see now, newest first: what /blog must list. */
export function publicSlugs(): string[] {
  return queryDb<{ slug: string }>(
    `select slug from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at <= ?
     order by published_at desc, id desc`,
    Date.now(),
  ).map((row) => row.slug);
}

/** Slugs of drafts and scheduled posts: never public. */
export function hiddenSlugs(): string[] {
  return queryDb<{ slug: string }>(
    `select slug from posts where kind = 'post' and (status = 'draft' or published_at > ?)`,
    Date.now(),
  ).map((row) => row.slug);
}
