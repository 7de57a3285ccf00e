import { scoreWord } from "@/lib/writing/score-words";

const LOOK = { good: "bg-green-100 text-green-900", fair: "bg-amber-100 text-amber-950", "needs work": "bg-red-100 text-red-900" } as const;

/** One of a post's writing scores (lib/writing/), as the admin's lists show it: the number and a word. */
export function WritingScore({ score }: { score: number | null }) {
  if (score === null) return <span className="text-slate-700">–</span>;
  const word = scoreWord(score) as keyof typeof LOOK;
  return (
    <span className={`inline-block rounded-sm px-1.5 text-sm font-medium whitespace-nowrap ${LOOK[word]}`}>
      {score} <span className="text-xs">{word}</span>
    </span>
  );
}

type Scores = { readability: number | null; search: number | null };

/** The review screen's scores: the proposed text's, with the published text's beside them when there is one. */
export function WritingScoresCompared({ proposed, live }: { proposed: Scores; live: Scores | null }) {
  const rows = [
    { name: "Readability", key: "readability" as const },
    { name: "Search", key: "search" as const },
  ];
  return (
    <section aria-labelledby="writing-scores-heading" className="space-y-2">
      <h2 id="writing-scores-heading" className="text-xl font-semibold text-brand-900">
        Plain language and search
      </h2>
      <p className="text-sm text-slate-700">Scores out of 100 from the editor&apos;s writing checks: advice, they do not stop publishing.</p>
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="text-sm font-medium text-slate-800">{row.name}</dt>
            <dd>
              <WritingScore score={proposed[row.key]} />
              {live && <span className="ml-2 text-sm text-slate-700">(on the site now: {live[row.key] ?? "–"})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
