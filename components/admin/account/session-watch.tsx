"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";

// Sessions end after 30 minutes idle (lib/accounts/session-rules.ts). Two minutes before, this says
// so and offers "Stay signed in" (WCAG 2.2.1); once the session has ended it says that
// instead, and stops every form on the page from being sent into a sign-in page: what was
// typed stays where it is while the person signs in again in another tab.
// It asks /admin/api/session how long is left (asking does not count as activity), so a
// save, another tab or a page load elsewhere keeps the timer honest.

const WARN_BEFORE_END_MS = 2 * 60_000; // as lib/accounts/session-rules.ts (this file runs in the browser)
const CHECK_EVERY_MS = 60_000;
const ENDED_CHECK_EVERY_MS = 4_000;

type Phase = "quiet" | "warning" | "ended";

async function askTimeLeft(method: "GET" | "POST"): Promise<{ msLeft: number; extendable: boolean } | "ended" | "unknown"> {
  try {
    const response = await fetch("/admin/api/session", { method, cache: "no-store", headers: { Accept: "application/json" } });
    if (response.status === 401) return "ended";
    if (!response.ok) return "unknown";
    return (await response.json()) as { msLeft: number; extendable: boolean };
  } catch {
    // Offline for a moment: say nothing rather than something wrong.
    return "unknown";
  }
}

export function SessionWatch({ loginPath }: { loginPath: string }) {
  const [phase, setPhase] = useState<Phase>("quiet");
  const [extendable, setExtendable] = useState(true);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [minutes, setMinutes] = useState(2);
  const phaseRef = useRef<Phase>("quiet");
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  const apply = useCallback((answer: Awaited<ReturnType<typeof askTimeLeft>>) => {
    if (answer === "unknown") return;
    if (answer === "ended") {
      setPhase("ended");
      return;
    }
    setExtendable(answer.extendable);
    setEndsAt(Date.now() + answer.msLeft);
    setMinutes(Math.max(1, Math.round(answer.msLeft / 60_000)));
    setPhase(answer.msLeft <= WARN_BEFORE_END_MS ? "warning" : "quiet");
  }, []);

  const check = useCallback(async () => apply(await askTimeLeft("GET")), [apply]);

  // Ask now, every minute, when the tab is shown again, and at the moment the warning is due.
  useEffect(() => {
    const first = setTimeout(() => void check(), 0);
    const every = setInterval(() => void check(), CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    // Coming back to this tab (after signing in again in another one) asks at once.
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(first);
      clearInterval(every);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [check]);

  // Once ended, ask often: signing in again in another tab closes the dialog here soon after,
  // whether or not the browser says this tab was hidden meanwhile.
  useEffect(() => {
    if (phase !== "ended") return;
    const often = setInterval(() => void check(), ENDED_CHECK_EVERY_MS);
    return () => clearInterval(often);
  }, [phase, check]);

  useEffect(() => {
    if (endsAt === null || phase === "ended") return;
    const due = phase === "quiet" ? endsAt - WARN_BEFORE_END_MS : endsAt;
    const timer = setTimeout(() => void check(), Math.max(0, due - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [endsAt, phase, check]);

  // While the session is over, a form sent now would land on the sign-in page and its text be lost.
  useEffect(() => {
    const hold = (event: SubmitEvent) => {
      if (phaseRef.current !== "ended") return;
      const form = event.target as HTMLFormElement | null;
      if (form?.closest("[data-session-watch]")) return;
      event.preventDefault();
      event.stopPropagation();
      void check();
      if (dialog.current && !dialog.current.open) dialog.current.showModal();
      dialog.current?.querySelector<HTMLElement>("[data-session-focus]")?.focus();
    };
    window.addEventListener("submit", hold, true);
    return () => window.removeEventListener("submit", hold, true);
  }, [check]);

  // The dialog is modal while it is open; closing it puts focus back where it was.
  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (phase === "quiet") {
      if (box.open) box.close();
      return;
    }
    if (!box.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      box.showModal();
    }
    box.querySelector<HTMLElement>("[data-session-focus]")?.focus();
  }, [phase]);

  const onClose = () => {
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
    else document.querySelector<HTMLElement>("main h1, main")?.focus();
    // Escape closes the warning; the session still ends unless the person acts.
    if (phaseRef.current === "warning") setPhase("quiet");
  };

  const stay = async () => apply(await askTimeLeft("POST"));

  const here = typeof window === "undefined" ? "/admin" : window.location.pathname + window.location.search;

  return (
    <dialog
      ref={dialog}
      data-session-watch
      aria-labelledby="session-watch-title"
      aria-describedby="session-watch-text"
      onClose={onClose}
      className="m-auto w-[32rem] max-w-[calc(100vw-2rem)] rounded-lg border-2 border-brand-800 p-6 text-slate-900 backdrop:bg-slate-900/50"
    >
      {phase === "ended" ? (
        <div className="space-y-4">
          <h2 id="session-watch-title" className="text-xl font-semibold text-brand-900">
            Your session has ended
          </h2>
          <p id="session-watch-text">
            Nothing on this page has been sent, and what you typed is still here. Sign in again in a new tab, then come back to
            this tab and send it.
          </p>
          <div className="flex flex-wrap gap-3">
            <a
              data-session-focus
              href={`${loginPath}?next=${encodeURIComponent(here)}`}
              target="_blank"
              rel="noopener"
              className={buttonClass({ className: "inline-flex items-center" })}
            >
              Sign in again<span className="sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true">&nbsp;↗</span>
            </a>
            <form method="dialog">
              <button type="submit" className="min-h-11 rounded-md border border-slate-500 px-4 font-medium hover:bg-slate-50">
                Back to the page
              </button>
            </form>
          </div>
        </div>
      ) : (
        <div className="space-y-4">
          <h2 id="session-watch-title" className="text-xl font-semibold text-brand-900">
            {extendable ? "You will be signed out soon" : "This session is ending"}
          </h2>
          <p id="session-watch-text">
            {extendable
              ? `Nothing has happened here for a while. In about ${minutes} ${minutes === 1 ? "minute" : "minutes"} you will be signed out, to keep the firm's inquiries safe.`
              : `A session lasts 12 hours at most. It ends in about ${minutes} ${minutes === 1 ? "minute" : "minutes"}: save what you are writing, then sign in again.`}
          </p>
          <div className="flex flex-wrap gap-3">
            {extendable && (
              <Button
                type="button"
                data-session-focus
                onClick={() => void stay()}
              >
                Stay signed in
              </Button>
            )}
            <form method="dialog">
              <button type="submit" data-session-focus={extendable ? undefined : true} className="min-h-11 rounded-md border border-slate-500 px-4 font-medium hover:bg-slate-50">
                {extendable ? "Not now" : "OK"}
              </button>
            </form>
          </div>
        </div>
      )}
    </dialog>
  );
}
