import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { hashCachedPagePolicy, inlineScriptHashes } from "./cached-page-policy.mjs";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

it("hashes every inline script once, and no script with a src", () => {
  const html = `<script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"a"])</script><script id="x">b()</script><script>self.__next_f.push([1,"a"])</script><script type="application/ld+json">{"@type":"Article"}</script>`;
  expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha("b()"), sha('{"@type":"Article"}')]);
});

function fakeResponse(headers: Record<string, string>, status = 200) {
  const store = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const sent: unknown[] = [];
  const res = {
    statusCode: status,
    headersSent: false,
    getHeader: (name: string) => store.get(name.toLowerCase()),
    setHeader: (name: string, value: string) => void store.set(name.toLowerCase(), value),
    end(chunk: unknown) {
      sent.push(chunk);
    },
  };
  return { res, store, sent };
}

it("replaces the fallback policy of a cached HTML page with its hashes, once per ETag", () => {
  const html = "<html><script>a()</script></html>";
  const seen: string[][] = [];
  const withHashes = (hashes: string[]) => (seen.push(hashes), `script-src 'self' ${hashes.join(" ")}`);
  for (let i = 0; i < 2; i++) {
    const { res, store, sent } = fakeResponse({ etag: '"v1"', "content-type": "text/html; charset=utf-8", "content-security-policy": "FALLBACK" });
    hashCachedPagePolicy({ method: "GET" } as never, res as never, "FALLBACK", withHashes);
    res.end(Buffer.from(html));
    expect(store.get("content-security-policy")).toBe(`script-src 'self' ${sha("a()")}`);
    expect(sent).toEqual([Buffer.from(html)]);
  }
  expect(seen).toHaveLength(1);
});

it("leaves a nonce page, a page without an ETag, JSON and errors alone", () => {
  const cases: [Record<string, string>, number][] = [
    [{ etag: '"n"', "content-type": "text/html", "content-security-policy": "script-src 'nonce-x'" }, 200],
    [{ "content-type": "text/html", "content-security-policy": "FALLBACK" }, 200],
    [{ etag: '"j"', "content-type": "application/json", "content-security-policy": "FALLBACK" }, 200],
    [{ etag: '"e"', "content-type": "text/html", "content-security-policy": "FALLBACK" }, 500],
  ];
  for (const [headers, status] of cases) {
    const { res, store } = fakeResponse(headers, status);
    hashCachedPagePolicy({ method: "GET" } as never, res as never, "FALLBACK", () => "HASHED");
    res.end("<script>a()</script>");
    expect(store.get("content-security-policy")).toBe(headers["content-security-policy"]);
  }
});
