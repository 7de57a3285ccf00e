import type { ServerResponse } from "node:http";

export function trackRequest(res: ServerResponse): void;
export function siteBusy(quietMs: number): boolean;
export function workInsideRequest(): () => void;
