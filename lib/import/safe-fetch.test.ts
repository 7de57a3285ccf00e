import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOldSite, type FakeOldSite } from "./fake-old-site";
import { safeFetch } from "./safe-fetch";

let site: FakeOldSite;
beforeAll(async () => {
  site = await startFakeOldSite({
    "/page": { type: "text/html", body: "<p>hello</p>" },
    "/big": { type: "text/plain", body: "x".repeat(20_000) },
    "/never": { type: "hang", body: "" },
    "/to-metadata": { type: "redirect", body: "http://169.254.169.254/latest/meta-data/" },
    "/to-page": { type: "redirect", body: "/page" },
  });
});
afterAll(() => site.close());

describe("what an import fetches", () => {
  it("reads a public page (loopback allowed, as in tests) and follows a redirect", async () => {
    const answer = await safeFetch(`${site.origin}/to-page`, { maxBytes: 1000, allowLoopback: true });
    expect([answer.status, answer.bytes.toString(), answer.url]).toEqual([200, "<p>hello</p>", `${site.origin}/page`]);
  });

  it("refuses loopback when not allowed (production), by name too", async () => {
    await expect(safeFetch(`${site.origin}/page`, { maxBytes: 1000, allowLoopback: false })).rejects.toThrow("127.0.0.1 is on a private or local network; an import only reads from public addresses.");
    await expect(safeFetch(`http://localhost:${new URL(site.origin).port}/page`, { maxBytes: 1000, allowLoopback: false })).rejects.toThrow("localhost is on a private or local network");
  });

  it("refuses a redirect to a private or link-local address", async () => {
    await expect(safeFetch(`${site.origin}/to-metadata`, { maxBytes: 1000, allowLoopback: true })).rejects.toThrow("169.254.169.254 is on a private or local network");
  });

  it("stops a page that never finishes, and one larger than the limit", async () => {
    await expect(safeFetch(`${site.origin}/never`, { maxBytes: 1000, allowLoopback: true, timeoutMs: 300 })).rejects.toThrow(`${site.origin}/never did not answer in time.`);
    await expect(safeFetch(`${site.origin}/big`, { maxBytes: 1000, allowLoopback: true })).rejects.toThrow("is larger than the limit");
  });

  it("refuses other schemes and addresses with a password", async () => {
    await expect(safeFetch("file:///etc/passwd", { maxBytes: 1000 })).rejects.toThrow("file: addresses are not fetched; use http or https.");
    await expect(safeFetch("http://user:pw@example.com/", { maxBytes: 1000 })).rejects.toThrow("Addresses with a user name or password are not fetched.");
  });
});
