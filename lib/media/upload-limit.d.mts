export const MAX_UPLOAD_BYTES: number;
export const UPLOAD_TOO_LARGE: string;
