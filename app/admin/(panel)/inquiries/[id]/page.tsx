import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/admin/back-link";
import { notFound } from "next/navigation";
import { InquiryNoteForm } from "@/components/admin/inquiries/inquiry-note-form";
import { InquiryStatusForm } from "@/components/admin/inquiries/inquiry-status-form";
import { ContactActions } from "@/components/admin/inquiries/contact-actions";
import { MailProblemText } from "@/components/admin/inquiries/mail-problem";
import { MarkInquiryRead } from "@/components/admin/inquiries/mark-inquiry-read";
import { listAllConflictParties } from "@/db/conflict-list";
import { getInquiry, listConflictCandidates, listInquiryEvents } from "@/db/inquiries/inquiries";
import { outboxForInquiry } from "@/db/outbox";
import { inquiryPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { CONFLICT_ROLE_LABELS } from "@/lib/conflicts/conflict-list";
import { findConflicts, findListConflicts, type InquiryNameRole } from "@/lib/conflicts/conflict-names";
import { mailServerConfigured } from "@/lib/mail/mail";
import { describeMailProblem } from "@/lib/mail/mail-problems";
import { formatCalendarDate, formatDateTime } from "@/lib/dates/format";
import { ABOUT_WHOM, CONTACT_METHODS, CONTACT_TIMES, CUSTODY_STATUSES, MATTER_TYPES, optionLabel } from "@/lib/inquiries/inquiry-form";
import { statusLabel } from "@/lib/inquiries/inquiry-statuses";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { getSiteSettings } from "@/lib/site/settings";
import { addInquiryNote, changeInquiryStatus, markInquiryAsRead } from "../actions";
import { parseId } from "@/lib/http/url-params";
import { cameFrom } from "@/lib/visits/came-from";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: await inquiryPageTitle(id, "Inquiry"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }> };

const ROLE_WORDS: Record<InquiryNameRole, string> = { sender: "the sender", "person charged": "the person charged", "other party": "another person involved" };


