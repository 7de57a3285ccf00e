import { sanitizePostHtml } from "@/lib/sanitize-html";

/**
 * The only place that renders stored HTML. It sanitizes again on the way out, so a
 * row written around the editor (a script, an old bug) still renders safely.
 */
export function PostBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-slate sm:prose-lg max-w-none prose-headings:text-brand-900 prose-a:text-brand-700"
      dangerouslySetInnerHTML={{ __html: sanitizePostHtml(html) }}
    />
  );
}
