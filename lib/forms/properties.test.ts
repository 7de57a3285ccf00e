// Property-based tests (fast-check): generated input, hundreds of cases each, against the
// rules that take what the outside world sends. None may throw, store half a record, or
// let markup outside the allowlist through.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { issueFormToken } from "@/lib/inquiries/form-token";
import { HONEYPOT_FIELD } from "@/lib/inquiries/inquiry-form";
import { saveFromEditor } from "@/lib/posts/post-save";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { legaleseMatcher, parseLegalese, parseLegaleseLine, replacementFor } from "@/lib/writing/legalese";

let temp: ReturnType<typeof useTempDatabase>;
let userId: number;
beforeAll(() => {
  process.env.NOTIFY_EMAIL = "intake@firm.test";
  process.env.INQUIRY_RATE_LIMIT = "off";
  temp = useTempDatabase();
  userId = createUser({ email: "owner@example.com", name: "Olive Owner", role: "owner" }).id;
});
afterAll(() => temp.remove());

const count = (table: string) => temp.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;

// Strings people and attackers type: any Unicode, markup, control characters, long runs.
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "\u0000", "\r\n", "'; drop table inquiries; --", "2026-02-30", "9999-12-31", "a".repeat(5000)),
);

const INTAKE_FIELDS = ["name", "email", "phone", "contactMethod", "contactTime", "aboutWhom", "personCharged", "matterType", "county", "courtDate", "custodyStatus", "charges", "otherParties", "message", "heardFrom", "consent"];

