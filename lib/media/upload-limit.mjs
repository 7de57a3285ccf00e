// The largest image anyone may upload (covers, body images, photos, the logo), for the
// app and for the Node server's body limit (lib/http/routes.mjs). Plain ESM: the server loads it before Next.
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_TOO_LARGE = "The image is larger than 5 MB.";
