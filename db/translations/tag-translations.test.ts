import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "../client";
import { findPublicPostBySlug } from "../posts";
import { postTranslations } from "../schema";
import { seedDemoContent } from "../seed/demo-content";
import { findPublicTag, listAdminTags } from "../tags";
import { useTempDatabase } from "../temp-database";
import { findPublicTranslatedTag, listPublicTranslatedTags, setTagTranslation, tagTranslationNames, translatedTagsOf } from "./tag-translations";
import { findPublicTranslation, listPublicTranslations } from "./translations";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  seedDemoContent(new Date());
});
afterEach(() => temp.remove());

const tagId = (slug: string) => listAdminTags().find((tag) => tag.slug === slug)!.id;

describe("tags on the Spanish site", () => {
  it("counts and lists only a tag's posts that have a public Spanish version", () => {
    // "Court" has several English posts, one of them (the victim's) in Spanish.
    expect(findPublicTag("court")!.postCount).toBeGreaterThan(1);
    const court = findPublicTranslatedTag("es", "court")!;
    expect(court).toMatchObject({ name: "Corte", nameLang: "es", postCount: 1 });
    expect(listPublicTranslations("es", { limit: 10, tagId: court.id }).map((post) => post.slug)).toEqual(["puede-la-victima-retirar-la-acusacion"]);
  });

  it("has no Spanish page for a tag none of whose posts is in Spanish, or whose Spanish posts are drafts", () => {
    expect(findPublicTag("dui")).toBeDefined();
    expect(findPublicTranslatedTag("es", "dui")).toBeUndefined();
    expect(listPublicTranslatedTags("es").map((tag) => tag.slug)).toEqual(["arrests", "bond", "court", "victims-rights", "your-rights"]);

    db().update(postTranslations).set({ status: "draft" }).where(eq(postTranslations.slug, "puede-la-victima-retirar-la-acusacion")).run();
    expect(findPublicTranslatedTag("es", "court")).toBeUndefined();
    expect(findPublicTranslatedTag("es", "victims-rights")).toBeUndefined();
  });

  it("shows a tag's own name, said to be English, when it has no Spanish name", () => {
    expect(setTagTranslation(tagId("bond"), "es", "")).toBe(true);
    expect(findPublicTranslatedTag("es", "bond")).toMatchObject({ name: "Bond", nameLang: "en" });
    expect(tagTranslationNames("es").has(tagId("bond"))).toBe(false);
    expect(setTagTranslation(tagId("bond"), "es", "Fianzas")).toBe(true);
    expect(tagTranslationNames("es").get(tagId("bond"))).toBe("Fianzas");
    expect(setTagTranslation(999_999, "es", "Nada")).toBe(false);
  });

  it("names a Spanish post's topics in Spanish, in the writer's order", () => {
    const bond = findPublicPostBySlug("how-does-bond-work")!;
    expect(translatedTagsOf(bond.id, "es")).toEqual([
      { slug: "bond", name: "Fianza", nameLang: "es" },
      { slug: "arrests", name: "Arrestos", nameLang: "es" },
    ]);
    setTagTranslation(tagId("arrests"), "es", "");
    expect(findPublicTranslation("es", "como-funciona-la-fianza", "post")?.tags).toEqual([
      { slug: "bond", name: "Fianza", nameLang: "es" },
      { slug: "arrests", name: "Arrests", nameLang: "en" },
    ]);
  });
});
