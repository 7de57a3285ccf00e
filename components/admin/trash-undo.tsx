"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** How long "Undo" is offered after a post goes to the trash (the trash keeps it after that). */
export const UNDO_SECONDS = 10;

/**
 * "Undo" beside the trash notice, for a few seconds: a real form (it works without
 * JavaScript, and then stays); with JavaScript it goes away after UNDO_SECONDS, as the
 * notice says.
 */
export function TrashUndo({ postId, title, action }: { postId: number; title: string; action: (form: FormData) => Promise<void> }) {
  const [expired, setExpired] = useState(false);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setExpired(true), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  // Never taken away from under the keyboard: a focused Undo stays until focus leaves it,
  // so focus is not dropped on <body> (WCAG 2.4.3).
  if (expired && !focused) return null;
  return (
    <form action={action} className="inline" onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="undo" value="1" />
      <Button type="submit" variant="secondary" size="sm" className="ml-2 bg-white">
        Undo <span className="sr-only">moving {title} to the trash</span>
      </Button>
    </form>
  );
}
