"use client";

import { useState } from "react";

// Without JavaScript this is a plain link to the post (long-press to copy on a phone);
// with it, a click copies the address and says so.
export function CopyLinkButton({ url, className }: { url: string; className?: string }) {
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
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </a>
  );
}
