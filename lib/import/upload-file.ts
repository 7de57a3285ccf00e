// Where an uploaded export waits while it is read: a random name in a folder beside the
// database, removed once its items are staged (they are all the run needs after that).
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import { databasePath } from "@/db/client";

export function importUploadPath(): string {
  const file = databasePath();
  const dir = path.join(file === ":memory:" ? os.tmpdir() : path.dirname(file), "imports");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${randomBytes(12).toString("hex")}.upload`);
}

/** Writes an uploaded file to disk as it streams (never whole in memory here). */
export async function saveUpload(file: File): Promise<string> {
  const target = importUploadPath();
  await pipeline(Readable.fromWeb(file.stream() as NodeReadableStream), fs.createWriteStream(target, { flags: "wx" }));
  return target;
}
