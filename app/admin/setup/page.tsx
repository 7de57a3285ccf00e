import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/admin/account/setup-form";
import { isSetupTokenValid } from "@/lib/accounts/first-user";
import { createOwner } from "./actions";

export const metadata: Metadata = { title: "Create the owner account", robots: { index: false } };

export default async function SetupPage({ searchParams }: PageProps<"/admin/setup">) {
  const { token } = await searchParams;
  if (!isSetupTokenValid(token)) notFound();
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">Create the owner account</h1>
      <p className="mt-2 text-slate-700">This account can manage posts, inquiries, users and the firm’s settings.</p>
      <SetupForm action={createOwner} token={String(token)} />
    </main>
  );
}
