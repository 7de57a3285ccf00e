import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SecondFactorOffer } from "@/components/admin/account/second-factor-offer";
import { SessionWatch } from "@/components/admin/account/session-watch";
import { countNewInquiries } from "@/db/inquiries/inquiries";
import { countWaitingApprovals } from "@/db/approval-requests";
import { countOpenProposals } from "@/db/proposed-changes";
import { secondFactorsOf } from "@/db/second-factors";
import { requireUser } from "@/lib/accounts/auth";

export const metadata: Metadata = { title: { default: "Admin", template: "%s | Admin" }, robots: { index: false } };

// The layout checks too, but a layout does not re-run on every navigation: each page
// and action under it calls requireUser() / requireActionUser() itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AdminNav user={user} newInquiries={user.role === "owner" ? countNewInquiries() : 0} waitingApproval={user.role === "owner" ? countWaitingApprovals() + countOpenProposals() : 0} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {/* Inside the main landmark, so it is read with the page and reached from the skip link. */}
        <SecondFactorOffer factors={secondFactorsOf(user.id)} />
        {children}
      </main>
      <SessionWatch loginPath="/admin/login" />
    </>
  );
}
