// Opens a zip the owner gave (this site's own export, or an old site's saved files) with
// the checks an upload needs: no entry outside the archive ("../", absolute paths), no
// entry or total that unpacks past the limits, and no entry that claims to unpack to
// hundreds of times its packed size (a zip bomb). Refused before anything is unpacked.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { ImportInputError } from "./wxr-reader";

export const ZIP_LIMITS = { entryBytes: 300 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, entries: 20_000, ratio: 200 };

export function isSafeEntryName(name: string): boolean {
  if (name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return false;
  return !name.split(/[\\/]/).some((part) => part === "..");
}

/** Every entry's name and unpacked size, nothing unpacked; throws ImportInputError on an unsafe archive. */
export function listZipEntries(bytes: Uint8Array): { name: string; size: number }[] {
  const list: { name: string; size: number }[] = [];
  readZipEntries(bytes, (name, size) => {
    list.push({ name, size });
    return false;
  });
  return list;
}

/** The entries `wanted` picks, unpacked; throws ImportInputError on an unsafe archive. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string, size: number) => boolean): Map<string, Uint8Array> {
  let total = 0;
  let count = 0;
  const check = (file: UnzipFileInfo) => {
    count++;
    if (!isSafeEntryName(file.name)) throw new ImportInputError(`The zip holds an entry outside its own folder (“${file.name.slice(0, 100)}”): it was not opened.`);
    if (count > ZIP_LIMITS.entries) throw new ImportInputError(`The zip holds more than ${ZIP_LIMITS.entries.toLocaleString("en-US")} files.`);
    if (!wanted(file.name, file.originalSize)) return false;
    total += file.originalSize;
    if (file.originalSize > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes || (file.size > 0 && file.originalSize / file.size > ZIP_LIMITS.ratio && file.originalSize > 1024 * 1024)) {
      throw new ImportInputError("The zip unpacks to far more than its size (a “zip bomb”) or past the limit: it was not opened.");
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError("The zip file is damaged.");
  }
  return new Map(Object.entries(files));
}
