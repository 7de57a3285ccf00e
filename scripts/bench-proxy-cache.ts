// Part of `npm run bench`: the post page through nginx's cache, as deploy/nginx ships it
// (its firm-site-proxy.conf included as it is), against nginx serving the same page from
// disk; then a post published in the admin, and how long until a visitor of /blog sees it
// through the cache; and what the cache must never keep.
import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EMPTY_POST_FIELDS } from "@/lib/posts/post-input";
import { request } from "./bench-server";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "..");

export type ProxyCacheBench = {
  /** Seconds from the publish's answer to the first /blog through the cache that lists it. */
  publishSeenSeconds: number;
  /** What the cache answered for the pages it must never keep (X-Cache-Status). */
  neverKept: Record<string, string>;
  /** Whether the post page came from the cache. */
  postStatus: string;
};

/** nginx with the shipped proxy snippet in front of the site at `siteBase`, pinned to core 0 as the site is. */
export async function startProxyCache(siteBase: string): Promise<{ base: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-nginx-cache-"));
  // nginx's worker runs as `nobody` when started as root: it must reach its cache folder.
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const upstream = new URL(siteBase).host;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  proxy_temp_path ${dir}/temp; client_body_temp_path ${dir}/body;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=firm_site:10m max_size=256m inactive=1h use_temp_path=off;
  upstream firm_site { server ${upstream}; keepalive 32; }
  server { listen 127.0.0.1:${port}; include ${path.join(root, "deploy", "nginx", "firm-site-proxy.conf")}; } }`,
  );
  const nginx: ChildProcess = spawn("taskset", ["-c", "0", "nginx", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    nginx.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    const response = await request(`${base}/`).catch(() => undefined);
    if (response?.ok) {
      await response.arrayBuffer();
      return { base, stop };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  stop();
  throw new Error(`nginx with the cache did not start (${dir}/error.log)`);
}

const cacheStatus = async (url: string, init?: RequestInit) => {
  const response = await request(url, init);
  await response.arrayBuffer();
  return response.headers.get("x-cache-status") ?? "none";
};

/**
 * What the cache keeps and what it never does, and a publish seen through it. `cookie`: the
 * owner's session on the site; `postPath`: a public post; `dbFile`: the site's database (for a lawyer to sign the post).
 */
export async function checkProxyCache(proxyBase: string, siteBase: string, cookie: string, postPath: string, dbFile: string): Promise<ProxyCacheBench> {
  await cacheStatus(proxyBase + postPath);
  const postStatus = await cacheStatus(proxyBase + postPath);
  const neverKept: Record<string, string> = {};
  for (const pagePath of ["/admin/login", "/contact", "/contact/sent"]) {
    await cacheStatus(proxyBase + pagePath);
    neverKept[pagePath] = await cacheStatus(proxyBase + pagePath);
  }
  await cacheStatus(proxyBase + "/admin/posts", { headers: { cookie }, redirect: "manual" });
  neverKept["/admin/posts, signed in"] = await cacheStatus(proxyBase + "/admin/posts", { headers: { cookie }, redirect: "manual" });
  neverKept["/blog, with a session cookie"] = await cacheStatus(proxyBase + "/blog", { headers: { cookie } });

  // /blog in the cache, then a post published in the admin (the editor's own save route).
  await cacheStatus(proxyBase + "/blog");
  const title = `Published through the cache ${Date.now().toString(36)}`;
  const sqlite = new Database(dbFile, { readonly: true });
  const lawyer = sqlite.prepare("select id from profiles where listed = 1 order by id limit 1").pluck().get() as number;
  sqlite.close();
  // The editor's own save route: the draft's first save, then Publish.
  const save = async (url: string, body: object) => {
    const response = await request(url, { method: "POST", headers: { "content-type": "application/json", cookie, origin: siteBase }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`the save route answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return ((await response.json()) as { post: { id: number; revision: number; slug: string } }).post;
  };
  const fields = { ...EMPTY_POST_FIELDS, bylineProfileId: lawyer, title, excerpt: "Seen through the cache.", bodyHtml: "<p>A post published while nginx keeps /blog.</p>" };
  const draft = await save(`${siteBase}/admin/api/posts`, { revision: 0, intent: "save", autoSlug: true, fields });
  await save(`${siteBase}/admin/api/posts/${draft.id}`, { revision: draft.revision, intent: "publish", fields: { ...fields, slug: draft.slug } });
  const start = performance.now();
  for (;;) {
    const html = await (await request(`${proxyBase}/blog`)).text();
    if (html.includes(title)) break;
    if (performance.now() - start > 180_000) throw new Error("the published post never showed through the cache");
    await new Promise((r) => setTimeout(r, 250));
  }
  return { publishSeenSeconds: (performance.now() - start) / 1000, neverKept, postStatus };
}
