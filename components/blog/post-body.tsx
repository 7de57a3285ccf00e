import type { PageImages } from "@/lib/media/responsive-images";
import { withResponsiveImages } from "@/lib/media/responsive-images";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";

/**
 * The only place that renders stored HTML. It sanitizes again on the way out, so a
 * row written around the editor (a script, an old bug) still renders safely, then offers
 * each uploaded image in its resized variants (`images`, loaded by the page:
 * loadPageImages() in lib/media/responsive-images.ts).
 */
export function PostBody({ html, images }: { html: string; images?: PageImages }) {
  const clean = sanitizePostHtml(html);
  return (
    <div
      className="post-body prose prose-slate sm:prose-lg max-w-none prose-headings:text-brand-900 prose-a:text-brand-700"
      dangerouslySetInnerHTML={{ __html: images ? withResponsiveImages(clean, images) : clean }}
    />
  );
}
