// Each boundary rule (scripts/lint/boundaries.mjs) fails on a deliberate violation, lets the
// allowed form through, and the tree as committed passes them all.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// The project's own config, with only the boundary rules and without the type checker
// (the boundary rules read files themselves), so this stays a quick test.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith("boundaries/"),
});

/** The boundary rules `text` breaks when written at `file`, with their messages. */
async function problems(file: string, text: string) {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

// Loading the config (Next's presets) and reading the tree take a while on a busy machine.
describe("boundaries", { timeout: 300_000 }, () => {
  it("refuses a component that calls the database, and allows its types", async () => {
    expect(await problems("components/blog/post-meta.tsx", 'import { listPublicPosts } from "@/db/posts";\nexport const list = listPublicPosts;\n')).toEqual([
      expect.objectContaining({ rule: "boundaries/layers", message: expect.stringContaining("A component never calls the database (db/posts.ts)") }),
    ]);
    expect(await problems("components/blog/post-meta.tsx", 'import type { PostSummary } from "@/db/posts";\nexport type Summary = PostSummary;\n')).toEqual([]);
    expect(await problems("components/blog/post-meta.tsx", 'import { type PostSummary } from "../../db/posts";\nexport type Summary = PostSummary;\n')).toEqual([]);
  });

  it('refuses a "use client" module that imports server code, directly or through a module', async () => {
    const direct = await problems("components/blog/copy-link-button.tsx", '"use client";\nimport { getSiteSettings } from "@/lib/site/settings";\nexport const read = getSiteSettings;\n');
    expect(direct).toEqual([expect.objectContaining({ rule: "boundaries/client-server", message: expect.stringContaining("lib/site/settings.ts") })]);
    const through = await problems("components/blog/copy-link-button.tsx", '"use client";\nimport { countPosts } from "@/scripts/lint/fixtures/unmarked-bridge";\nexport const count = countPosts;\n');
    expect(through).toEqual([
      expect.objectContaining({ rule: "boundaries/client-server", message: expect.stringContaining("scripts/lint/fixtures/unmarked-bridge.ts → db/posts.ts") }),
    ]);
    const schema = await problems("components/blog/copy-link-button.tsx", '"use client";\nimport { posts } from "@/db/schema";\nexport const table = posts;\n');
    expect(schema.map((problem) => problem.rule)).toContain("boundaries/client-server");
    expect(await problems("components/blog/copy-link-button.tsx", '"use client";\nimport { formatDate } from "@/lib/dates/format";\nexport const format = formatDate;\n')).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    const text = 'import { partner } from "./cycle-partner";\nexport const start = 1;\nexport const both = partner + start;\n';
    expect(await problems("scripts/lint/fixtures/cycle-start.ts", text)).toEqual([
      expect.objectContaining({ rule: "boundaries/no-cycle", message: expect.stringContaining("scripts/lint/fixtures/cycle-start.ts → scripts/lint/fixtures/cycle-partner.ts → scripts/lint/fixtures/cycle-start.ts") }),
    ]);
    // A type-only import is gone at run time: no cycle.
    expect(await problems("scripts/lint/fixtures/cycle-start.ts", 'import type { partner } from "./cycle-partner";\nexport const start = 1;\nexport type Both = typeof partner;\n')).toEqual([]);
  });

  it("refuses a page that reaches past db/'s face to its tables or to drizzle", async () => {
    const found = await problems("app/(site)/blog/page.tsx", 'import { posts } from "@/db/schema";\nimport { eq } from "drizzle-orm";\nexport const where = eq(posts.id, 1);\n');
    expect(found).toEqual([
      expect.objectContaining({ rule: "boundaries/db-face", message: expect.stringContaining("db/schema.ts is db/'s inside") }),
      expect.objectContaining({ rule: "boundaries/db-face", message: expect.stringContaining("drizzle-orm is db/'s inside") }),
    ]);
    expect(await problems("app/(site)/blog/page.tsx", 'import { listPublicPosts } from "@/db/posts";\nimport type { posts } from "@/db/schema";\nexport const list = listPublicPosts;\nexport type Posts = typeof posts;\n')).toEqual([]);
  });

  it("keeps the direction app → components → lib → db", async () => {
    expect(await problems("lib/posts/slug.ts", 'import { PostList } from "@/components/blog/post-list";\nexport const list = PostList;\n')).toEqual([
      expect.objectContaining({ rule: "boundaries/layers", message: expect.stringContaining("never imports components/") }),
    ]);
    expect(await problems("components/blog/post-meta.tsx", 'import * as actions from "@/app/admin/(panel)/posts/actions";\nexport const all = actions;\n')).toEqual([
      expect.objectContaining({ rule: "boundaries/layers", message: expect.stringContaining("never imports from app/") }),
    ]);
    const dbUp = await problems("db/contains.ts", 'import "server-only";\nimport { getSiteSettings } from "@/lib/site/settings";\nimport { PostList } from "@/components/blog/post-list";\nexport const all = [getSiteSettings, PostList];\n');
    expect(dbUp).toEqual([
      expect.objectContaining({ rule: "boundaries/layers", message: expect.stringContaining("lib/site/settings.ts reaches back into db/") }),
      expect.objectContaining({ rule: "boundaries/layers", message: expect.stringContaining("db/ is the bottom layer") }),
    ]);
    // db/ may use lib's pure rules.
    expect(await problems("db/contains.ts", 'import "server-only";\nimport { slugify } from "@/lib/posts/slug";\nexport const slug = slugify;\n')).toEqual([]);
  });

  it('asks a module that uses server code for `import "server-only"`', async () => {
    expect(await problems("lib/posts/slug.ts", 'import fs from "node:fs";\nexport const read = fs.readFileSync;\n')).toEqual([
      expect.objectContaining({ rule: "boundaries/server-only-marker", message: expect.stringContaining("node:fs") }),
    ]);
    expect(await problems("lib/posts/slug.ts", 'import "server-only";\nimport fs from "node:fs";\nexport const read = fs.readFileSync;\n')).toEqual([]);
  });

  it("passes on the tree as committed", async () => {
    const results = await eslint.lintFiles(["."]);
    const found = results.flatMap((result) => result.messages.map((message) => `${path.relative(root, result.filePath)}: ${message.ruleId}: ${message.message}`));
    expect(found).toEqual([]);
  });
});
