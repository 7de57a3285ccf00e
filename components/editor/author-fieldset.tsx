"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type AuthorChoice = { id: number; displayName: string; certified: boolean };

/** Whose name the byline shows: a lawyer's profile (the owner adds profiles under Profiles). */
export function AuthorFieldset({ bylineProfileId, authors, error, onChange }: { bylineProfileId: number | null; authors: AuthorChoice[]; error?: string; onChange: (id: number | null) => void }) {
  return (
    <Field
      id="bylineProfileId"
      label="Author"
      hint={
        <>
          The byline links to the author&apos;s page. Edit names and photos under{" "}
          <Link href="/admin/account" className="underline">
            Your account
          </Link>
          .
        </>
      }
      error={error}
    >
      {(control) => (
        <Select {...control} value={bylineProfileId ?? ""} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          {bylineProfileId === null && <option value="">Choose the author</option>}
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
