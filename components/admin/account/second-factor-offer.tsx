import Link from "next/link";

/** Shown in the admin until the account has a second factor: the offer made at first sign-in, and after. */
export function SecondFactorOffer({ factors }: { factors: { totp: boolean; passkeys: number } }) {
  if (factors.totp || factors.passkeys > 0) return null;
  return (
    <p className="mb-6 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-slate-900" data-testid="second-factor-offer">
      Your account is protected by a password only.{" "}
      <Link href="/admin/account#second-factor-heading" className="font-medium text-brand-800 underline">
        Add a second factor
      </Link>{" "}
      (an authenticator app or a passkey) so a stolen password cannot open the inquiries.
    </p>
  );
}
