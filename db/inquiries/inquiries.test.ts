import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addInquiryNote,
  changeInquiryStatus,
  countInquiries,
  countNewInquiries,
  createInquiry,
  deleteInquiry,
  getInquiry,
  listInquiries,
  listInquiryEvents,
  markInquiryRead,
  type NewInquiry,
} from "./inquiries";
import { inquiryValues } from "./inquiry-fixtures";
import { inquiries, outbox } from "../schema";
import { useTempDatabase } from "../temp-database";
import { createUser } from "../users";

const window = { today: "2026-11-28", urgentUntil: "2026-12-01" };
const ALL = { limit: 1000 };
let temp: ReturnType<typeof useTempDatabase>;
let refs = 0;
const nextRef = () => `REF-${String(++refs).padStart(4, "0")}`;

function add(overrides: Partial<NewInquiry> = {}, at = new Date("2026-11-28T12:00:00Z")) {
  return createInquiry(inquiryValues(overrides), () => [], nextRef, at);
}

beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

describe("storing an inquiry", () => {
  it("stores the inquiry and its mail in one go, and a resent form only once", () => {
    const values = inquiryValues();
    const mail = (i: { id: number; reference: string }) => [{ toAddress: "intake@firm.test", subject: `New inquiry ${i.reference}`, textBody: "…" }];
    const first = createInquiry(values, mail, nextRef);
    const again = createInquiry(values, mail, nextRef);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, reference: first.reference, created: false });
    expect(temp.db.select().from(inquiries).all()).toHaveLength(1);
    const queued = temp.db.select().from(outbox).all();
    expect(queued).toHaveLength(1);
    expect(queued[0]?.inquiryId).toBe(first.id);
  });

  it("stores nothing when the mail cannot be queued", () => {
    expect(() =>
      createInquiry(inquiryValues(), () => [{ toAddress: null as unknown as string, subject: "x", textBody: "x" }], nextRef),
    ).toThrow();
    expect(temp.db.select().from(inquiries).all()).toHaveLength(0);
  });

  it("draws another reference when one is taken", () => {
    const taken = ["AAA-1111", "AAA-1111", "BBB-2222"];
    createInquiry(inquiryValues(), () => [], () => taken.shift()!);
    const second = createInquiry(inquiryValues(), () => [], () => taken.shift()!);
    expect(second.reference).toBe("BBB-2222");
  });
});

describe("the inbox", () => {
  it("puts open urgent inquiries first (in custody, or court within 3 days), then newest first", () => {
    const old = add({ name: "Old Plain" }, new Date("2026-11-20T12:00:00Z"));
    const custody = add({ name: "In Custody", custodyStatus: "in_custody" }, new Date("2026-11-21T12:00:00Z"));
    const court = add({ name: "Court Soon", courtDate: "2026-12-01" }, new Date("2026-11-22T12:00:00Z"));
    const later = add({ name: "Court Later", courtDate: "2026-12-02" }, new Date("2026-11-23T12:00:00Z"));
    const closed = add({ name: "Closed Custody", custodyStatus: "in_custody" }, new Date("2026-11-24T12:00:00Z"));
    const newest = add({ name: "Newest Plain" }, new Date("2026-11-27T12:00:00Z"));
    changeInquiryStatus(closed.id, "closed", null);
    const list = listInquiries({}, window, ALL);
    expect(list.map((r) => r.id)).toEqual([court.id, custody.id, newest.id, closed.id, later.id, old.id]);
    expect(list.filter((r) => r.urgent).map((r) => r.id)).toEqual([court.id, custody.id]);
    // Pages of the same order, also the pages that hold urgent and other inquiries both, and past the end.
    const ids = list.map((r) => r.id);
    for (const limit of [1, 2, 3, 4]) {
      for (let offset = 0; offset <= ids.length; offset++) {
        expect(listInquiries({}, window, { limit, offset }).map((r) => r.id), `limit ${limit}, offset ${offset}`).toEqual(ids.slice(offset, offset + limit));
      }
    }
    // A filter keeps the same order: urgent first.
    expect(listInquiries({ name: "court" }, window, ALL).map((r) => r.id)).toEqual([court.id, later.id]);
    expect(countInquiries({})).toBe(6);
    expect(countInquiries({ status: "closed" })).toBe(1);
  });

  it("filters by status and finds names by any of their words, ignoring case", () => {
    const a = add({ name: "John Q. Smith" });
    const b = add({ name: "Jane Smith" });
    add({ name: "Bob 100% Jones_" });
    changeInquiryStatus(b.id, "contacted", null);
    expect(listInquiries({ name: "smith" }, window, ALL).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(listInquiries({ name: "SMITH john" }, window, ALL).map((r) => r.id)).toEqual([a.id]);
    expect(listInquiries({ status: "contacted" }, window, ALL).map((r) => r.id)).toEqual([b.id]);
    expect(listInquiries({ name: "100%" }, window, ALL)).toHaveLength(1);
    expect(listInquiries({ name: "%" }, window, ALL)).toHaveLength(1);
    expect(listInquiries({ name: "_" }, window, ALL)).toHaveLength(1);
  });

  it("counts new inquiries for the navigation badge and tracks reading", () => {
    const a = add();
    add();
    expect(countNewInquiries()).toBe(2);
    changeInquiryStatus(a.id, "contacted", null);
    expect(countNewInquiries()).toBe(1);
    const b = add();
    expect(getInquiry(b.id, window)?.readAt).toBeNull();
    markInquiryRead(b.id, new Date("2026-11-28T13:00:00Z"));
    markInquiryRead(b.id, new Date("2026-11-28T14:00:00Z"));
    expect(getInquiry(b.id, window)?.readAt).toEqual(new Date("2026-11-28T13:00:00Z"));
  });
});

it("keeps each status change and note with who and when, and deletes an inquiry with them", () => {
  const user = createUser({ email: "att@example.com", name: "Avery Attorney" });
  const { id } = add();
  const t1 = new Date("2026-11-28T15:00:00Z");
  const t2 = new Date("2026-11-28T15:05:00Z");
  expect(changeInquiryStatus(id, "contacted", user.id, t1)).toBe(true);
  expect(addInquiryNote(id, "Left a voicemail.", user.id, t2)).toBe(true);
  expect(changeInquiryStatus(id, "contacted", user.id)).toBe(true); // no change, no event
  expect(listInquiryEvents(id)).toEqual([
    expect.objectContaining({ kind: "status", fromStatus: "new", toStatus: "contacted", createdAt: t1, userName: "Avery Attorney" }),
    expect.objectContaining({ kind: "note", note: "Left a voicemail.", createdAt: t2, userName: "Avery Attorney" }),
  ]);
  expect(deleteInquiry(id)).toBe(true);
  expect(getInquiry(id, window)).toBeUndefined();
  expect(listInquiryEvents(id)).toEqual([]);
  expect(changeInquiryStatus(id, "closed", user.id)).toBe(false);
  expect(addInquiryNote(id, "gone", user.id)).toBe(false);
});
