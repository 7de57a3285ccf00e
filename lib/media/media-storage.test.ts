import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { checkImage, detectImageType } from "./image-type";
import sharp from "sharp";
import { listVariants } from "@/db/media";
import { variantWidths } from "./image-variants";
import { readStoredImage, storeImage, uploadsDir } from "./media-storage";

/** A real PNG, 2×1 unless told (a bigger one claims its size in the header only). */
function png(width = 2, height = 1): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

describe("checkImage", () => {
  it("accepts a real PNG by its content and reads its size", () => {
    expect(checkImage(png())).toEqual({ ok: true, image: { mimeType: "image/png", extension: "png", width: 2, height: 1, byteSize: png().byteLength } });
  });

  it("knows JPEG and WebP by their magic bytes", () => {
    expect(detectImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.mimeType).toBe("image/jpeg");
    expect(detectImageType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))?.mimeType).toBe("image/webp");
    expect(detectImageType(Buffer.from("RIFF\0\0\0\0AVI LIST"))).toBeUndefined();
  });

  it.each([
    ["an HTML page named .png", Buffer.from("<html><script>alert(1)</script></html>")],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["a GIF", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;")],
    ["a PDF", Buffer.from("%PDF-1.7\n")],
    ["an empty file", Buffer.alloc(0)],
  ])("refuses %s", (_, bytes) => {
    expect(checkImage(bytes).ok).toBe(false);
  });

  it.each([
    [65535, 65535],
    [2147483647, 2147483647],
    [12_001, 10],
    [8000, 6000],
  ])("refuses a PNG whose header claims %i × %i pixels, before decoding it", (width, height) => {
    const result = checkImage(png(width, height));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("too many pixels") });
  });

  it("accepts a 6000 × 6000 header (36 megapixels)", () => {
    expect(checkImage(png(6000, 6000)).ok).toBe(true);
  });

  it("refuses a PNG signature followed by rubbish, and anything over 5 MB", () => {
    expect(checkImage(Buffer.concat([png().subarray(0, 8), Buffer.from("not really a png at all")]))).toEqual({ ok: false, error: "The image file is damaged." });
    const big = Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(checkImage(big)).toEqual({ ok: false, error: "The image is larger than 5 MB." });
  });
});

describe("storeImage", () => {
  let temp: ReturnType<typeof useTempDatabase>;
  let userId: number;
  beforeEach(() => {
    temp = useTempDatabase();
    process.env.DATABASE_URL = temp.file;
    userId = createUser({ email: "u@example.com", name: "U" }).id;
  });
  afterEach(() => {
    delete process.env.DATABASE_URL;
    temp.remove();
  });

  it("writes under a random name in uploads/ beside the database and serves only known names", async () => {
    const stored = await storeImage(png(), userId);
    if (!stored.ok) throw new Error(stored.error);
    expect(stored.media.fileName).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(uploadsDir()).toBe(path.join(path.dirname(temp.file), "uploads"));
    expect(fs.existsSync(path.join(uploadsDir(), stored.media.fileName))).toBe(true);
    expect(readStoredImage(stored.media.fileName)?.file.mimeType).toBe("image/png");

    fs.writeFileSync(path.join(uploadsDir(), "0".repeat(32) + ".png"), png());
    expect(readStoredImage("0".repeat(32) + ".png")).toBeUndefined(); // on disk, but not in the table
    for (const name of ["../site.db", "..%2fsite.db", "site.db", `${stored.media.fileName}/..`]) expect(readStoredImage(name)).toBeUndefined();
  });

  it("stores nothing for a file that is not an image", async () => {
    expect(await storeImage(Buffer.from("<script>alert(1)</script>"), userId)).toEqual({ ok: false, error: "Use a JPEG, PNG or WebP image." });
    expect(fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : []).toEqual([]);
  });

  it("resizes an upload into widths up to its own, as AVIF and WebP, served by name; a damaged one is refused", async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#336699" } }).jpeg().toBuffer();
    const stored = await storeImage(photo, userId);
    if (!stored.ok) throw new Error(stored.error);
    const base = stored.media.fileName.replace(/\.jpg$/, "");
    const variants = listVariants(stored.media.id);
    expect(variants.map((v) => [v.fileName, v.mimeType, v.width, v.height])).toEqual([
      [`${base}-480.avif`, "image/avif", 480, 320],
      [`${base}-480.webp`, "image/webp", 480, 320],
      [`${base}-960.avif`, "image/avif", 960, 640],
      [`${base}-960.webp`, "image/webp", 960, 640],
      [`${base}-1200.avif`, "image/avif", 1200, 800],
      [`${base}-1200.webp`, "image/webp", 1200, 800],
    ]);
    for (const variant of variants) {
      const file = readStoredImage(variant.fileName);
      expect(file?.file.mimeType).toBe(variant.mimeType);
      expect((await sharp(file!.bytes).metadata()).width).toBe(variant.width);
    }
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(4000)).toEqual([480, 960, 1440]);
    const damaged = Buffer.concat([photo.subarray(0, 600)]);
    expect(await storeImage(damaged, userId)).toEqual({ ok: false, error: "The image file is damaged." });
  });
});
