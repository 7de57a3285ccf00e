import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { readUploadForm, UploadProblem } from "./upload-file";

let temp: ReturnType<typeof useTempDatabase>;
beforeAll(() => {
  temp = useTempDatabase();
});
afterAll(() => temp.remove());

const uploads = () => {
  const dir = path.join(path.dirname(temp.file), "imports");
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/** The form as a browser sends it: its body's bytes and content type. */
async function browserForm(entries: [string, string | File][]): Promise<{ bytes: Buffer; type: string }> {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  const response = new Response(form);
  return { bytes: Buffer.from(await response.arrayBuffer()), type: response.headers.get("content-type")! };
}

/** `bytes` arriving in pieces cut at `cuts`. */
async function* inPieces(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

// An export's bytes with what a naive reader trips on: CRLFs, dashes, a boundary-like line.
const EXPORT = Buffer.from(`<?xml version="1.0"?>\r\n<rss>\r\n--\r\n------WebKitFormBoundary\r\n${"é€ ".repeat(5000)}</rss>\r\n`);

describe("the Import screen's upload, read as it streams", () => {
  it("writes the file to disk whole and keeps the fields, however the body is cut into pieces", async () => {
    const { bytes, type } = await browserForm([
      ["url", ""],
      ["file", new File([EXPORT], "old-site.WordPress.xml", { type: "text/xml" })],
      ["siteUrl", "https://old-firm.example"],
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), async (cuts) => {
        const form = await readUploadForm(inPieces(bytes, cuts), type, 1024 * 1024);
        expect(form.fields).toEqual({ url: "", siteUrl: "https://old-firm.example" });
        expect(form.file).toMatchObject({ name: "old-site.WordPress.xml", size: EXPORT.length });
        expect(fs.readFileSync(form.file!.path).equals(EXPORT)).toBe(true);
        fs.rmSync(form.file!.path);
      }),
      { numRuns: 60 },
    );
    expect(uploads()).toEqual([]);
  });

  it("has no file when none was chosen", async () => {
    // As a browser sends a file field left empty: a part with an empty name and no bytes.
    const body = [
      "------B",
      'Content-Disposition: form-data; name="file"; filename=""',
      "Content-Type: application/octet-stream",
      "",
      "",
      "------B",
      'Content-Disposition: form-data; name="url"',
      "",
      "https://old-firm.example",
      "------B--",
      "",
    ].join("\r\n");
    expect(await readUploadForm(inPieces(Buffer.from(body), [40]), "multipart/form-data; boundary=----B", 1024)).toEqual({ fields: { url: "https://old-firm.example" } });
    expect(uploads()).toEqual([]);
  });

  it("stops a file past the limit, and a body that is not a whole form, leaving nothing on disk", async () => {
    const { bytes, type } = await browserForm([["file", new File([EXPORT], "big.xml")]]);
    await expect(readUploadForm(inPieces(bytes, [100, 5000]), type, 1000)).rejects.toEqual(new UploadProblem("too-large"));
    await expect(readUploadForm(inPieces(bytes.subarray(0, bytes.length - 40), [300]), type, 1024 * 1024)).rejects.toEqual(new UploadProblem("unreadable"));
    await expect(readUploadForm(inPieces(bytes, []), "application/x-www-form-urlencoded", 1024 * 1024)).rejects.toEqual(new UploadProblem("unreadable"));
    await expect(readUploadForm(inPieces(Buffer.from("no form here"), []), type, 1024 * 1024)).rejects.toEqual(new UploadProblem("unreadable"));
    expect(uploads()).toEqual([]);
  });
});
