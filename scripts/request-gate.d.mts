import type { IncomingMessage, ServerResponse } from "node:http";

export function bodyLimit(pathname: string): number;
export function refuseBadRequest(req: IncomingMessage, res: ServerResponse, options: { trustProxy: boolean; siteOrigin: string }): boolean;
export function isPagePost(req: IncomingMessage): boolean;
export function admitPagePost(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null>;
