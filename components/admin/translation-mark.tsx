import Link from "next/link";
import type { TranslationState } from "@/db/translations/translation-admin";

/**
 * Whether a post (or a lawyer's bio) has a Spanish version, and whether it follows the
 * English: "Spanish", "Spanish draft", "Spanish: needs update" (the English changed after
 * it), or "Add Spanish"; each leads to the Spanish version's page, `href`. A state without
 * a status is published (a bio has no drafts: it is shown once saved).
 */
export function TranslationMark({ href, state }: { href: string; state: (Partial<Pick<TranslationState, "status">> & { needsUpdate: boolean }) | undefined }) {
  const label = !state ? "Add Spanish version" : state.needsUpdate ? "Spanish: needs update" : state.status !== "draft" ? "Spanish version" : "Spanish draft";
  const look = state?.needsUpdate ? "bg-amber-100 text-amber-950" : state ? "bg-brand-50 text-brand-900" : "text-slate-700";
  return (
    <Link href={href} className={`mt-1 inline-block rounded px-1.5 py-0.5 text-xs font-medium underline ${look}`} data-translation={state ? (state.needsUpdate ? "needs-update" : (state.status ?? "published")) : "none"}>
      {label}
    </Link>
  );
}
