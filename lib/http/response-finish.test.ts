import { createHash } from "node:crypto";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { finishResponse, frameworkScriptHashes } from "./response-finish.mjs";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
const FLIGHT = 'self.__next_f.push([1,"3a:[\\"$\\",\\"p\\",null,{}]\\n"])';
const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]})';

describe("the framework's inline scripts", () => {
  it("are hashed, once each; scripts with a src and data blocks are not scripts to hash", () => {
    const html = `<script src="/_next/a.js" async=""></script><script>${BOOT}</script><script id="_R_">${TURBOPACK}</script><script>${FLIGHT}</script><script>${FLIGHT}</script><script type="application/ld+json">{"@type":"Article"}</script>`;
    expect(frameworkScriptHashes(html)).toEqual({ hashes: [sha(BOOT), sha(TURBOPACK), sha(FLIGHT)], others: 0 });
  });

  it("count an escaped quote as part of the string (the script only pushes text)", () => {
    const inString = 'self.__next_f.push([1,"a\\"]);alert(1);//"])';
    expect(frameworkScriptHashes(`<script>${inString}</script>`)).toEqual({ hashes: [sha(inString)], others: 0 });
  });

  it("leave out any other inline script, however close to the framework's it looks", () => {
    const shapes = [
      "alert(1)",
      'self.__next_f.push([1,"a"]);alert(1)',
      'self.__next_f.push([1,"a"]),alert(1)',
      'self.__next_f.push([1,"a",alert(1)])',
      'self.__next_f.push([1,"a"+alert(1)+""])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":alert(1)})',
    ];
    const html = shapes.map((body) => `<script>${body}</script>`).join("") + `<script type="text/javascript">x()</script><script type="module">y()</script>`;
    expect(frameworkScriptHashes(html)).toEqual({ hashes: [], others: shapes.length + 2 });
  });
});

/** A real HTTP server whose handler writes with `respond`, behind finishResponse(). */
function serverWith(respond: (req: IncomingMessage, res: ServerResponse) => void) {
  const onOtherScripts = vi.fn();
  const withHashes = vi.fn((hashes: string[]) => `script-src 'self' ${hashes.join(" ")}`);
  const server = createServer((req, res) => {
    res.setHeader("Content-Security-Policy", "FALLBACK");
    finishResponse(req, res, { fallback: "FALLBACK", withHashes, onOtherScripts });
    respond(req, res);
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer; chunks: number }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      request({ host: "127.0.0.1", port, path, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (part: Buffer) => parts.push(part));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts), chunks: parts.length }));
      })
        .on("error", reject)
        .end();
    });
  return { server, get, withHashes, onOtherScripts };
}

