export const MAX_IMPORT_MB: number;
export const MAX_IMPORT_BYTES: number;
export const MAX_IMPORT_REQUEST_BYTES: number;
