import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { queryDb } from "./database";

/** A title no other test uses. */
export function uniqueTitle(words: string): string {
  return `${words} ${randomBytes(3).toString("hex")}`;
}

/** A real 1×1 PNG. */
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export function saveStatus(page: Page) {
  return page.getByRole("status");
}

export async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText("Saved", { timeout: 10_000 });
}

export function editorBody(page: Page) {
  return page.getByRole("textbox", { name: "Body" });
}

/** Writes a new draft with a title and a paragraph; returns its id once saved. */
/** Pastes HTML into the body as a browser's clipboard hands it over. */
export async function paste(page: Page, html: string) {
  await editorBody(page).evaluate((element, clipboardHtml) => {
    const data = new DataTransfer();
    data.setData("text/html", clipboardHtml);
    data.setData("text/plain", "fallback");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

export async function writeDraft(page: Page, title: string, paragraph = "A first paragraph.") {
  await page.goto("/admin/posts/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await editorBody(page).click();
  await page.keyboard.type(paragraph);
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/, { timeout: 10_000 });
  await expectSaved(page);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

export type PostRow = {
  id: number;
  slug: string;
  title: string;
  body_html: string;
  status: string;
  published_at: number | null;
  cover_media_id: number | null;
  cover_alt: string | null;
  revision: number;
  deleted_at: number | null;
};

export function postRow(id: number): PostRow {
  return queryDb<PostRow>("select * from posts where id = ?", id)[0]!;
}
