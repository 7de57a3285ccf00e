"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an import runs, the page asks the server for its progress every two seconds (the state is in the database). */
export function ProgressRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
