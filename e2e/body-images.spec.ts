import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { editorBody, expectSaved, postRow, saveStatus, TINY_PNG, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

/** Where the test server keeps uploads: beside its database. */
const uploads = () => path.join(path.dirname(process.env.E2E_DB_PATH!), "uploads");

/** Pastes image files into the body as a browser's clipboard hands them over. */
async function pasteImage(page: Page, bytes: Buffer, name: string, type: string) {
  await editorBody(page).evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { base64: bytes.toString("base64"), name, type },
  );
}

type MediaRow = { id: number; file_name: string; width: number; height: number };
type VariantRow = { file_name: string; mime_type: string; width: number };

test("an image pasted into the body asks for a description, is stored, resized into widths on disk, and served with srcset", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Courthouse photo"), "Where the hearing is.");
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: "#336699" } }).png().toBuffer();
  await pasteImage(page, photo, "courthouse.png", "image/png");

  const dialog = page.getByRole("dialog", { name: "Add the image" });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);
  // On a laptop's 800 px the dialog's buttons are on screen without scrolling.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(dialog.getByRole("button", { name: "Add the image" })).toBeInViewport();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeInViewport();
  // A description, or an explicit "decorative": nothing else goes in.
  await dialog.getByRole("button", { name: "Add the image" }).click();
  await expect(dialog.locator("#image-alt-error")).toHaveText("Describe what the image shows, or mark it decorative.");
  await dialog.getByLabel("Description (alt text)").fill("The Jefferson County courthouse, front steps");
  await dialog.getByLabel("Caption (optional)").fill("Hearings are on the second floor.");
  await dialog.getByLabel("Full width").check();
  await dialog.getByRole("button", { name: "Add the image" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorBody(page).locator("figure.image-wide img")).toHaveAttribute("alt", "The Jefferson County courthouse, front steps");
  await expectSaved(page);

  // Stored: the upload as sent and its variants, in the database and on disk, at their widths.
  const body = postRow(id).body_html;
  const fileName = /src="\/media\/([a-f0-9]{32}\.png)"/.exec(body)?.[1];
  expect(fileName, body).toBeDefined();
  expect(body).toContain(`<figure class="image-wide"><img src="/media/${fileName}" alt="The Jefferson County courthouse, front steps" width="1600" height="1000" /><figcaption>Hearings are on the second floor.</figcaption></figure>`);
  const [media] = queryDb<MediaRow>("select id, file_name, width, height from media where file_name = ?", fileName);
  const variants = queryDb<VariantRow>("select file_name, mime_type, width from media_variants where media_id = ? order by width, mime_type", media!.id);
  expect(variants.map((v) => [v.width, v.mime_type])).toEqual([
    [480, "image/avif"],
    [480, "image/webp"],
    [960, "image/avif"],
    [960, "image/webp"],
    [1440, "image/avif"],
    [1440, "image/webp"],
  ]);
  for (const variant of variants) {
    const meta = await sharp(fs.readFileSync(path.join(uploads(), variant.file_name))).metadata();
    expect([meta.width, meta.format]).toEqual([variant.width, variant.mime_type === "image/avif" ? "heif" : "webp"]);
  }

  // Published: the public page offers the variants with srcset and sizes, never the upload itself.
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  const response = await page.goto(`/blog/${postRow(id).slug}`);
  expect(response?.status()).toBe(200);
  const figure = page.locator("article figure.image-wide");
  const base = fileName!.replace(/\.png$/, "");
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", `/media/${base}-480.avif 480w, /media/${base}-960.avif 960w, /media/${base}-1440.avif 1440w`);
  await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute("sizes", "(min-width: 48rem) 48rem, 100vw");
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", "The Jefferson County courthouse, front steps");
  await expect(img).toHaveAttribute("src", `/media/${base}-960.webp`);
  await expect(figure.locator("figcaption")).toHaveText("Hearings are on the second floor.");
  expect(await img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  const file = await page.request.get(`/media/${base}-480.avif`);
  expect(file.headers()["content-type"]).toBe("image/avif");
  await expectAccessible(page);

  // The media library: where it is used, its description in one place, shown on the public page at once.
  await page.goto("/admin/media");
  const item = page.getByRole("listitem").filter({ has: page.locator(`img[src="/media/${fileName}"]`) });
  await expect(item).toContainText("1600 × 1000 pixels");
  await expect(item).toContainText(/Used by .* \(in the text\)/);
  await expect(item.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expectAccessible(page);
  await item.getByLabel(/^Description of/).fill("The courthouse's front steps on Main Street");
  await item.getByRole("button", { name: "Save the description" }).click();
  await expect(item.getByRole("status")).toHaveText("Saved. Pages with this image say it now.");
  await page.goto(`/blog/${postRow(id).slug}`);
  await expect(page.locator("article figure img")).toHaveAttribute("alt", "The courthouse's front steps on Main Street");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/media");
  await expectAccessible(page);
});

test("an image with too many pixels is refused with a message, before it is decoded; unused uploads can be cleaned up", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  await writeDraft(page, uniqueTitle("Huge image"));
  await page.getByRole("button", { name: "Image", exact: true }).click();
  // A few hundred bytes whose header claims 65535 × 65535 pixels.
  const huge = Buffer.from(TINY_PNG);
  huge.writeUInt32BE(65535, 16);
  huge.writeUInt32BE(65535, 20);
  await page.getByLabel("Upload an image").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: huge });
  await expect(page.getByText("Not added: The image has too many pixels (at most 40 megapixels, 12,000 on a side). Use a smaller copy.")).toBeVisible();
  // Nothing stored with the dimensions the header claimed (other journeys upload images of the same byte size).
  expect(queryDb("select id from media where width = 65535 or height = 65535")).toHaveLength(0);

  // An upload that never went into a post is unused: the library deletes it, files and all.
  // (Its one item only: "Delete unused images" would race other journeys' fresh uploads.)
  await page.getByRole("button", { name: "Image", exact: true }).click();
  await page.getByLabel("Upload an image").setInputFiles({ name: "unused.png", mimeType: "image/png", buffer: TINY_PNG });
  const dialog = page.getByRole("dialog", { name: "Add the image" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  const unused = queryDb<{ id: number; file_name: string }>("select id, file_name from media order by id desc limit 1")[0]!;
  const files = [unused.file_name, ...queryDb<{ file_name: string }>("select file_name from media_variants where media_id = ?", unused.id).map((v) => v.file_name)];
  for (const file of files) expect(fs.existsSync(path.join(uploads(), file))).toBe(true);
  await page.goto("/admin/media");
  await expect(page.getByRole("region", { name: "Clean up" })).toContainText(/not used by any post/);
  const item = page.getByRole("listitem").filter({ has: page.locator(`img[src="/media/${unused.file_name}"]`) });
  await expect(item).toContainText("Not used anywhere.");
  await item.getByRole("button", { name: /^Delete/ }).click();
  await expect(item).toHaveCount(0);
  expect(queryDb("select id from media where id = ?", unused.id)).toHaveLength(0);
  for (const file of files) expect(fs.existsSync(path.join(uploads(), file))).toBe(false);
});

