import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getInquiry } from "@/db/inquiries/inquiries";
import { inquiryPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { formatDateTime } from "@/lib/dates/format";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { getSiteSettings } from "@/lib/site/settings";
import { deleteInquiry } from "../../actions";
import { parseId } from "@/lib/http/url-params";
import { Button } from "@/components/ui/button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: await inquiryPageTitle(id, "Delete inquiry"), robots: { index: false } };
}

// The confirmation step: a page of its own, so it works without JavaScript.
export default async function DeleteInquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idText } = await params;
  await requireUser({ returnTo: `/admin/inquiries/${encodeURIComponent(idText)}/delete`, role: "owner" });
  const site = getSiteSettings();
  const id = parseId(idText);
  const inquiry = id === undefined ? undefined : getInquiry(id, urgencyWindow(site.timeZone));
  if (!inquiry) notFound();
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Delete inquiry {inquiry.reference}?</h1>
      <p className="text-slate-800">
        The inquiry from <strong>{inquiry.name}</strong>, received {formatDateTime(inquiry.createdAt, site.timeZone)}, will be deleted with its
        notes and history. This cannot be undone.
      </p>
      <form action={deleteInquiry} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={inquiry.id} />
        <input type="hidden" name="confirm" value="yes" />
        <Button type="submit" variant="danger">
          Yes, delete it
        </Button>
        <Link href={`/admin/inquiries/${inquiry.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          No, keep it
        </Link>
      </form>
    </div>
  );
}
