import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{db,lib,scripts}/**/*.test.ts"],
    environment: "node",
    // Each file gets its own temporary database; files run in separate workers.
    pool: "forks",
  },
});
