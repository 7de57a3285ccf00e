import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { siteBusy, trackRequest, workInsideRequest } from "@/lib/http/request-activity.mjs";
import { giveWayToVisitors } from "./import-pace";

describe("an import gives way to visitors", () => {
  it("waits while a request is answered, and goes on once the site is quiet", async () => {
    const res = new EventEmitter() as unknown as ServerResponse;
    trackRequest(res);
    expect(siteBusy(25)).toBe(true);
    setTimeout(() => res.emit("close"), 150);
    const t0 = performance.now();
    await giveWayToVisitors(5000);
    // The request ended at 150 ms, then 25 quiet ms.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(170);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(siteBusy(25)).toBe(false);
  });

  it("waits at most its limit on a site that never pauses", async () => {
    const res = new EventEmitter() as unknown as ServerResponse;
    trackRequest(res);
    const t0 = performance.now();
    await giveWayToVisitors(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    expect(performance.now() - t0).toBeLessThan(1000);
    res.emit("close");
  });

  it("does not wait for the request it runs inside (an upload's dry run)", async () => {
    const res = new EventEmitter() as unknown as ServerResponse;
    trackRequest(res);
    const ended = workInsideRequest();
    expect(siteBusy(0)).toBe(false);
    const visitor = new EventEmitter() as unknown as ServerResponse;
    trackRequest(visitor);
    expect(siteBusy(0)).toBe(true);
    visitor.emit("close");
    ended();
    res.emit("close");
  });
});
