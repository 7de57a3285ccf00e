import { afterEach, beforeEach, expect, it } from "vitest";
import { writeSettingValues } from "@/db/settings";
import { useTempDatabase } from "@/db/temp-database";
import { getSiteSettings, postDisclaimer } from "./settings";
import { defaultSettings } from "./settings-schema";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("uses the defaults when nothing is stored", () => {
  expect(getSiteSettings()).toEqual(defaultSettings);
});

it("takes stored values and falls back for one that does not validate", () => {
  writeSettingValues({ firmName: "Smith Defense", timeZone: "Mars/Olympus", practiceAreas: ["DUI"] });
  const site = getSiteSettings();
  expect(site.firmName).toBe("Smith Defense");
  expect(site.practiceAreas).toEqual(["DUI"]);
  expect(site.timeZone).toBe("America/Chicago");
});

it("fills the state into the default post disclaimer unless the post has its own", () => {
  const site = { ...defaultSettings, state: "Georgia" };
  expect(postDisclaimer(null, site)).toContain("reviewed for Georgia law only");
  expect(postDisclaimer("  ", site)).toContain("Georgia");
  expect(postDisclaimer("Our own words.", site)).toBe("Our own words.");
});

it("keeps the parsed settings until one is written, then reads them again", () => {
  writeSettingValues({ firmName: "First Name" });
  const first = getSiteSettings();
  expect(getSiteSettings()).toBe(first);
  writeSettingValues({ firmName: "Second Name" });
  expect(getSiteSettings().firmName).toBe("Second Name");
});
