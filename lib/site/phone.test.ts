import { describe, expect, it } from "vitest";
import { callHref, formatPhone, parsePhone, phoneHref, textHref } from "./phone";

const normal = (text: string) => {
  const phone = parsePhone(text);
  return phone && { text: formatPhone(phone), href: phoneHref(phone) };
};

it("reads the ways people write a North American number into one form and one tel: link", () => {
  for (const typed of ["(334) 555-0142", "334-555-0142", "334.555.0142", "3345550142", "+1 334 555 0142", "1 (334) 555-0142"]) {
    expect(normal(typed), typed).toEqual({ text: "(334) 555-0142", href: "tel:+13345550142" });
  }
});

it("keeps an extension, however it is written", () => {
  for (const typed of ["(334) 555-0142 ext. 12", "334-555-0142 x12", "334 555 0142, extension 12", "3345550142#12"]) {
    expect(normal(typed), typed).toEqual({ text: "(334) 555-0142 ext. 12", href: "tel:+13345550142;ext=12" });
  }
});

it("refuses a letter O for a zero, too few or too many digits, and impossible area codes or exchanges", () => {
  for (const typed of ["(334) 555-O142", "334555142", "33455501420", "+44 20 7946 0018", "(134) 555-0142", "(334) 055-0142", "(555) 010-0142", "", "call us"]) {
    expect(parsePhone(typed), typed).toBeUndefined();
  }
});

describe("links to a number a person gave", () => {
  it("calls and texts a North American number in its one form", () => {
    // An exchange starting with 0 is not a North American number: dialled as written.
    expect(callHref("555 010 0131")).toBe("tel:5550100131");
    expect(callHref("(334) 555-0142")).toBe("tel:+13345550142");
    expect(textHref("334.555.0142")).toBe("sms:+13345550142");
    expect(callHref("334 555 0142 ext. 12")).toBe("tel:+13345550142;ext=12");
    expect(textHref("334 555 0142 ext. 12")).toBeUndefined();
  });
  it("dials other numbers as written, and refuses what is not a number", () => {
    expect(callHref("+44 20 7946 0958")).toBe("tel:+442079460958");
    expect(textHref("0121 496 0000")).toBe("sms:01214960000");
    expect(callHref("call me maybe")).toBeUndefined();
    expect(callHref("12345")).toBeUndefined();
  });
});
