import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import boundaries from "./scripts/lint/boundaries.mjs";

// Test helpers beside what they serve: lib/import/fake-old-site.ts is the old site on loopback
// that the import's tests, its journey and its benchmark fetch from (plain Node in Playwright).
const TESTS = ["**/*.test.{ts,tsx}", "db/temp-database.ts", "db/inquiries/inquiry-fixtures.ts", "lib/import/fake-old-site.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Rules that need the type checker: a promise nobody awaits loses its error, and a
    // promise passed where a plain callback is expected runs unchecked.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // An update or delete without a where clause changes every row: never by accident.
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "q"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "q"] }],
    },
  },
  {
    // The boundaries (CONTRIBUTING.md, "Boundaries"): every file, scripts and journeys included,
    // is free of cycles, and no "use client" module reaches server code.
    plugins: { boundaries },
    rules: { "boundaries/no-cycle": "error", "boundaries/client-server": "error" },
  },
  {
    // The direction app → components → lib → db, and db/'s face. Tests, scripts and journeys
    // set up databases themselves, so they may reach anything.
    files: ["app/**", "components/**", "lib/**", "db/**", "*.ts"],
    ignores: TESTS,
    rules: { "boundaries/layers": "error", "boundaries/db-face": "error" },
  },
  {
    // db/schema.ts is read by drizzle-kit in plain Node, where the marker throws; the
    // client-server rule keeps browsers away from it instead.
    files: ["lib/**", "db/**"],
    // The request layer's modules (lib/http/*.mjs and what they import) run in plain Node
    // before Next, where the marker throws too; scripts/server.mjs is their only importer.
    ignores: [...TESTS, "db/schema.ts", "lib/**/*.mjs"],
    rules: { "boundaries/server-only-marker": "error" },
  },
  // Playwright's fixtures call their argument `use`; it is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**", "bench/**"]),
]);
