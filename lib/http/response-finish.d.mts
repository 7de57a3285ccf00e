import type { IncomingMessage, ServerResponse } from "node:http";

export function frameworkScriptHashes(html: string): { hashes: string[]; others: number };
export function finishResponse(
  req: IncomingMessage,
  res: ServerResponse,
  policy: { fallback: string; withHashes: (hashes: string[]) => string; onOtherScripts: (path: string, count: number) => void },
  overrides?: Record<string, string>,
): void;
