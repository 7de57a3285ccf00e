/** One flag of an inquiry (Urgent, Unread, a status, Mail not sent) and how it looks. */
export type InquiryFlag = { label: string; className: string };

/**
 * An inquiry's flags as little boxes. Between boxes a screen reader hears a comma: boxes
 * set apart by spacing alone read as one word ("UnreadUrgentMail not sent").
 */
export function InquiryFlags({ flags }: { flags: (InquiryFlag | false | null | undefined)[] }) {
  return (
    <>
      {flags.filter((flag): flag is InquiryFlag => Boolean(flag)).map((flag) => (
        <span key={flag.label} className="contents">
          <span className="sr-only">, </span>
          <span className={flag.className}>{flag.label}</span>
        </span>
      ))}
    </>
  );
}
