import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { publicSlugs } from "./database";

// The HTML of every kind of public page, checked by the Nu HTML Checker (the W3C's
// validator, from the vnu-jar package, on the machine's Java), as served.
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

type Message = { type: string; url: string; message: string; extract?: string; lastLine?: number };

// React 19 writes action="" on a <form> whose action is a server action (the /contact form),
// so that without JavaScript it posts back to its own address; HTML wants a non-empty
// value there. It is React's markup, it works in every browser, and nothing else is let off.
const REACT_SERVER_ACTION_FORM = "Bad value “” for attribute “action” on element “form”: Must be non-empty.";

test("every public page is valid HTML", async ({ request }) => {
  test.setTimeout(60_000);
  const [slug] = publicSlugs();
  const pages = [
    "/",
    "/blog",
    "/blog/page/2",
    `/blog/${slug}`,
    "/blog/tag/court",
    "/search",
    "/search?q=bond",
    "/search?q=zzzzqqq",
    "/contact",
    "/blog/no-such-post",
    "/blog/page/999",
    "/no/such/page",
    // The Spanish site (issue 24).
    "/es",
    "/es/blog",
    "/es/blog/como-funciona-la-fianza",
    "/es/blog/tag/bond",
    "/es/attorneys/jordan-avery",
    "/es/privacidad",
    "/es/search?q=acusacion",
    "/es/contact",
    "/es/contact/sent?ref=ABC-DEFG",
    "/es/no/such/page",
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-html-"));
  const files = new Map<string, string>();
  for (const [i, page] of pages.entries()) {
    const response = await request.get(page);
    expect([200, 404], page).toContain(response.status());
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(`file:${file}`, page);
  }
  const { stdout, stderr } = await promisify(execFile)("java", ["-jar", vnuJar, "--errors-only", "--format", "json", "--exit-zero-always", ...[...files.keys()].map((f) => f.slice(5))], {
    maxBuffer: 20 * 1024 * 1024,
  });
  const messages = (JSON.parse(stderr || stdout) as { messages: Message[] }).messages;
  const errors = messages
    .filter((m) => m.type === "error" && m.message !== REACT_SERVER_ACTION_FORM)
    .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine}: ${m.message} [${m.extract?.trim()}]`);
  expect(errors).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