describe("a cached page (whole, from Next's cache)", () => {
  const page = `<html><body>${"<p>text</p>".repeat(300)}<script>${FLIGHT}</script></body></html>`;
  const page2 = page.replace("text", "other text");
  const { server, get, withHashes } = serverWith((req, res) => {
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(req.url === "/v2" ? page2 : page);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gets its exact policy, its ETag and the same gzip every time, worked out once per version", async () => {
    const first = await get("/", { "accept-encoding": "gzip" });
    const second = await get("/", { "accept-encoding": "gzip, deflate, br" });
    for (const answer of [first, second]) {
      expect(answer.headers["content-security-policy"]).toBe(`script-src 'self' ${sha(FLIGHT)}`);
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(zlib.gunzipSync(answer.body).toString()).toBe(page);
    }
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(withHashes).toHaveBeenCalledOnce();
    const other = await get("/v2");
    expect(withHashes).toHaveBeenCalledTimes(2);
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it("answers 304 to a client that holds this version, and the page to one that holds another", async () => {
    const { etag } = (await get("/")).headers;
    const held = await get("/", { "if-none-match": etag!, "accept-encoding": "gzip" });
    expect(held.status).toBe(304);
    expect(held.body.length).toBe(0);
    expect(held.headers.etag).toBe(etag);
    expect(held.headers["content-security-policy"]).toBe(`script-src 'self' ${sha(FLIGHT)}`);
    const stale = await get("/v2", { "if-none-match": etag! });
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe(page2);
  });

  it("is sent as it is to a client that does not take gzip, with its length", async () => {
    for (const encoding of [undefined, "identity", "gzip;q=0"]) {
      const answer = await get("/", encoding ? { "accept-encoding": encoding } : {});
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.body.toString()).toBe(page);
      expect(Number(answer.headers["content-length"])).toBe(Buffer.byteLength(page));
    }
  });
});

describe("a cached answer that Next writes in pieces (a route's: the sitemap, a feed)", () => {
  const xml = `<?xml version="1.0"?><urlset>${"<url><loc>https://firm.test/blog/a-post</loc></url>".repeat(400)}</urlset>`;
  const { server, get } = serverWith((req, res) => {
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("Content-Type", "application/xml");
    res.flushHeaders();
    const half = xml.length / 2;
    res.write(Buffer.from(xml.slice(0, half)));
    setTimeout(() => {
      res.write(xml.slice(half));
      res.end();
    }, 5);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is gathered and finished as one: the same kept gzip every time, its length, its ETag and a 304", async () => {
    const first = await get("/sitemap.xml", { "accept-encoding": "gzip" });
    const second = await get("/sitemap.xml", { "accept-encoding": "gzip" });
    for (const answer of [first, second]) {
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(zlib.gunzipSync(answer.body).toString()).toBe(xml);
    }
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    const plain = await get("/sitemap.xml");
    expect(plain.body.toString()).toBe(xml);
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(xml));
    const held = await get("/sitemap.xml", { "if-none-match": first.headers.etag! });
    expect(held.status).toBe(304);
    expect(held.body.length).toBe(0);
  });
});

describe("a page rendered per request", () => {
  const pieces = ["<html><body>", "<p>first</p>".repeat(200), "<p>then the rest</p>".repeat(200), "</body></html>"];
  const { server, get, withHashes } = serverWith((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    if (req.url === "/nonce") res.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
    res.flushHeaders();
    let i = 0;
    const next = () => {
      if (i < pieces.length) {
        res.write(pieces[i++]);
        setTimeout(next, 5);
      } else res.end();
    };
    next();
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is gzipped as it streams, each piece flushed, and keeps its own policy", async () => {
    const answer = await get("/nonce", { "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["content-length"]).toBeUndefined();
    expect(answer.headers["content-security-policy"]).toBe("script-src 'nonce-abc'");
    expect(zlib.gunzipSync(answer.body).toString()).toBe(pieces.join(""));
    // Flushed per write: the browser gets the page in pieces, not at the end.
    expect(answer.chunks).toBeGreaterThan(1);
    expect(withHashes).not.toHaveBeenCalled();
  });

  it("streams as it is without gzip", async () => {
    const answer = await get("/plain");
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body.toString()).toBe(pieces.join(""));
    expect(answer.headers["content-security-policy"]).toBe("FALLBACK");
  });
});

describe("what is left alone", () => {
  const { server, get, onOtherScripts } = serverWith((req, res) => {
    if (req.url === "/small") {
      res.setHeader("Content-Type", "application/json");
      return res.end('{"ok":true}');
    }
    if (req.url === "/png") {
      res.setHeader("Content-Type", "image/png");
      return res.end(Buffer.alloc(4096, 1));
    }
    if (req.url === "/304") {
      res.statusCode = 304;
      res.setHeader("ETag", '"v1"');
      return res.end();
    }
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("Content-Type", "text/html");
    res.end(`<html><script>alert(1)</script>${" ".repeat(2000)}</html>`);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("small answers, images and 304s go as they are", async () => {
    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const png = await get("/png", { "accept-encoding": "gzip" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.length).toBe(4096);
    const notModified = await get("/304", { "accept-encoding": "gzip" });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
  });

  it("a cached page with a script that is not the framework's: listed nowhere, and said", async () => {
    const answer = await get("/other", { "accept-encoding": "gzip" });
    expect(answer.headers["content-security-policy"]).toBe("script-src 'self'");
    expect(onOtherScripts).toHaveBeenCalledWith("/other", 1);
  });
});
