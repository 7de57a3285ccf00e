export const MAX_UPLOAD_MB: number;
export const MAX_UPLOAD_BYTES: number;
export const MAX_UPLOAD_REQUEST_BYTES: number;
export const UPLOAD_LIMIT_TEXT: string;
export const UPLOAD_TOO_LARGE_MESSAGE: string;
