import { expect, it } from "vitest";
import type { MediaWithVariants } from "@/db/media";
import { withResponsiveImages } from "./responsive-images";

const NAME = "0123456789abcdef0123456789abcdef";
const item = (alt: string): MediaWithVariants => ({
  id: 1,
  fileName: `${NAME}.jpg`,
  mimeType: "image/jpeg",
  byteSize: 1000,
  width: 1200,
  height: 800,
  uploadedBy: null,
  alt,
  createdAt: new Date(),
  variants: [480, 960, 1200].flatMap((width) =>
    (["avif", "webp"] as const).map((format) => ({ fileName: `${NAME}-${width}.${format}`, mediaId: 1, mimeType: `image/${format}` as const, width, height: (width * 2) / 3, byteSize: 10 })),
  ),
});

it("offers each upload in its variants, sized as its figure shows it, with the library's description", () => {
  const html = `<figure class="image-medium"><img src="/media/${NAME}.jpg" alt="Typed in the post" width="1200" height="800" /><figcaption>Cap</figcaption></figure>`;
  const out = withResponsiveImages(html, new Map([[`${NAME}.jpg`, item('The "new" courthouse')]]));
  expect(out).toBe(
    `<figure class="image-medium"><picture>` +
      `<source type="image/avif" srcset="/media/${NAME}-480.avif 480w, /media/${NAME}-960.avif 960w, /media/${NAME}-1200.avif 1200w" sizes="(min-width: 48rem) 32rem, 100vw" />` +
      `<source type="image/webp" srcset="/media/${NAME}-480.webp 480w, /media/${NAME}-960.webp 960w, /media/${NAME}-1200.webp 1200w" sizes="(min-width: 48rem) 32rem, 100vw" />` +
      `<img src="/media/${NAME}-960.webp" alt="The &quot;new&quot; courthouse" width="1200" height="800" loading="lazy" decoding="async" /></picture><figcaption>Cap</figcaption></figure>`,
  );
});

it("keeps a decorative image decorative, the post's own description when the library has none, and an unknown image as it is", () => {
  const decorative = `<figure class="image-wide"><img src="/media/${NAME}.jpg" alt="" /></figure>`;
  expect(withResponsiveImages(decorative, new Map([[`${NAME}.jpg`, item("A description")]]))).toContain('alt=""');
  const own = `<p><img src="/media/${NAME}.jpg" alt="Typed in the post" /></p>`;
  const out = withResponsiveImages(own, new Map([[`${NAME}.jpg`, item("")]]));
  expect(out).toContain('alt="Typed in the post"');
  expect(out).toContain('sizes="(min-width: 48rem) 48rem, 100vw"');
  expect(withResponsiveImages(own, new Map())).toBe(own);
});
