import { expect, it } from "vitest";
import { isTimeZone, TIME_ZONES, timeZoneLabel } from "./time-zones";

it("offers only zones this runtime knows, each once", () => {
  for (const { zone } of TIME_ZONES) expect(isTimeZone(zone), zone).toBe(true);
  expect(new Set(TIME_ZONES.map((z) => z.zone)).size).toBe(TIME_ZONES.length);
});

it("labels zones the way people say them", () => {
  expect(timeZoneLabel("America/Chicago")).toBe("Central — Chicago");
  expect(timeZoneLabel("Europe/Paris")).toBe("Europe/Paris");
});
