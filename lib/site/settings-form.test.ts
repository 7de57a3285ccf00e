import { expect, it } from "vitest";
import { parseSettingsForm, settingsMaxLengths, settingsValues } from "./settings-form";
import { defaultSettings } from "./settings-schema";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

it("gives the form the schema's limits", () => {
  expect(settingsMaxLengths()).toMatchObject({ firmName: 120, tagline: 200, email: 254, address: 400, timeZone: 60, siteDisclaimer: 2000 });
  // 20 practice areas of up to 80 characters, one per line.
  expect(settingsMaxLengths().practiceAreas).toBe(20 * 81 - 1);
});

it("reads practice areas one per line and keeps what was typed", () => {
  const result = parseSettingsForm(form({ ...settingsValues(defaultSettings), practiceAreas: " DUI \r\n\r\nDrug charges\n" }));
  expect(result.ok && result.settings.practiceAreas).toEqual(["DUI", "Drug charges"]);
});

it("refuses the whole form with the first message per field", () => {
  const result = parseSettingsForm(form({ ...settingsValues(defaultSettings), firmName: " ", timeZone: "Not/AZone" }));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.state.errors).toEqual({ firmName: expect.any(String), timeZone: "Choose a time zone from the list." });
  expect(result.state.values?.timeZone).toBe("Not/AZone");
  expect(result.state.message).toMatch(/^Nothing was saved/);
});

it("reads the legal words list a line each, and names the line that is not “phrase = plain words”", () => {
  // 400 lines of a 60-character phrase, " = " and 120 characters of plain words.
  expect(settingsMaxLengths().legalese).toBe(400 * (183 + 1) - 1);
  const ok = parseSettingsForm(form({ ...settingsValues(defaultSettings), legalese: "prior to = before\n\n in lieu of =  instead of \n" }));
  expect(ok.ok && ok.settings.legalese).toEqual(["prior to = before", "in lieu of =  instead of"]);
  const bad = parseSettingsForm(form({ ...settingsValues(defaultSettings), legalese: "prior to = before\npursuant to\n" }));
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.state.errors).toEqual({ legalese: "Line 2: write it as “legal phrase = plain words”." });
  expect(settingsValues(defaultSettings).legalese.split("\n")).toHaveLength(defaultSettings.legalese.length);
});
