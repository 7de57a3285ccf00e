import { MARK_END, MARK_START } from "@/lib/posts/search-marks";

/**
 * Text from search with its matches marked (between MARK_START and MARK_END) shown as
 * <mark>: plain text nodes, never HTML, whatever the post says.
 */
export function MarkedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push(rest);
      break;
    }
    if (start > 0) parts.push(rest.slice(0, start));
    const end = rest.indexOf(MARK_END, start + 1);
    const marked = rest.slice(start + 1, end === -1 ? undefined : end);
    parts.push(
      <mark key={key++} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-slate-900">
        {marked}
      </mark>,
    );
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return <>{parts}</>;
}
