import type { IncomingMessage, ServerResponse } from "node:http";

export function mayBeOldAddress(url: string): boolean;
export function redirectOldAddress(req: IncomingMessage, res: ServerResponse, findTarget: (url: string) => string | undefined): boolean;
