import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { fillInquiry, inquiriesNamed, MIN_FILL_MS, ownContextAddress, sendAndReadReference, uniqueName } from "./inquiry-form";
import { signIn } from "./sign-in";

test("the attorney sees the urgent inquiry first, changes its status, adds a note, checks conflicts, exports CSV and deletes one", async ({ page, context }) => {
  test.setTimeout(90_000);
  await ownContextAddress(context);
  const surname = uniqueName("x").split(" ")[1]!;
  const urgentName = `Jamie Quinn ${surname}`;
  const plainName = `Alex ${surname}`;
  const message = 'He said "no", then left,\nand a second line.';

  // Two inquiries: the urgent one (in custody) first, then a newer plain one naming the first person as another party.
  const urgentPage = page;
  const plainPage = await context.newPage();
  await urgentPage.goto("/contact");
  await plainPage.goto("/contact");
  await fillInquiry(urgentPage, { name: urgentName, phone: "555 010 0131", custody: "In custody (in jail now)", message, heardFrom: "=HYPERLINK(\"http://evil.example\")" });
  await fillInquiry(plainPage, { name: plainName, email: "alex@example.com", otherParties: `jamie   ${surname.toLowerCase()}` });
  await urgentPage.waitForTimeout(MIN_FILL_MS + 300);
  const urgentRef = await sendAndReadReference(urgentPage);
  const plainRef = await sendAndReadReference(plainPage);
  await plainPage.close();
  const urgentId = inquiriesNamed(urgentName)[0]!.id;
  const plainId = inquiriesNamed(plainName)[0]!.id;

  // The inbox: urgent before the newer plain one; both unread; never cached.
  await signIn(page, undefined, "/admin/inquiries");
  const response = await page.goto("/admin/inquiries");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  const order = await page.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-reference")));
  expect(order.indexOf(urgentRef)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(urgentRef)).toBeLessThan(order.indexOf(plainRef));
  const urgentRow = page.locator(`tr[data-reference="${urgentRef}"]`);
  await expect(urgentRow).toContainText("Urgent");
  await expect(urgentRow).toContainText("Unread");
  await expect(urgentRow).toContainText("In custody");
  await expect(page.locator(`tr[data-reference="${plainRef}"]`)).not.toContainText("Urgent");
  // The navigation badge counts new inquiries (at least these two; other journeys add more).
  const badge = page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /^Inquiries \(\d+ new\)$/ });
  const shown = Number(/(\d+) new/.exec((await badge.textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);

  // The detail page: read now; change the status; add a note; both kept with who and when.
  await urgentRow.getByRole("link", { name: urgentRef }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urgentName);
  await expect(page.getByRole("region", { name: "What they told us" })).toContainText(message.split("\n")[0]!);
  await expectAccessible(page);
  expect(queryDb<{ read_at: number | null }>("select read_at from inquiries where id = ?", urgentId)[0]!.read_at).not.toBeNull();

  await page.getByLabel("Status of this inquiry").selectOption({ label: "Contacted" });
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed." })).toHaveText("Status changed.");
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("New → Contacted");
  await page.getByLabel(/^Note/).fill("Called the family, left a voicemail.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(history).toContainText("note: Called the family, left a voicemail.");
  const events = queryDb<{ kind: string; to_status: string | null; note: string | null; user_id: number | null }>(
    "select kind, to_status, note, user_id from inquiry_events where inquiry_id = ? order by id",
    urgentId,
  );
  expect(events).toEqual([
    { kind: "status", to_status: "contacted", note: null, user_id: expect.any(Number) },
    { kind: "note", to_status: null, note: "Called the family, left a voicemail.", user_id: expect.any(Number) },
  ]);

  // The conflict check on the newer inquiry finds the first person despite case, spacing and the middle name.
  await page.goto(`/admin/inquiries/${plainId}`);
  await expect(page.getByRole("region", { name: "Conflict check" }).getByRole("link", { name: urgentRef })).toBeVisible();

  // Filter by name and status, then export what is shown; read it back as a CSV parser would.
  await page.goto("/admin/inquiries");
  await page.getByLabel("Name").fill(surname);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Contacted" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "All statuses" });
  await page.getByRole("button", { name: "Show" }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export these as CSV" }).click();
  const download = await downloadPromise;
  const records = parse(fs.readFileSync((await download.path())!), { bom: true, columns: true }) as Record<string, string>[];
  expect(records.map((r) => r.Reference).sort()).toEqual([urgentRef, plainRef].sort());
  const urgentRecord = records.find((r) => r.Reference === urgentRef)!;
  expect(urgentRecord).toMatchObject({ Name: urgentName, Status: "Contacted", Urgent: "yes", Custody: "In custody (in jail now)", Message: message });
  expect(urgentRecord["Heard from"]).toBe("'=HYPERLINK(\"http://evil.example\")");
  expect(urgentRecord.Phone).toBe("555 010 0131");

  // Delete the plain one, after a confirmation.
  await page.goto(`/admin/inquiries/${plainId}`);
  await page.getByRole("link", { name: "Delete this inquiry…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete inquiry ${plainRef}?`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("status")).toHaveText(`Inquiry ${plainRef} was deleted.`);
  expect(inquiriesNamed(plainName)).toHaveLength(0);
  expect(inquiriesNamed(urgentName)).toHaveLength(1);

  // The owner's intake settings (saved unchanged here: other journeys rely on the notice's text).
  await page.getByRole("link", { name: "Intake settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Intake settings");
  await expect(page.getByLabel("Counties the form offers")).toHaveValue(/^Autauga\nBaldwin\n/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save intake settings" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Saved\. The notice is version /);
});

test("without a session the inbox, an inquiry and the export are refused", async ({ page, request }) => {
  const [any] = queryDb<{ id: number }>("select id from inquiries limit 1");
  for (const path of ["/admin/inquiries", `/admin/inquiries/${any?.id ?? 1}`, `/admin/inquiries/${any?.id ?? 1}/delete`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/login\?next=/);
  }
  // proxy.ts sends a visitor without a session cookie to the login…
  const redirected = await request.get("/admin/inquiries/export", { maxRedirects: 0 });
  expect(redirected.status()).toBeGreaterThanOrEqual(300);
  expect(redirected.status()).toBeLessThan(400);
  expect(redirected.headers()["location"]).toContain("/admin/login");
  // …and the route handler itself refuses a request that gets past it with a forged cookie.
  const forged = await request.get("/admin/inquiries/export", { maxRedirects: 0, headers: { cookie: "next-auth.session-token=forged" } });
  expect(forged.status()).toBe(401);
  expect(await forged.text()).not.toContain("Reference,");
  expect(forged.headers()["cache-control"]).toContain("no-store");
});

test("the firm adds a type of matter in the intake settings; the form offers it and the inbox shows it", async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/inquiries/settings");
  const types = page.getByLabel("Types of matter the form offers");
  await expect(types).toHaveValue(/^DUI\nAssault\n/);
  // Added at the end: the other journeys choose from the rest of the list.
  const added = `Boating under the influence ${Date.now().toString(36)}`;
  await types.fill(`${await types.inputValue()}\n${added}`);
  await page.getByRole("button", { name: "Save intake settings" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Saved\./);

  const visitor = await browser.newPage();
  await ownContextAddress(visitor.context());
  const name = uniqueName("Marina");
  await visitor.goto("/contact");
  await fillInquiry(visitor, { name, phone: "555 010 0190", matterType: added });
  await visitor.waitForTimeout(MIN_FILL_MS + 300);
  await sendAndReadReference(visitor);
  await visitor.close();
  const [stored] = inquiriesNamed(name);
  expect(queryDb<{ matter_type: string }>("select matter_type from inquiries where id = ?", stored!.id)[0]!.matter_type).toBe(added);

  await page.goto(`/admin/inquiries/${stored!.id}`);
  await expect(page.getByRole("main")).toContainText(added);
});
