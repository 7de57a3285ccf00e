import { afterEach, beforeEach, vi } from "vitest";
import { forgetEnv } from "@/lib/platform/env";

// lib/platform/env.ts reads the environment once; tests that set variables get a fresh read each.
beforeEach(() => forgetEnv());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
});
