import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{db,lib,scripts}/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
    // Node by default; a component's test asks for a DOM with `// @vitest-environment happy-dom`.
    environment: "node",
    // Each file gets its own temporary database; files run in separate workers.
    pool: "forks",
  },
});
