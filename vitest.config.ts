import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run server modules directly; the marker only guards client bundles.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{db,lib,scripts}/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
    // Node by default; a component's test asks for a DOM with `// @vitest-environment happy-dom`.
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    // Each file gets its own temporary database; files run in separate workers.
    pool: "forks",
    // A fixed secret, so no test writes an auth-secret file beside its database.
    env: { AUTH_SECRET: "unit tests: a fixed secret of enough length" },
  },
});
