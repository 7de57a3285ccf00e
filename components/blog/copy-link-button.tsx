"use client";

import { useState } from "react";

// Without JavaScript this is a plain link to the post (long-press to copy on a phone);
// with it, a click copies the address and says so (in the page's language: the labels).
export function CopyLinkButton({ url, className, label, copiedLabel }: { url: string; className?: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={url}
      className={className}
      onClick={(event) => {
        if (!navigator.clipboard) return;
        event.preventDefault();
        navigator.clipboard.writeText(url).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 2500);
          },
          // Copying was refused: open the address instead, as without JavaScript.
          () => window.location.assign(url),
        );
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </a>
  );
}
