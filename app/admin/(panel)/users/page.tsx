import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import { AccountActiveForm, AddEditorForm, PublishingRightsForm, ResetPasswordForm } from "@/components/admin/account/user-forms";
import { listAccounts } from "@/db/users";
import { requireUser } from "@/lib/accounts/auth";
import { addEditor, resetPassword, setAccountActive, setPublishingRights } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser({ returnTo: "/admin/users", role: "owner" });
  const accounts = listAccounts();
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold text-brand-900">Users</h1>
      <ScrollBox label="Users">
                <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} className="border-b border-slate-200 align-top">
                <td className="py-3 pr-4">{account.name}</td>
                <td className="py-3 pr-4">{account.email}</td>
                <td className="py-3 pr-4">
                  {account.role}
                  {account.role === "editor" && <span className="block text-sm text-slate-700">{account.publishesDirectly ? "publishes without review" : "changes reviewed by the owner"}</span>}
                </td>
                <td className="py-3 pr-4">{account.active ? "Active" : "Deactivated"}</td>
                <td className="space-y-2 py-3">
                  {account.id !== me.id && (
                    <>
                      <AccountActiveForm action={setAccountActive} userId={account.id} name={account.name} active={account.active} />
                      {account.role === "editor" && (
                        <PublishingRightsForm action={setPublishingRights} userId={account.id} name={account.name} publishesDirectly={account.publishesDirectly} />
                      )}
                      <ResetPasswordForm action={resetPassword} userId={account.id} name={account.name} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <section className="max-w-md space-y-4">
        <h2 className="text-xl font-semibold text-brand-900">Add an editor</h2>
        <p className="text-slate-700">Editors write posts and pages and send them to you for review (“In review”); you can let one you trust publish directly. They cannot see inquiries or change users or settings.</p>
        <AddEditorForm action={addEditor} />
      </section>
    </div>
  );
}
