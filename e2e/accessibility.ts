import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of violations when the page breaks WCAG 2.2 A/AA rules. */
export async function expectAccessible(page: Page) {
  // An async generateMetadata streams the <title> after the body (Next 16), so right after a client-side
  // navigation the heading can be on screen a moment before the title: wait for it rather than race it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
