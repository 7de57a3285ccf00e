// How search marks its matches inside a title or snippet (db/search.ts writes them,
// components/blog/marked-text.tsx shows them): two control characters that never occur in
// indexed text (lib/posts/html-text.ts removes them). Plain: no server imports.
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";
