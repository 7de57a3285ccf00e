import { expect, it } from "vitest";
import { intakeSettingsMaxLengths, parseIntakeSettingsForm } from "./intake-settings-form";
import { defaultIntakeSettings } from "@/lib/site/settings-schema";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}
const now = new Date("2026-12-01T09:30:00Z");
const same = { intakeCounties: "Jefferson\r\n Shelby \n\nJefferson", intakeMatterTypes: "DUI\nAssault\n Juvenile court \nDUI", intakeConsentText: defaultIntakeSettings.intakeConsentText, inquiryRetentionMonths: "12" };

it("keeps the notice's version while its text stays, and starts a new one when it changes", () => {
  const kept = parseIntakeSettingsForm(form(same), defaultIntakeSettings, now);
  expect(kept).toEqual({
    ok: true,
    settings: { ...defaultIntakeSettings, intakeCounties: ["Jefferson", "Shelby"], intakeMatterTypes: ["DUI", "Assault", "Juvenile court"], inquiryRetentionMonths: 12, intakeAcknowledgement: false },
  });
  const changed = parseIntakeSettingsForm(form({ ...same, intakeConsentText: "New words.", intakeAcknowledgement: "yes" }), defaultIntakeSettings, now);
  expect(changed.ok && changed.settings).toMatchObject({ intakeConsentText: "New words.", intakeConsentVersion: "2026-12-01 09:30", intakeAcknowledgement: true });
});

it("refuses an empty notice, no counties, no types of matter or a bad number of months, saying which", () => {
  const result = parseIntakeSettingsForm(form({ intakeCounties: " \n", intakeMatterTypes: "", intakeConsentText: " ", inquiryRetentionMonths: "-3" }), defaultIntakeSettings, now);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.state.errors).toEqual({ inquiryRetentionMonths: expect.any(String), intakeConsentText: expect.any(String), intakeCounties: expect.any(String), intakeMatterTypes: "List at least one type of matter." });
  expect(result.state.values?.inquiryRetentionMonths).toBe("-3");
});

it("gives the form the schema's limits: the notice's, 300 counties and 40 types of matter of up to 60 characters", () => {
  expect(intakeSettingsMaxLengths()).toEqual({ intakeConsentText: 2000, intakeCounties: 300 * 61 - 1, intakeMatterTypes: 40 * 61 - 1 });
});
