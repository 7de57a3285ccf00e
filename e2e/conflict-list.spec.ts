import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { inquiriesNamed, openAndFill, ownContextAddress, sendAndReadReference, uniqueName } from "./inquiry-form";
import { signIn } from "./sign-in";

const fixtures = path.resolve(import.meta.dirname, "fixtures");

test("the owner keeps a conflict list, by hand and from a CSV, and an inquiry naming Dan Lopez matches Daniel R. López with the matter", async ({ page, context }) => {
  test.setTimeout(60_000);
  await ownContextAddress(context);
  await signIn(page, undefined, "/admin/inquiries/conflicts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conflict list");
  await expectAccessible(page);

  // A bad entry is refused by its field.
  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Name").fill("   ");
  await add.getByRole("button", { name: "Add to the list" }).click();
  await expect(add.locator("#conflict-name-error")).toHaveText("Enter the person's name.");

  const matter = `State v. Reyes (CC-2025-${Date.now() % 100000})`;
  await add.getByLabel("Name").fill("Daniel R. López");
  await add.getByLabel("Who they are").selectOption({ label: "Opposing party (complainant, victim, adverse party)" });
  await add.getByLabel("Matter").fill(matter);
  await add.getByRole("button", { name: "Add to the list" }).click();
  await expect(add.getByRole("status")).toHaveText("Added Daniel R. López to the conflict list.");

  const importing = page.getByRole("region", { name: "Import a CSV file" });
  await importing.getByLabel("CSV file").setInputFiles(path.join(fixtures, "conflict-list.csv"));
  await importing.getByRole("button", { name: "Import" }).click();
  await expect(importing.getByRole("status")).toHaveText(/^Imported (3 people|0 people \(3 already listed\))\.$/);
  await page.getByLabel("Name contains").fill("Witherspoon");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("region", { name: "On the list" })).toContainText("Witness · State v. Reyes (CC-2025-114)");

  // A mother writes about her son; the other driver is "Dan Lopez".
  const inquiryPage = await context.newPage();
  const name = uniqueName("Ana");
  await openAndFill(inquiryPage, { name, email: "ana@example.com", personCharged: `Luis ${name.split(" ")[1]}`, otherParties: "Dan Lopez" });
  await sendAndReadReference(inquiryPage);
  await inquiryPage.close();
  const [row] = inquiriesNamed(name);

  await page.goto(`/admin/inquiries/${row!.id}`);
  const check = page.getByRole("region", { name: "Conflict check" });
  await expect(check.getByRole("listitem").filter({ hasText: matter })).toHaveText(
    `Conflict list, matter ${matter}: “Dan Lopez” (another person involved) matches “Daniel R. López”, opposing party`,
  );
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/inquiries/conflicts");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
