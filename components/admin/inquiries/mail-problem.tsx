import type { MailProblem } from "@/lib/mail/mail-problems";

/** Why mail has not gone, in words; what the mail library said behind a disclosure, for whoever runs the server. */
export function MailProblemText({ problem }: { problem: MailProblem }) {
  return (
    <>
      <span>{problem.summary}</span>
      {problem.detail && (
        <details className="mt-1 text-sm text-slate-700">
          <summary className="cursor-pointer py-1">Technical details</summary>
          <code className="block break-all rounded bg-slate-100 p-2 font-mono text-xs text-slate-900">{problem.detail}</code>
        </details>
      )}
    </>
  );
}
