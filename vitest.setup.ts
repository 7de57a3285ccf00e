import { afterEach, beforeEach, vi } from "vitest";
import { forgetEnv } from "@/lib/env";

// lib/env.ts reads the environment once; tests that set variables get a fresh read each.
beforeEach(() => forgetEnv());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
});
