import type { IncomingMessage, ServerResponse } from "node:http";

export function pathOf(url: string): string;
export function refuseBadRequest(req: IncomingMessage, res: ServerResponse, options: { trustProxy: boolean; siteOrigin: string }): boolean;
export function admitPost(req: IncomingMessage, res: ServerResponse, options: { isSignedIn: (req: IncomingMessage) => Promise<boolean> }): Promise<IncomingMessage | null>;
