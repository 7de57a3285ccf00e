// Uploaded images live in an "uploads" folder beside the database, under random
// names; the media tables are the list of what may be served. Each upload is kept as sent
// and resized into variants (lib/media/image-variants.ts), which the public pages use.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databasePath } from "@/db/client";
import { addVariants, findServableFile, insertMediaWithVariants, listMediaWithoutVariants, type Media, type ServableFile } from "@/db/media";
import { checkImage } from "./image-type";
import { logLine } from "@/lib/platform/log";
import { makeVariants, type ImageVariant } from "./image-variants";

// An upload as sent ("<32 hex>.jpg") or one of its variants ("<32 hex>-960.avif").
const FILE_NAME = /^[a-f0-9]{32}(?:\.(?:jpg|png|webp)|-\d{1,5}\.(?:avif|webp))$/;

/** A variant's row: what the table keeps of it. */
function withoutBytes(variant: ImageVariant): Omit<ImageVariant, "bytes"> {
  const { fileName, mimeType, width, height, byteSize } = variant;
  return { fileName, mimeType, width, height, byteSize };
}

export function uploadsDir(): string {
  const file = databasePath();
  return path.join(file === ":memory:" ? os.tmpdir() : path.dirname(file), "uploads");
}

/**
 * Checks the bytes (type and pixel count from the header, before anything decodes them),
 * resizes them, writes the upload and its variants under a random name and records them in
 * one transaction; files of a failed attempt are removed.
 */
export async function storeImage(bytes: Uint8Array, uploadedBy: number): Promise<{ ok: true; media: Media } | { ok: false; error: string }> {
  const checked = checkImage(bytes);
  if (!checked.ok) return checked;
  const { image } = checked;
  const base = randomBytes(16).toString("hex");
  let variants;
  try {
    variants = await makeVariants(bytes, base, image.width);
  } catch {
    return { ok: false, error: "The image file is damaged." };
  }
  const fileName = `${base}.${image.extension}`;
  const dir = uploadsDir();
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  try {
    for (const [name, data] of [[fileName, bytes] as const, ...variants.map((v) => [v.fileName, v.bytes] as const)]) {
      const target = path.join(dir, name);
      fs.writeFileSync(target, data, { flag: "wx" });
      written.push(target);
    }
    const media = insertMediaWithVariants(
      { fileName, mimeType: image.mimeType, byteSize: image.byteSize, width: image.width, height: image.height, uploadedBy },
      variants.map(withoutBytes),
    );
    return { ok: true, media };
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
}

/** A stored image (an upload or a variant) by its file name, only when the media tables know it. */
export function readStoredImage(fileName: string): { file: ServableFile; bytes: Buffer } | undefined {
  if (!FILE_NAME.test(fileName)) return undefined;
  const file = findServableFile(fileName);
  if (!file) return undefined;
  try {
    return { file, bytes: fs.readFileSync(path.join(uploadsDir(), file.fileName)) };
  } catch {
    return undefined;
  }
}

/** Removes an upload's files (the upload and its variants); the rows go with the media row. */
export function removeStoredFiles(fileNames: string[]): void {
  const dir = uploadsDir();
  for (const name of fileNames) if (FILE_NAME.test(name)) fs.rmSync(path.join(dir, name), { force: true });
}

export function mediaUrl(fileName: string): string {
  return `/media/${fileName}`;
}

/**
 * Uploads stored before images were resized get their variants, one at a time (sharp works
 * off the main thread, so the server keeps answering). Run once after start-up; how many.
 */
export async function makeMissingVariants(): Promise<number> {
  let made = 0;
  for (const item of listMediaWithoutVariants()) {
    try {
      const bytes = fs.readFileSync(path.join(uploadsDir(), item.fileName));
      const variants = await makeVariants(bytes, item.fileName.replace(/\.[a-z]+$/, ""), item.width ?? 0);
      for (const v of variants) fs.writeFileSync(path.join(uploadsDir(), v.fileName), v.bytes);
      addVariants(item.id, variants.map(withoutBytes));
      made++;
    } catch (error) {
      logLine("media", `could not resize ${item.fileName}: ${error instanceof Error ? error.message : String(error)}`, "warn");
    }
  }
  return made;
}