describe("the intake form", () => {
  it("never throws, and either stores one whole inquiry with its mail or stores nothing", async () => {
    const now = new Date("2026-11-28T18:00:00Z");
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...INTAKE_FIELDS, HONEYPOT_FIELD, "token", "extra", "$ACTION_ID_x"), nasty, { maxKeys: 18 }),
        fc.constantFrom("valid", "too-fast", "forged", "none"),
        fc.boolean(),
        async (values, token, asFile) => {
          const form = new FormData();
          for (const [key, value] of Object.entries(values)) {
            if (asFile && key === "message") form.append(key, new File([value], "x.txt"));
            else form.append(key, value);
          }
          if (token === "valid") form.set("token", issueFormToken(now.getTime() - 60_000));
          if (token === "too-fast") form.set("token", issueFormToken(now.getTime()));
          if (token === "forged") form.set("token", `${now.getTime()}.abc.def`);
          if (token === "none") form.delete("token");
          const before = { inquiries: count("inquiries"), outbox: count("outbox") };
          const outcome = await submitInquiry(form, { address: "203.0.113.9", now });
          const after = { inquiries: count("inquiries"), outbox: count("outbox") };
          if (outcome.kind === "stored" && outcome.created) {
            expect(after).toEqual({ inquiries: before.inquiries + 1, outbox: before.outbox + 1 });
          } else {
            expect(after).toEqual(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the editor's save request", () => {
  const fieldsArbitrary = fc.record(
    {
      title: fc.oneof(nasty, fc.constant("A title")),
      slug: fc.oneof(nasty, fc.constantFrom("", "a-slug", "page", "tag", "UPPER", "a--b")),
      excerpt: nasty,
      bodyHtml: fc.oneof(nasty, fc.constant("<p>Words.</p>")),
      tags: fc.oneof(nasty, fc.constant("bail, dui")),
      coverMediaId: fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string()),
      coverAlt: nasty,
      seoTitle: nasty,
      seoDescription: nasty,
      useDefaultDisclaimer: fc.oneof(fc.boolean(), fc.string()),
      disclaimer: nasty,
    },
    { requiredKeys: [] },
  );

  it("never throws on any request, and stores a post only when every field holds", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ revision: fc.oneof(fc.nat(), fc.integer(), fc.string()), intent: fc.constantFrom("save", "update", "discard", "publish", "schedule", "unpublish", "submit", "delete"), autoSlug: fc.option(fc.boolean(), { nil: undefined }), publishAt: fc.option(nasty, { nil: undefined }), fields: fc.oneof(fieldsArbitrary, fc.anything()) }),
          fc.anything(),
        ),
        (request) => {
          const before = count("posts");
          const outcome = saveFromEditor({ id: userId, role: "owner", publishesDirectly: false }, null, request);
          expect([200, 400, 404, 409]).toContain(outcome.status);
          expect(count("posts")).toBe(outcome.status === 200 ? before + 1 : before);
          if (outcome.body.ok) {
            const row = temp.db.$client.prepare("select title, slug, body_html from posts where id = ?").get(outcome.body.post.id) as { title: string; slug: string; body_html: string };
            expect(row.title.length).toBeGreaterThan(0);
            expect(row.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            expect(sanitizePostHtml(row.body_html)).toBe(row.body_html);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the sanitizer", () => {
  const ALLOWED = new Set(["p", "h2", "h3", "strong", "em", "a", "ul", "ol", "li", "blockquote", "br", "figure", "img", "figcaption"]);
  // Each allowed tag's attributes (the figure's class and the image's attributes are checked below).
  const ATTRIBUTES: Record<string, string[]> = { a: ["href", "rel", "target"], img: ["src", "alt", "width", "height"], figure: ["class"] };
  const tag = fc.constantFrom("p", "a", "script", "img", "figure", "figcaption", "picture", "source", "svg", "iframe", "style", "math", "object", "embed", "form", "input", "b", "i", "h1", "h4", "div", "span", "textarea", "template", "noscript", "title", "base", "meta", "link", "x-y", "A", "SCRIPT");
  const attribute = fc.tuple(
    fc.constantFrom("href", "src", "srcset", "alt", "width", "height", "onerror", "onload", "onclick", "style", "class", "id", "target", "rel", "srcdoc", "formaction", "xlink:href", "data-x", "HREF", "OnError"),
    fc.oneof(nasty, fc.constantFrom("/media/0123456789abcdef0123456789abcdef.jpg", "/media/../site.db", "image-wide", "image-small evil", "1200", "12px", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example", "https://ok.example", "mailto:a@b.c", "_blank")),
  );
  const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      nasty,
      fc.tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.array(tie("node"), { maxLength: 3 }), fc.boolean()).map(
        ([name, attributes, children, closed]) =>
          `<${name}${attributes.map(([key, value]) => ` ${key}="${value.replace(/"/g, "&quot;")}"`).join("")}>${children.join("")}${closed ? `</${name}>` : ""}`,
      ),
    ),
  })).node as fc.Arbitrary<string>;

  it("never throws, emits only allowed tags and attributes, no script URL, and is stable", () => {
    fc.assert(
      fc.property(fc.oneof(element, fc.array(element, { maxLength: 5 }).map((parts) => parts.join(""))), (html) => {
        const clean = sanitizePostHtml(html);
        for (const [, name, rest] of clean.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
          expect(ALLOWED, clean).toContain(name!.toLowerCase());
          for (const [, key, value] of rest!.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
            expect(ATTRIBUTES[name!]?.includes(key!), `${key} on ${name}: ${clean}`).toBe(true);
            if (key === "src") expect(value, clean).toMatch(/^\/media\/[a-f0-9]{32}\.(jpg|png|webp)$/);
            if (key === "class") expect(["image-small", "image-medium", "image-wide"], clean).toContain(value);
            if (key === "width" || key === "height") expect(value, clean).toMatch(/^\d{1,5}$/);
            if (key !== "href") continue;
            // What a browser would read as the scheme: entities decoded, whitespace and controls dropped.
            const url = value!.replace(/&amp;/g, "&").replace(/&#x?[0-9a-f]+;?/gi, "?").replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
            const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
            if (scheme) expect(["http", "https", "mailto", "tel"], clean).toContain(scheme);
            expect(url.startsWith("//"), clean).toBe(false);
          }
        }
        expect(clean).not.toMatch(/<(script|style|iframe|svg|object|embed|picture|source)\b/i);
        // An image only inside the body's own markup, with an upload to show.
        for (const [img] of clean.matchAll(/<img\b[^>]*>/g)) expect(img, clean).toMatch(/ src="\/media\//);
        expect(sanitizePostHtml(clean)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the legal words list (a setting the owner types, turned into a pattern)", () => {
  // Phrases with the characters a pattern would read as its own: the list must be read as plain words.
  const phrase = fc.oneof(nasty, fc.constantFrom("prior to", "the State", "(a)", "a.k.a.", "[sic]", "*", "$1", "\\d+", "|", "^", "a|b", "é", "İ", "ß", "straße"));
  const line = fc.oneof(nasty, fc.tuple(phrase, nasty).map(([p, r]) => `${p} = ${r}`), fc.tuple(phrase, phrase).map(([p, r]) => `${p}=${r}`));

  it("never throws; an entry is trimmed words; each match is the text at its place, in order and apart", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(fc.oneof(nasty, phrase), { maxLength: 6 }), (lines, parts) => {
        for (const l of lines) {
          const entry = parseLegaleseLine(l);
          if (!entry) continue;
          expect(entry.phrase).toBe(entry.phrase.trim());
          expect(entry.replacement.length).toBeGreaterThan(0);
          expect(entry.phrase).not.toMatch(/\s{2}|[\r\n]/);
        }
        const entries = parseLegalese(lines);
        const text = parts.join(" ");
        let reached = 0;
        for (const m of legaleseMatcher(entries).find(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(reached);
          reached = m.end;
          expect(entries.some((e) => e.phrase === m.phrase && e.replacement === m.replacement)).toBe(true);
          expect(replacementFor(m)).not.toBe("");
        }
      }),
      { numRuns: 500 },
    );
  });
});
