import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "../client";
import { findPublicPostBySlug, listPublicPosts } from "../posts";
import { posts } from "../schema";
import { seedDemoContent } from "../seed/demo-content";
import { useTempDatabase } from "../temp-database";
import { loadTranslation, saveTranslation, translationStates } from "./translation-admin";
import { searchPublicTranslations } from "./translation-search";
import { countPublicTranslations, findPublicTranslation, listPublicTranslations, publicTranslationSlug } from "./translations";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  seedDemoContent(new Date());
});
afterEach(() => temp.remove());

const idOf = (slug: string) => findPublicPostBySlug(slug)!.id;

describe("the Spanish blog", () => {
  it("lists only the posts the firm wrote in Spanish, at their own slugs", () => {
    const spanish = listPublicTranslations("es", { limit: 50 });
    expect(spanish.map((post) => post.slug).sort()).toEqual(["como-funciona-la-fianza", "debo-hablar-con-la-policia", "puede-la-victima-retirar-la-acusacion"]);
    expect(countPublicTranslations("es")).toBe(3);
    expect(listPublicPosts({ limit: 50 }).length).toBeGreaterThan(3);
    expect(findPublicTranslation("es", "como-funciona-la-fianza", "post")?.originalSlug).toBe("how-does-bond-work");
    // A page's translation is not a blog post.
    expect(findPublicTranslation("es", "privacidad", "post")).toBeUndefined();
    expect(findPublicTranslation("es", "privacidad", "page")?.title).toBe("Política de privacidad");
  });

  it("hides a translation whose original is not public, and a draft translation", () => {
    const id = idOf("how-does-bond-work");
    db().update(posts).set({ status: "draft" }).where(eq(posts.id, id)).run();
    expect(findPublicTranslation("es", "como-funciona-la-fianza", "post")).toBeUndefined();
    expect(publicTranslationSlug(id, "es")).toBeUndefined();

    const police = idOf("should-i-talk-to-the-police");
    const draft = loadTranslation(police, "es")!;
    saveTranslation(police, "es", { ...draft, status: "draft" });
    expect(listPublicTranslations("es", { limit: 50 }).map((post) => post.slug)).toEqual(["puede-la-victima-retirar-la-acusacion"]);
  });

  it("marks a translation as needing an update when the English content changed after it", () => {
    const id = idOf("how-does-bond-work");
    expect(translationStates("es").get(id)).toMatchObject({ status: "published", needsUpdate: false });
    db().update(posts).set({ contentUpdatedAt: new Date(Date.now() + 60_000) }).where(eq(posts.id, id)).run();
    expect(translationStates("es").get(id)?.needsUpdate).toBe(true);
    expect(translationStates("es").has(idOf("what-to-do-right-after-an-arrest"))).toBe(false);
  });
});

describe("Spanish search", () => {
  it("finds “acusación” with or without the accent", () => {
    for (const query of ["acusación", "acusacion", "ACUSACIÓN"]) {
      expect(searchPublicTranslations("es", query, { limit: 10 }).results.map((r) => r.slug), query).toContain("puede-la-victima-retirar-la-acusacion");
    }
  });
  it("does not stem Spanish with the English stemmer, and finds nothing English", () => {
    expect(searchPublicTranslations("es", "fianza", { limit: 10 }).results.map((r) => r.slug)).toContain("como-funciona-la-fianza");
    // Porter would cut "cortes" and "corte" to "cort" and match "fecha de corte"; Spanish words stay whole.
    expect(searchPublicTranslations("es", "cortes", { limit: 10 }).total).toBe(0);
    expect(searchPublicTranslations("es", "corte", { limit: 10 }).total).toBeGreaterThan(0);
    expect(searchPublicTranslations("es", "arraignment", { limit: 10 }).total).toBe(0);
  });
});
