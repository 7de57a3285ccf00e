"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type AuthorChoice = { id: number; displayName: string; certified: boolean };

/** Whose name the byline shows: a lawyer of the firm (a listed profile; the owner adds them under Profiles). */
export function AuthorFieldset({ bylineProfileId, authors, error, onChange }: { bylineProfileId: number | null; authors: AuthorChoice[]; error?: string; onChange: (id: number | null) => void }) {
  const chosen = authors.some((author) => author.id === bylineProfileId);
  return (
    <Field
      id="bylineProfileId"
      label="Author"
      hint={
        <>
          A lawyer of the firm signs every post; the byline links to their page. Lawyers are added under{" "}
          <Link href="/admin/profiles" className="underline">
            Profiles
          </Link>
          , and each edits their own under{" "}
          <Link href="/admin/account" className="underline">
            Your account
          </Link>
          .
        </>
      }
      error={error}
    >
      {(control) => (
        <Select {...control} value={chosen ? String(bylineProfileId) : ""} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          {/* No lawyer yet (several to choose from), or one who is no longer listed. */}
          {!chosen && <option value="">Choose the lawyer</option>}
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.displayName}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
