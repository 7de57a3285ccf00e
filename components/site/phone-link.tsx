import { parsePhone, phoneHref } from "@/lib/site/phone";

/**
 * The firm's phone number as a tel: link, built from the same parse that validated it
 * (lib/site/phone.ts): "tel:+13345550142;ext=12". A number that does not parse (a stored value
 * from before validation) is shown as text, never dialled wrong.
 */
export function PhoneLink({ phone, className, children }: { phone: string; className?: string; children?: React.ReactNode }) {
  const parsed = parsePhone(phone);
  if (!parsed) return <span className={className}>{children ?? phone}</span>;
  return (
    <a href={phoneHref(parsed)} className={className}>
      {children ?? phone}
    </a>
  );
}
