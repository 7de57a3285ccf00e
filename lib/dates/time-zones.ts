// The time zones the settings offer, labelled the way people say them. The browser
// imports this too. Stored as IANA names; a stored zone not in this list still works
// (the form then offers it as it is).

export const TIME_ZONES: readonly { zone: string; label: string }[] = [
  { zone: "America/New_York", label: "Eastern — New York" },
  { zone: "America/Detroit", label: "Eastern — Detroit" },
  { zone: "America/Indiana/Indianapolis", label: "Eastern — Indianapolis" },
  { zone: "America/Kentucky/Louisville", label: "Eastern — Louisville" },
  { zone: "America/Chicago", label: "Central — Chicago" },
  { zone: "America/Indiana/Knox", label: "Central — Knox, Indiana" },
  { zone: "America/Menominee", label: "Central — Menominee, Michigan" },
  { zone: "America/North_Dakota/Center", label: "Central — North Dakota" },
  { zone: "America/Denver", label: "Mountain — Denver" },
  { zone: "America/Boise", label: "Mountain — Boise" },
  { zone: "America/Phoenix", label: "Mountain, no daylight saving — Phoenix" },
  { zone: "America/Los_Angeles", label: "Pacific — Los Angeles" },
  { zone: "America/Anchorage", label: "Alaska — Anchorage" },
  { zone: "America/Adak", label: "Hawaii–Aleutian — Adak" },
  { zone: "Pacific/Honolulu", label: "Hawaii — Honolulu" },
  { zone: "America/Puerto_Rico", label: "Atlantic — Puerto Rico" },
  { zone: "America/St_Thomas", label: "Atlantic — U.S. Virgin Islands" },
  { zone: "Pacific/Guam", label: "Chamorro — Guam" },
  { zone: "Pacific/Pago_Pago", label: "Samoa — Pago Pago" },
  { zone: "America/Halifax", label: "Atlantic — Halifax" },
  { zone: "America/St_Johns", label: "Newfoundland — St. John’s" },
  { zone: "America/Toronto", label: "Eastern — Toronto" },
  { zone: "America/Winnipeg", label: "Central — Winnipeg" },
  { zone: "America/Edmonton", label: "Mountain — Edmonton" },
  { zone: "America/Vancouver", label: "Pacific — Vancouver" },
];

/** The label of a zone ("Central — Chicago"), or its IANA name when it is not in the list. */
export function timeZoneLabel(zone: string): string {
  return TIME_ZONES.find((z) => z.zone === zone)?.label ?? zone.replaceAll("_", " ");
}

/** True when Intl knows the zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