test("a post whose body ends with an image opens as saved: no kept-changes banner, no save, no leave warning", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Ends with a photo"), "The photo is last.");
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await pasteImage(page, TINY_PNG, "last.png", "image/png");
  const dialog = page.getByRole("dialog", { name: "Add the image" });
  await dialog.getByLabel("Description (alt text)").fill("The courthouse door");
  await dialog.getByRole("button", { name: "Add the image" }).click();
  await expect(dialog).toBeHidden();
  await expectSaved(page);
  await expect.poll(() => postRow(id).body_html).toMatch(/<\/figure>$/);
  const stored = postRow(id);
  // Every save the editor sends from here on (there must be none).
  const saves: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET" && new URL(request.url()).pathname.startsWith("/admin/api/posts")) saves.push(request.postData() ?? "");
  });

  for (let open = 0; open < 2; open++) {
    await page.goto(`/admin/posts/${id}`);
    await expect(editorBody(page).locator("figure img")).toHaveAttribute("alt", "The courthouse door");
    // Any transaction makes the editor add its empty paragraph after the image: a click does.
    await editorBody(page).locator("p").first().click();
    await expect(editorBody(page).locator("> p:last-child")).toHaveText("");
    await expect(saveStatus(page)).toHaveText("Saved");
    await expect(page.getByText("This browser kept changes")).toHaveCount(0);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), `firm-site:post-draft:${id}`)).toBeNull();
    expect(saves).toEqual([]);
  }
  // Preview leaves without asking (nothing is unsaved), and the stored post is untouched.
  page.on("dialog", (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/posts/${id}/preview$`));
  expect(postRow(id).revision).toBe(stored.revision);
  expect(postRow(id).body_html).toBe(stored.body_html);
});
