// A post as the writing checks read it: its text blocks in order, its links and images.
// The editor builds one from Tiptap's document (offsets are then document positions, for
// highlights); the server from saved HTML (html-document.ts), for the scores in lists.

export type DocBlock = {
  kind: "paragraph" | "heading" | "list-item" | "quote" | "caption";
  /** A heading's level (2, 3…); 0 for other blocks. */
  level: number;
  text: string;
};

export type DocLink = { href: string; text: string; block: number; start: number; end: number };
export type DocImage = { alt: string; block: number };

export type PostDocument = { blocks: DocBlock[]; links: DocLink[]; images: DocImage[] };

export const EMPTY_DOCUMENT: PostDocument = { blocks: [], links: [], images: [] };
