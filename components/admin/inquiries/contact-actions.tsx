import { callHref, textHref } from "@/lib/site/phone";
import { buttonClass } from "@/components/ui/button";

type Way = { key: string; href: string; label: string };

const first = buttonClass({ className: "inline-flex items-center justify-center" });
const other = buttonClass({ variant: "secondary", className: "inline-flex items-center justify-center" });

/**
 * Call, text and mail links for an inquiry, one tap each, in the order the person asked to
 * be reached: their chosen way first and filled in. A way they gave no number or address
 * for is not offered.
 */
export function ContactActions({
  inquiry,
  firmName,
}: {
  inquiry: { name: string; reference: string; phone: string | null; email: string | null; contactMethod: string | null };
  firmName: string;
}) {
  const call = inquiry.phone ? callHref(inquiry.phone) : undefined;
  const text = inquiry.phone ? textHref(inquiry.phone) : undefined;
  const subject = encodeURIComponent(`Your message to ${firmName} (${inquiry.reference})`);
  const ways: Way[] = [
    ...(call ? [{ key: "phone", href: call, label: `Call ${inquiry.phone}` }] : []),
    ...(text ? [{ key: "text", href: text, label: `Text ${inquiry.phone}` }] : []),
    ...(inquiry.email ? [{ key: "email", href: `mailto:${inquiry.email}?subject=${subject}`, label: `Email ${inquiry.email}` }] : []),
  ];
  if (ways.length === 0) return null;
  const chosen = ways.findIndex((way) => way.key === inquiry.contactMethod);
  if (chosen > 0) ways.unshift(...ways.splice(chosen, 1));
  return (
    <ul aria-label={`Reach ${inquiry.name}`} className="flex flex-wrap gap-2">
      {ways.map((way, i) => (
        <li key={way.key}>
          <a href={way.href} className={`${i === 0 && chosen >= 0 ? first : other} break-all`}>
            {way.label}
            {i === 0 && chosen >= 0 && <span className="sr-only"> (the way they asked for)</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
