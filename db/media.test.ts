import { afterEach, beforeEach, expect, it } from "vitest";
import { deleteUnusedMedia, insertMediaWithVariants, listLibrary, listMediaUses, setMediaAlt } from "./media";
import { createDraftPost } from "./post-admin/content-save";
import { writeSettingValues } from "./settings";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const NAME = (n: number) => `${String(n).repeat(32).slice(0, 32)}.jpg`;

function upload(n: number) {
  return insertMediaWithVariants({ fileName: NAME(n), mimeType: "image/jpeg", byteSize: 1000, width: 800, height: 600 }, [
    { fileName: NAME(n).replace(".jpg", "-480.webp"), mimeType: "image/webp", width: 480, height: 360, byteSize: 100 },
  ]);
}

it("knows where each upload is used, and deletes only what nothing uses", () => {
  const user = createUser({ email: "o@example.com", name: "Owner", role: "owner" });
  const inBody = upload(1);
  const cover = upload(2);
  const logo = upload(3);
  const unused = upload(4);
  const content = { title: "Bail", slug: "bail", excerpt: "", tags: [], coverAlt: "A cover", seoTitle: null, seoDescription: null, disclaimer: null, bylineProfileId: null, lastReviewedAt: null };
  createDraftPost({ ...content, bodyHtml: `<figure class="image-wide"><img src="/media/${inBody.fileName}" alt="x" /></figure>`, coverMediaId: cover.id }, user.id);
  writeSettingValues({ logoMediaId: logo.id });

  expect(listMediaUses(inBody)).toEqual([{ kind: "post", id: expect.any(Number), title: "Bail", how: "in the text" }]);
  expect(listMediaUses(cover)).toEqual([{ kind: "post", id: expect.any(Number), title: "Bail", how: "cover" }]);
  expect(listMediaUses(logo)).toEqual([{ kind: "logo", id: null, title: "The firm's logo", how: "header and icon" }]);
  expect(listMediaUses(unused)).toEqual([]);
  expect(listLibrary().map((item) => [item.fileName, item.variantBytes, item.uses.length])).toEqual([
    [unused.fileName, 100, 0],
    [logo.fileName, 100, 1],
    [cover.fileName, 100, 1],
    [inBody.fileName, 100, 1],
  ]);

  expect(deleteUnusedMedia(inBody.id)).toMatchObject({ ok: false, uses: [{ title: "Bail" }] });
  expect(deleteUnusedMedia(unused.id)).toEqual({ ok: true, fileNames: [unused.fileName, unused.fileName.replace(".jpg", "-480.webp")] });
  expect(temp.db.$client.prepare("select count(*) n from media_variants where media_id = ?").get(unused.id)).toEqual({ n: 0 });
  expect(setMediaAlt(cover.id, "The courthouse")).toBe(true);
  expect(listLibrary().find((item) => item.id === cover.id)?.alt).toBe("The courthouse");
});
