"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { POST_LIMITS } from "@/lib/posts/post-input";
import { slugify } from "@/lib/posts/slug";

/** The tags as the editor's field holds them ("Bond, Court"), one name each, in order. */
function splitTags(value: string): string[] {
  return value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * A post's tags: each one a removable chip, in the writer's order, and a box that adds a tag
 * on Enter or a comma, offering the tags that exist (a new name makes a new tag on save).
 * The field's value stays the comma-separated list the save route reads.
 */
export function TagField({
  value,
  suggestions,
  hint,
  error,
  onChange,
}: {
  value: string;
  suggestions: string[];
  /** Said after the field's own hint (a practice area's tags link posts to it). */
  hint?: string;
  error?: string;
  onChange: (tags: string) => void;
}) {
  const [typed, setTyped] = useState("");
  const chosen = splitTags(value);
  const chosenSlugs = new Set(chosen.map(slugify));
  const full = chosen.length >= POST_LIMITS.tags;
  const offered = suggestions.filter((name) => !chosenSlugs.has(slugify(name)));

  function add(text: string) {
    const names = splitTags(text).filter((name) => !chosenSlugs.has(slugify(name)));
    setTyped("");
    if (names.length > 0) onChange([...chosen, ...names].join(", "));
  }

  function remove(index: number) {
    onChange(chosen.filter((_, i) => i !== index).join(", "));
  }

  return (
    <div className="space-y-2">
      <Field id="tags" label="Tags" hint={`Topics readers can follow, up to ${POST_LIMITS.tags}. Press Enter after each; the first is the main one.${hint ? ` ${hint}` : ""}`} error={error}>
        {(control) => (
          <TextInput
            {...control}
            list="tag-suggestions"
            value={typed}
            disabled={full}
            maxLength={POST_LIMITS.tag + 1}
            placeholder={full ? "Ten tags: remove one to add another" : "Add a tag"}
            autoComplete="off"
            onChange={(e) => {
              const next = e.target.value;
              // A suggestion picked from the list, or a comma typed: the tag is complete.
              const picked = (e.nativeEvent as InputEvent).inputType === "insertReplacementText";
              if (next.includes(",") || (picked && offered.includes(next))) add(next);
              else setTyped(next);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add(typed);
              } else if (e.key === "Backspace" && typed === "" && chosen.length > 0) {
                remove(chosen.length - 1);
              }
            }}
            onBlur={() => add(typed)}
          />
        )}
      </Field>
      <datalist id="tag-suggestions">
        {offered.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {chosen.length > 0 && (
        <ul aria-label="Tags of this post" className="flex flex-wrap gap-2">
          {chosen.map((name, i) => (
            <li key={`${slugify(name)}-${i}`} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-900">
              {name}
              <button
                type="button"
                onClick={() => remove(i)}
                aria-label={`Remove tag ${name}`}
                className="flex size-6 items-center justify-center rounded-full text-brand-800 hover:bg-brand-100"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
