"use client";

/* eslint-disable @next/next/no-img-element -- a just-uploaded cover, served as a checked file */
import { UPLOAD_LIMIT_TEXT } from "@/lib/media/upload-limit.mjs";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { POST_LIMITS, type PostFieldsInput } from "@/lib/posts/post-input";

/** The cover image: upload (checked by the server), its description, removal. */
export function CoverFieldset({
  coverMediaId,
  coverAlt,
  coverUrl,
  error,
  altError,
  onChange,
  onError,
  onExpired,
}: {
  coverMediaId: number | null;
  coverAlt: string;
  coverUrl: string | null;
  /** The upload's problem (or the server's, about the image). */
  error?: string;
  altError?: string;
  onChange: (patch: Partial<PostFieldsInput>, coverUrl?: string | null) => void;
  onError: (message: string | undefined) => void;
  onExpired: () => void;
}) {
  const [uploading, setUploading] = useState(false);

  async function upload(file: File) {
    setUploading(true);
    onError(undefined);
    const body = new FormData();
    body.append("file", file);
    try {
      const response = await fetch("/admin/api/media", { method: "POST", body });
      if (response.status === 401) {
        onExpired();
        return;
      }
      const data = (await response.json().catch(() => null)) as { ok: boolean; error?: string; media?: { id: number; url: string } } | null;
      if (!data?.ok || !data.media) {
        onError(data?.error ?? "The upload failed.");
        return;
      }
      onChange({ coverMediaId: data.media.id }, data.media.url);
    } catch {
      onError("The upload failed: the connection dropped.");
    } finally {
      setUploading(false);
    }
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-brand-900">Cover image</legend>
      {coverUrl && coverMediaId !== null && <img src={coverUrl} alt="" className="max-h-48 w-full rounded object-contain" />}
      <Field id="cover" label={coverUrl ? "Replace the cover image" : "Upload a cover image"} hint={`JPEG, PNG or WebP, up to ${UPLOAD_LIMIT_TEXT} and 40 megapixels.`} error={error}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={uploading}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = "";
            }}
            className="mt-1 block w-full text-sm"
          />
        )}
      </Field>
      {uploading && <p className="text-sm text-slate-700">Uploading…</p>}
      {coverMediaId !== null && (
        <>
          <Field id="coverAlt" label="Image description (alt text)" hint="What the image shows, for people who cannot see it. Required." error={altError}>
            {(control) => <TextInput {...control} value={coverAlt} required maxLength={POST_LIMITS.coverAlt} onChange={(e) => onChange({ coverAlt: e.target.value })} />}
          </Field>
          <button type="button" onClick={() => onChange({ coverMediaId: null, coverAlt: "" }, null)} className="text-sm text-red-800 underline">
            Remove the image
          </button>
        </>
      )}
    </fieldset>
  );
}
