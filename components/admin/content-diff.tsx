import { htmlBlocks } from "@/lib/posts/html-text";
import { hasChanges, wordDiff, type DiffPart } from "@/lib/posts/word-diff";

export type ComparedContent = { title: string; excerpt: string; bodyHtml: string; disclaimer: string };

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i} className="rounded-sm bg-green-100 text-green-950 decoration-green-700 decoration-2">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="rounded-sm bg-red-100 text-red-950 decoration-red-700 decoration-2">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </>
  );
}

/**
 * What changed from `before` to `after`, field by field, words added underlined in green
 * and words removed struck through in red, in place. Paragraphs of the body stay apart.
 */
export function ContentDiff({ before, after }: { before: ComparedContent; after: ComparedContent }) {
  const fields: { label: string; parts: DiffPart[] }[] = [
    { label: "Title", parts: wordDiff(before.title, after.title) },
    { label: "Excerpt", parts: wordDiff(before.excerpt, after.excerpt) },
    { label: "Body", parts: wordDiff(htmlBlocks(before.bodyHtml).join("\n"), htmlBlocks(after.bodyHtml).join("\n")) },
    { label: "Disclaimer", parts: wordDiff(before.disclaimer, after.disclaimer) },
  ];
  const changed = fields.filter((f) => hasChanges(f.parts));
  if (changed.length === 0) return <p className="text-slate-700">The words are the same (formatting, tags or images may differ).</p>;
  return (
    <dl className="space-y-4">
      {changed.map((field) => (
        <div key={field.label} className="rounded-md border border-slate-300 p-3">
          <dt className="text-sm font-semibold uppercase tracking-wide text-slate-600">{field.label}</dt>
          <dd className="mt-1 whitespace-pre-line leading-relaxed text-slate-900">
            <Parts parts={field.parts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
