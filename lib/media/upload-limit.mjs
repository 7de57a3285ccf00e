// The largest image the admin may upload (a cover, an image in a post, a lawyer's photo, the
// logo): one number and one message for the upload route, the form fields that take a file,
// the editor's hints and the request layer's route facts (lib/http/routes.mjs), which the server
// loads in plain Node before Next, hence plain JavaScript with types beside it.

const MB = 1024 * 1024;

/** The limit in megabytes, as the hints and the message say it. */
export const MAX_UPLOAD_MB = 5;

/** The most bytes an uploaded image may have. */
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * MB;

/**
 * The most a request carrying one upload may be: the image and the multipart envelope around
 * it (boundaries, the field's headers), which a few kilobytes hold; 64 KB is ample.
 */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** "5 MB", for hints ("JPEG, PNG or WebP, up to 5 MB"). */
export const UPLOAD_LIMIT_TEXT = `${MAX_UPLOAD_MB} MB`;

/** What a person is told when an image is over the limit. */
export const UPLOAD_TOO_LARGE_MESSAGE = `The image is larger than ${UPLOAD_LIMIT_TEXT}.`;
