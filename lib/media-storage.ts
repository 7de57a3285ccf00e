// Uploaded images live in an "uploads" folder beside the database, under random
// names; the media table is the list of what may be served.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databasePath } from "@/db/client";
import { findMediaByFileName, insertMedia, type Media } from "@/db/media";
import { checkImage } from "./image-type";

const FILE_NAME = /^[a-f0-9]{32}\.(jpg|png|webp)$/;

export function uploadsDir(): string {
  const file = databasePath();
  return path.join(file === ":memory:" ? os.tmpdir() : path.dirname(file), "uploads");
}

/** Checks the bytes, writes them under a random name and records them. */
export function storeImage(bytes: Uint8Array, uploadedBy: number): { ok: true; media: Media } | { ok: false; error: string } {
  const checked = checkImage(bytes);
  if (!checked.ok) return checked;
  const { image } = checked;
  const fileName = `${randomBytes(16).toString("hex")}.${image.extension}`;
  const dir = uploadsDir();
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, fileName);
  fs.writeFileSync(target, bytes, { flag: "wx" });
  try {
    const media = insertMedia({ fileName, mimeType: image.mimeType, byteSize: image.byteSize, width: image.width, height: image.height, uploadedBy });
    return { ok: true, media };
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
}

/** A stored image by its file name, only when the media table knows it. */
export function readStoredImage(fileName: string): { media: Media; bytes: Buffer } | undefined {
  if (!FILE_NAME.test(fileName)) return undefined;
  const media = findMediaByFileName(fileName);
  if (!media) return undefined;
  try {
    return { media, bytes: fs.readFileSync(path.join(uploadsDir(), media.fileName)) };
  } catch {
    return undefined;
  }
}

export function mediaUrl(fileName: string): string {
  return `/media/${fileName}`;
}
