import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { insertMedia } from "@/db/media";
import { useTempDatabase } from "@/db/temp-database";
import { backupsDir, createBackup, listBackups, restoreBackup, verifyBackup } from "./backup";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 12, minute));

function addImage(name: string) {
  const dir = path.join(path.dirname(temp.file), "uploads");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), `image bytes of ${name}`);
  insertMedia({ fileName: name, mimeType: "image/png", byteSize: 10, width: 1, height: 1, uploadedBy: null });
}

it("copies the database, its images and the secret, verified, and keeps the last N", async () => {
  createInquiry(inquiryValues({ name: "Backed Up" }), () => [], () => "REF-1");
  addImage(`${"a".repeat(32)}.png`);
  fs.writeFileSync(path.join(path.dirname(temp.file), "auth-secret"), "the secret");

  const first = await createBackup(temp.file, 2, at(0));
  expect(first.manifest).toMatchObject({ counts: { inquiries: 1, media: 1 }, uploads: [`${"a".repeat(32)}.png`], secret: true });
  expect(fs.readFileSync(path.join(first.dir, "uploads", `${"a".repeat(32)}.png`), "utf8")).toBe(`image bytes of ${"a".repeat(32)}.png`);
  expect(verifyBackup(first.dir).manifest.sha256).toBe(first.manifest.sha256);

  await createBackup(temp.file, 2, at(1));
  const third = await createBackup(temp.file, 2, at(2));
  expect(third.deleted).toEqual([first.dir]);
  expect(listBackups(backupsDir(temp.file))).toHaveLength(2);
});

it("refuses a damaged backup, one with an image missing, and one from a newer version", async () => {
  addImage(`${"b".repeat(32)}.png`);
  const { dir } = await createBackup(temp.file, 5, at(0));
  fs.rmSync(path.join(dir, "uploads", `${"b".repeat(32)}.png`));
  expect(() => verifyBackup(dir)).toThrow(/missing from the backup/);

  const second = await createBackup(temp.file, 5, at(1));
  expect(() => restoreBackup(second.dir, path.join(path.dirname(temp.file), "elsewhere", "site.db"), 0)).toThrow(/newer version/);
  fs.appendFileSync(path.join(second.dir, "site.db"), "garbage");
  expect(() => verifyBackup(second.dir)).toThrow(/checksum/);
  expect(() => verifyBackup(path.dirname(temp.file))).toThrow(/not a backup/);
});

it("restores into a stopped site, setting the data it replaces aside", async () => {
  createInquiry(inquiryValues({ name: "In the backup" }), () => [], () => "REF-2");
  addImage(`${"c".repeat(32)}.webp`);
  const { dir } = await createBackup(temp.file, 5, at(0));

  const site = path.join(path.dirname(temp.file), "restored", "site.db");
  fs.mkdirSync(path.dirname(site), { recursive: true });
  fs.writeFileSync(site, "the old database");
  const { setAside } = restoreBackup(path.join(dir, "site.db"), site, 99, at(5));
  expect(fs.readFileSync(path.join(setAside, "site.db"), "utf8")).toBe("the old database");
  const restored = new Database(site, { readonly: true });
  expect(restored.prepare("select name from inquiries").pluck().all()).toEqual(["In the backup"]);
  restored.close();
  expect(fs.existsSync(path.join(path.dirname(site), "uploads", `${"c".repeat(32)}.webp`))).toBe(true);
});
