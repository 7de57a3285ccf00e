import type { IncomingMessage, ServerResponse } from "node:http";

export function inlineScriptHashes(html: string): string[];
export function hashCachedPagePolicy(req: IncomingMessage, res: ServerResponse, fallback: string, withHashes: (hashes: string[]) => string): void;
