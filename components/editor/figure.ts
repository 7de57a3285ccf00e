import { Node } from "@tiptap/core";

/** How wide a body image is shown: the figure's class (lib/posts/sanitize-html.ts allows these only). */
export const FIGURE_SIZE_CHOICES = [
  { value: "small", label: "Small (beside the text's width, centred)" },
  { value: "medium", label: "Medium" },
  { value: "wide", label: "Full width" },
] as const;
export type FigureSize = (typeof FIGURE_SIZE_CHOICES)[number]["value"];

export type FigureAttributes = { src: string; alt: string; caption: string; size: FigureSize; width: number | null; height: number | null };

const UPLOAD_SRC = /^\/media\/[a-f0-9]{32}\.(?:jpg|png|webp)$/;

function sizeOf(element: HTMLElement): FigureSize {
  const found = FIGURE_SIZE_CHOICES.find((choice) => element.classList.contains(`image-${choice.value}`));
  return found?.value ?? "medium";
}

const number = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/**
 * An image in the body: one of this site's uploads in a figure, with its description (alt;
 * empty when the writer marked it decorative), an optional caption and a size. One piece
 * (an atom): selected as a whole, its details changed in the image dialog.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: "" },
      caption: { default: "" },
      size: { default: "medium" },
      width: { default: null },
      height: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          const src = img?.getAttribute("src") ?? "";
          if (!img || !UPLOAD_SRC.test(src)) return false;
          return {
            src,
            alt: img.getAttribute("alt") ?? "",
            caption: element.querySelector("figcaption")?.textContent?.trim() ?? "",
            size: sizeOf(element),
            width: number(img.getAttribute("width")),
            height: number(img.getAttribute("height")),
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, caption, size, width, height } = node.attrs as FigureAttributes;
    const img = ["img", { src, alt, ...(width ? { width: String(width) } : {}), ...(height ? { height: String(height) } : {}) }];
    return ["figure", { class: `image-${size}` }, img, ...(caption ? [["figcaption", {}, caption]] : [])];
  },
});
