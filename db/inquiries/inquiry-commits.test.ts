import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { storeInquiry } from "./inquiry-commits";
import { inquiryValues } from "./inquiry-fixtures";
import { inquiries, outbox } from "../schema";
import { useTempDatabase } from "../temp-database";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("commits the inquiries sent in one moment together, each with its mail, and a failing one fails alone", async () => {
  // What another connection (a reader, the backup) sees of the inquiries while each mail is queued.
  const reader = new Database(temp.file, { readonly: true });
  const committedSeen: number[] = [];
  const mail = () => {
    committedSeen.push(reader.prepare("select count(*) from inquiries").pluck().get() as number);
    return [{ toAddress: "intake@firm.test", subject: "New inquiry", textBody: "…" }];
  };
  let n = 0;
  const sent = [
    storeInquiry(inquiryValues({ name: "First" }), mail, () => `REF-${++n}`),
    // Its mail has no address (a NOT NULL column): this inquiry alone is undone.
    storeInquiry(inquiryValues({ name: "Broken" }), () => [{ toAddress: null as unknown as string, subject: "x", textBody: "x" }], () => `REF-${++n}`),
    storeInquiry(inquiryValues({ name: "Third" }), mail, () => `REF-${++n}`),
  ];
  const [first, broken, third] = await Promise.allSettled(sent);
  expect(first).toMatchObject({ status: "fulfilled", value: { created: true } });
  expect(broken?.status).toBe("rejected");
  expect(third).toMatchObject({ status: "fulfilled", value: { created: true } });
  expect(temp.db.select({ name: inquiries.name }).from(inquiries).all().map((row) => row.name)).toEqual(["First", "Third"]);
  expect(temp.db.select().from(outbox).all()).toHaveLength(2);
  // One transaction for the three: nothing of the first was committed when the third was written.
  expect(committedSeen).toEqual([0, 0]);
  expect(reader.prepare("select count(*) from inquiries").pluck().get()).toBe(2);

  // The same submission key sent again, together with its first: one inquiry.
  const values = inquiryValues({ name: "Twice" });
  const [a, b] = await Promise.all([storeInquiry(values, mail, () => `REF-${++n}`), storeInquiry(values, mail, () => `REF-${++n}`)]);
  expect([a.created, b.created]).toEqual([true, false]);
  expect(b.reference).toBe(a.reference);
  reader.close();
});
