/** A phone number as a tel: link (digits and + only in the href). */
export function PhoneLink({ phone, className, children }: { phone: string; className?: string; children?: React.ReactNode }) {
  const digits = phone.replace(/[^\d+]/g, "");
  return (
    <a href={`tel:${digits}`} className={className}>
      {children ?? phone}
    </a>
  );
}
