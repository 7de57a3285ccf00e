// The largest export the Import screen takes (a 200 MB WordPress export is a big firm's
// decade of posts): one number for the reader (lib/import/read-source.ts), the screen's
// hint and message, the upload route and the request layer's route facts
// (lib/http/routes.mjs), which the server loads in plain Node before Next, hence plain
// JavaScript with types beside it (as lib/media/upload-limit.mjs).

const MB = 1024 * 1024;

/** The limit in megabytes, as the screen says it. */
export const MAX_IMPORT_MB = 300;

/** The most bytes an export file may have. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * MB;

/** The most a request carrying one export may be: the file, the form's other fields and the multipart envelope. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
