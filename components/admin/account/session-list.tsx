"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";

export type SessionRow = { id: string; device: string; address: string; lastSeen: string; signedIn: string; current: boolean };

const smallButton = "min-h-11 rounded border border-slate-500 px-3 py-1.5 hover:border-brand-700 disabled:opacity-60";

function EndSessionForm({ action, session, pending }: { action: (form: FormData) => void; session: SessionRow; pending: boolean }) {
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={session.id} />
      <button type="submit" disabled={pending} className={smallButton} aria-label={`Sign out ${session.device}, last seen ${session.lastSeen}`}>
        Sign out
      </button>
    </form>
  );
}

/** "Your account": where you are signed in, with a way to end any other session, or all of them. */
export function SessionList({ sessions, endSession, endOtherSessions }: { sessions: SessionRow[]; endSession: FormAction; endOtherSessions: () => Promise<FormState> }) {
  const [state, endOthers, pending] = useActionState(endOtherSessions, {});
  // One answer for the list: the row of an ended session is gone once the page refreshes.
  const [ended, endOne, ending] = useActionState(endSession, {});
  const others = sessions.filter((session) => !session.current);
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="session-row">
            <div>
              <p className="font-medium text-slate-900">
                {session.device}
                {session.current && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-sm text-green-900">This device</span>}
              </p>
              <p className="text-sm text-slate-700">
                {session.address} · last seen {session.lastSeen} · signed in {session.signedIn}
              </p>
            </div>
            {!session.current && <EndSessionForm action={endOne} session={session} pending={ending} />}
          </li>
        ))}
      </ul>
      <FormMessage ok={ended.ok} message={ended.message} answer={ended} />
      <form action={endOthers} className="space-y-2">
        <Button type="submit" disabled={pending || others.length === 0}>
          Sign out everywhere else
        </Button>
        <FormMessage ok={state.ok} message={state.message} answer={state} />
      </form>
    </div>
  );
}
