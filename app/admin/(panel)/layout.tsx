import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SecondFactorOffer } from "@/components/admin/account/second-factor-offer";
import { SessionWatch } from "@/components/admin/account/session-watch";
import { countNewInquiries } from "@/db/inquiries";
import { countOpenProposals, countWaitingReviews } from "@/db/review-requests";
import { requireUser } from "@/lib/accounts/auth";

export const metadata: Metadata = { title: { default: "Admin", template: "%s | Admin" }, robots: { index: false } };

// The layout checks too, but a layout does not re-run on every navigation: each page
// and action under it calls requireUser() / requireActionUser() itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AdminNav user={user} newInquiries={user.role === "owner" ? countNewInquiries() : 0} waitingReview={user.role === "owner" ? countWaitingReviews() + countOpenProposals() : 0} />
      <SecondFactorOffer userId={user.id} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SessionWatch loginPath="/admin/login" />
    </>
  );
}
