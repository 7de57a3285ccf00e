// The Import screen's form, read as it streams in: its one file written to disk a chunk at a
// time (a 200 MB export never sits in memory, as it would with Request.formData()), its few
// short fields kept as text. The file waits under a random name in a folder beside the
// database, and is removed once its items are staged (they are all the run needs after that).
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databasePath } from "@/db/client";

export function importUploadPath(): string {
  const file = databasePath();
  const dir = path.join(file === ":memory:" ? os.tmpdir() : path.dirname(file), "imports");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${randomBytes(12).toString("hex")}.upload`);
}

export type UploadedForm = {
  fields: Record<string, string>;
  /** The first file field with a file chosen, on disk at `path`; its `name` as the browser sent it. */
  file?: { path: string; name: string; size: number };
};

export class UploadProblem extends Error {
  constructor(readonly problem: "too-large" | "unreadable") {
    super(problem);
  }
}

const MAX_HEADER_BYTES = 16 * 1024;
const MAX_FIELD_BYTES = 16 * 1024;
const MAX_PARTS = 20;

function boundaryOf(contentType: string): string | undefined {
  if (!/^multipart\/form-data/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function dispositionOf(headers: string): { name: string; filename?: string } | undefined {
  const line = headers.split("\r\n").find((h) => /^content-disposition:/i.test(h));
  if (!line || !/:\s*form-data\b/i.test(line)) return undefined;
  const param = (key: string) => new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(line)?.[1]?.replace(/\\(.)/g, "$1");
  const name = param("name");
  return name === undefined ? undefined : { name, filename: param("filename") };
}

/** Waits for the stream to take more; its error listener goes once it has (a 300 MB upload waits thousands of times). */
function drained(out: fs.WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.once("drain", () => {
      out.off("error", reject);
      resolve();
    });
  });
}

/**
 * Reads a multipart/form-data body: throws UploadProblem("too-large") past `maxFileBytes`,
 * UploadProblem("unreadable") for a body that is not a well-formed form. On a throw, no file
 * is left behind.
 */
export async function readUploadForm(body: AsyncIterable<Uint8Array> | null, contentType: string, maxFileBytes: number): Promise<UploadedForm> {
  const boundary = boundaryOf(contentType);
  if (!body || !boundary) throw new UploadProblem("unreadable");
  // Every delimiter, the first included once the body is given a leading CRLF.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields: Record<string, string> = {};
  let file: UploadedForm["file"];
  let out: fs.WriteStream | undefined;
  let pending: Buffer = Buffer.from("\r\n");
  let state: "preamble" | "after-delimiter" | "headers" | "body" | "done" = "preamble";
  let part: { name: string; filename?: string; text: Buffer[]; size: number; toFile: boolean } | undefined;
  let parts = 0;
  let currentPath: string | undefined;

  const write = async (bytes: Buffer) => {
    if (!part || bytes.length === 0) return;
    part.size += bytes.length;
    if (part.toFile) {
      if (part.size > maxFileBytes) throw new UploadProblem("too-large");
      if (!out!.write(bytes)) await drained(out!);
    } else {
      if (part.size > MAX_FIELD_BYTES) throw new UploadProblem("unreadable");
      part.text.push(bytes);
    }
  };
  const endPart = async () => {
    if (!part) return;
    if (part.toFile) {
      await new Promise<void>((resolve, reject) => out!.end((error?: Error | null) => (error ? reject(error) : resolve())));
      out = undefined;
      if (part.size > 0 && !file) file = { path: currentPath!, name: part.filename ?? "", size: part.size };
      else fs.rmSync(currentPath!, { force: true });
    } else if (!(part.name in fields)) fields[part.name] = Buffer.concat(part.text).toString("utf8");
    part = undefined;
  };

  try {
    for await (const chunk of body) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
      for (;;) {
        if (state === "preamble" || state === "body") {
          const at = pending.indexOf(delimiter);
          if (at === -1) {
            // Keep what could be the start of a delimiter split across chunks.
            const safe = Math.max(0, pending.length - delimiter.length + 1);
            if (state === "body") await write(pending.subarray(0, safe));
            pending = pending.subarray(safe);
            break;
          }
          if (state === "body") {
            await write(pending.subarray(0, at));
            await endPart();
          }
          pending = pending.subarray(at + delimiter.length);
          state = "after-delimiter";
        }
        if (state === "after-delimiter") {
          if (pending.length < 2) break;
          const next = pending.subarray(0, 2).toString("latin1");
          if (next === "--") {
            state = "done";
            break;
          }
          // Transport padding (spaces or tabs) may sit before the line break.
          const lineEnd = pending.indexOf("\r\n");
          if (lineEnd === -1) {
            if (pending.length > 256) throw new UploadProblem("unreadable");
            break;
          }
          if (!/^[ \t]*$/.test(pending.subarray(0, lineEnd).toString("latin1"))) throw new UploadProblem("unreadable");
          pending = pending.subarray(lineEnd + 2);
          state = "headers";
        }
        if (state === "headers") {
          const end = pending.indexOf("\r\n\r\n");
          if (end === -1) {
            if (pending.length > MAX_HEADER_BYTES) throw new UploadProblem("unreadable");
            break;
          }
          const disposition = dispositionOf(pending.subarray(0, end).toString("utf8"));
          if (!disposition || ++parts > MAX_PARTS) throw new UploadProblem("unreadable");
          const toFile = disposition.filename !== undefined;
          if (toFile) {
            currentPath = importUploadPath();
            out = fs.createWriteStream(currentPath, { flags: "wx" });
          }
          part = { ...disposition, text: [], size: 0, toFile };
          pending = pending.subarray(end + 4);
          state = "body";
        }
      }
      if (state === "done") break;
    }
    if (state !== "done") throw new UploadProblem("unreadable");
    return { fields, file };
  } catch (error) {
    out?.destroy();
    if (currentPath) fs.rmSync(currentPath, { force: true });
    if (file) fs.rmSync(file.path, { force: true });
    throw error instanceof UploadProblem ? error : new UploadProblem("unreadable");
  }
}
