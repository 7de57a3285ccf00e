import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readZipEntries } from "./zip-entries";

const all = () => true;

describe("a zip the owner uploads", () => {
  it("is read when its entries stay inside it", () => {
    const zip = zipSync({ "wordpress.xml": new TextEncoder().encode("<rss/>"), "media/a.jpg": new Uint8Array([1, 2, 3]) });
    expect([...readZipEntries(zip, all).keys()]).toEqual(["wordpress.xml", "media/a.jpg"]);
  });

  it.each(["../../etc/cron.d/evil", "/etc/passwd", "media/../../x", "C:/Windows/x"])("is refused with an entry named %s", (name) => {
    const zip = zipSync({ [name]: new Uint8Array([1]) });
    expect(() => readZipEntries(zip, all)).toThrow(/an entry outside its own folder/);
  });

  it("is refused when it unpacks to far more than its size (a zip bomb), before unpacking", () => {
    const zip = zipSync({ "wordpress.xml": new Uint8Array(4 * 1024 * 1024) }, { level: 1 });
    expect(zip.byteLength).toBeLessThan(200_000);
    expect(() => readZipEntries(zip, all)).toThrow("The zip unpacks to far more than its size (a “zip bomb”) or past the limit: it was not opened.");
  });

  it("is refused when damaged", () => {
    expect(() => readZipEntries(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), all)).toThrow("The zip file is damaged.");
  });
});
