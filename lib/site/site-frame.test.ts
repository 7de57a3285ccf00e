import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProfile, emptyProfile, findPublicProfileBySlug } from "@/db/profiles";
import { seedDemoContent } from "@/db/seed/demo-content";
import { useTempDatabase } from "@/db/temp-database";
import { deleteProfileTranslation } from "@/db/translations/profile-translations";
import { loadSiteFrame } from "./site-frame";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  seedDemoContent(new Date());
});
afterEach(() => temp.remove());

describe("the header's link to the firm's lawyers", () => {
  it("leads the Spanish site to the one lawyer's Spanish page, and offers none where the firm wrote no Spanish bio", () => {
    expect(loadSiteFrame("en").attorneys).toEqual({ href: "/attorneys/jordan-avery", label: "Attorney" });
    expect(loadSiteFrame("es").attorneys).toEqual({ href: "/es/attorneys/jordan-avery", label: "Abogado" });
    deleteProfileTranslation(findPublicProfileBySlug("jordan-avery")!.id, "es");
    expect(loadSiteFrame("es").attorneys).toBeUndefined();
  });

  it("leads to each language's About page (the Spanish one at its own slug), which lists them, when there are several", () => {
    createProfile(emptyProfile("Riley Moss", { bio: "Riley handles DUI cases.", listed: true }));
    expect(loadSiteFrame("en").attorneys).toEqual({ href: "/about", label: "Attorneys" });
    expect(loadSiteFrame("es").attorneys).toEqual({ href: "/es/quienes-somos", label: "Abogados" });
    expect(loadSiteFrame("es").aboutHref).toBe("/es/quienes-somos");
  });
});