export default async function InquiryPage({ params }: Props) {
  const { id: idText } = await params;
  await requireUser({ returnTo: `/admin/inquiries/${encodeURIComponent(idText)}`, role: "owner" });
  const id = parseId(idText);
  const site = getSiteSettings();
  const inquiry = id === undefined ? undefined : getInquiry(id, urgencyWindow(site.timeZone));
  if (!inquiry) notFound();

  const events = listInquiryEvents(inquiry.id);
  const mails = outboxForInquiry(inquiry.id);
  const conflicts = findConflicts(inquiry, listConflictCandidates(inquiry.id));
  const listed = findListConflicts(inquiry, listAllConflictParties());
  const smtp = mailServerConfigured();
  const when = (date: Date) => formatDateTime(date, site.timeZone);

  const details: [string, string | null][] = [
    ["Email", inquiry.email],
    ["Phone", inquiry.phone],
    ["Best way to contact", optionLabel(CONTACT_METHODS, inquiry.contactMethod)],
    ["Best time", optionLabel(CONTACT_TIMES, inquiry.contactTime)],
    ["About", optionLabel(ABOUT_WHOM, inquiry.aboutWhom)],
    ["Person charged", inquiry.personCharged],
    ["Type of matter", optionLabel(MATTER_TYPES, inquiry.matterType)],
    ["County", inquiry.county],
    ["Custody", optionLabel(CUSTODY_STATUSES, inquiry.custodyStatus)],
    ["Next court date", formatCalendarDate(inquiry.courtDate)],
    ["Charges", inquiry.charges],
    ["Other people involved", inquiry.otherParties],
    ["Message", inquiry.message],
    ["Heard of us through", inquiry.heardFrom],
    // What the visitor's browser recorded of the visit (lib/visits/): the post read last and the source.
    ["Came from", cameFrom(inquiry)],
  ];

  return (
    <div className="max-w-4xl space-y-8">
      <BackLink href="/admin/inquiries">All inquiries</BackLink>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{inquiry.name}</h1>
        <p className="text-slate-700">
          Reference <span className="font-mono font-semibold">{inquiry.reference}</span> · received {when(inquiry.createdAt)} · status{" "}
          <strong>{statusLabel(inquiry.status)}</strong>
          {inquiry.urgent && <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-sm font-semibold text-white">Urgent</span>}
          {inquiry.language === "es" && <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-sm font-semibold text-brand-900">Inquiry in Spanish</span>}
        </p>
        <ContactActions inquiry={inquiry} firmName={site.firmName} />
        {!inquiry.readAt && <MarkInquiryRead id={inquiry.id} action={markInquiryAsRead} />}
      </div>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-xl font-semibold text-brand-900">
          What they told us
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="whitespace-pre-line break-words text-slate-900">{value || "—"}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="conflicts-heading" className="space-y-2">
        <h2 id="conflicts-heading" className="text-xl font-semibold text-brand-900">
          Conflict check
        </h2>
        {conflicts.length === 0 && listed.length === 0 ? (
          <p className="text-slate-700">
            Nobody on the firm&apos;s conflict list or in another inquiry has {inquiry.personCharged || inquiry.otherParties ? "these names" : "this name"}.
          </p>
        ) : (
          <ul className="space-y-2">
            {listed.map((match) => (
              <li key={`list-${match.party.id}`} className="rounded-md border border-red-700 bg-red-50 p-3 text-slate-900">
                <strong>Conflict list</strong>
                {match.party.matter && (
                  <>
                    , matter <strong>{match.party.matter}</strong>
                  </>
                )}
                :{" "}
                {match.reasons
                  .map((r) => `“${r.ours}” (${ROLE_WORDS[r.ourRole]}) matches “${r.theirs}”, ${CONFLICT_ROLE_LABELS[r.theirRole].split(" (")[0]!.toLowerCase()}`)
                  .join("; ")}
              </li>
            ))}
            {conflicts.map((match) => (
              <li key={match.inquiry.id} className="rounded-md border border-amber-600 bg-amber-50 p-3">
                Earlier inquiry{" "}
                <Link href={`/admin/inquiries/${match.inquiry.id}`} className="font-mono font-semibold text-brand-700 underline">
                  {match.inquiry.reference}
                </Link>{" "}
                ({match.inquiry.name}, {when(match.inquiry.createdAt)}, {statusLabel(match.inquiry.status)}):{" "}
                {match.reasons.map((r) => `“${r.ours}” (${ROLE_WORDS[r.ourRole]}) matches “${r.theirs}”, ${ROLE_WORDS[r.theirRole]} there`).join("; ")}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm">
          <Link href="/admin/inquiries/conflicts" className="text-brand-700 underline">
            The firm&apos;s conflict list
          </Link>
        </p>
      </section>

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-xl font-semibold text-brand-900">
          Status
        </h2>
        <InquiryStatusForm inquiryId={inquiry.id} status={inquiry.status} action={changeInquiryStatus} />
      </section>

      <section aria-labelledby="note-heading" className="space-y-3">
        <h2 id="note-heading" className="text-xl font-semibold text-brand-900">
          Add an internal note
        </h2>
        <InquiryNoteForm inquiryId={inquiry.id} action={addInquiryNote} />
      </section>

      <section id="history" aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold text-brand-900">
          History
        </h2>
        <ol className="space-y-2">
          <li className="text-slate-700">
            {when(inquiry.createdAt)}: received through the website{inquiry.language === "es" ? ", with the form in Spanish" : ""}. Agreed to the notice
            (version {inquiry.consentVersion}{inquiry.language === "es" ? ", in Spanish" : ""}) at {when(inquiry.consentAt)}.
          </li>
          {events.map((event) => (
            <li key={event.id} className="text-slate-900">
              <span className="text-slate-700">
                {when(event.createdAt)}, {event.userName ?? "a former user"}:
              </span>{" "}
              {event.kind === "status" ? (
                <>
                  status {statusLabel(event.fromStatus)} → <strong>{statusLabel(event.toStatus)}</strong>
                </>
              ) : (
                <span className="whitespace-pre-line">note: {event.note}</span>
              )}
            </li>
          ))}
        </ol>
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer py-2">The notice they agreed to{inquiry.language === "es" ? " (in Spanish)" : ""}</summary>
          <p className="whitespace-pre-line" lang={inquiry.language} data-consent-text="">
            {inquiry.consentText}
          </p>
        </details>
      </section>

      <section aria-labelledby="mail-heading" className="space-y-2">
        <h2 id="mail-heading" className="text-xl font-semibold text-brand-900">
          Mail about this inquiry
        </h2>
        {mails.length === 0 ? (
          <p className="text-slate-700">None queued (no notification address was set).</p>
        ) : (
          <ul className="space-y-2 text-slate-900">
            {mails.map((mail) => (
              <li key={mail.id}>
                {mail.subject}:{" "}
                {mail.sentAt ? (
                  `sent ${when(mail.sentAt)}`
                ) : (
                  <>
                    not sent yet{mail.attempts > 0 && ` (next try ${when(mail.nextAttemptAt)})`}. <MailProblemText problem={describeMailProblem(mail, smtp)} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <p>
        <Link href={`/admin/inquiries/${inquiry.id}/delete`} className="inline-flex min-h-11 items-center rounded-md border border-red-700 px-4 font-medium text-red-800 hover:bg-red-50">
          Delete this inquiry…
        </Link>
      </p>
    </div>
  );
}
