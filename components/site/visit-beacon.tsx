"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { BEACON_PATH } from "@/lib/http/routes.mjs";
import { nextVisitPath, parseVisitPath, VISIT_PATH_STORAGE_KEY } from "@/lib/visits/visit-path";

// Counts a page view once the page has loaded (lib/visits/record-visit.ts), and keeps the
// visit's path in this tab's sessionStorage for the contact form. No cookie, no identifier:
// the request carries the page and its referrer, nothing else. A prerendered page waits until
// it is shown; with JavaScript off nothing is sent and nothing breaks. The page stays static:
// the path comes from the router, the query from `location` inside the effect.
export function VisitBeacon() {
  const pathname = usePathname();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const page = location.pathname + location.search;
    // A move inside the site (the router's) came from the page before it.
    const referrer = previous.current === null ? document.referrer : location.origin + previous.current;
    previous.current = page;
    const send = () => {
      try {
        const stored = parseVisitPath(sessionStorage.getItem(VISIT_PATH_STORAGE_KEY));
        sessionStorage.setItem(VISIT_PATH_STORAGE_KEY, JSON.stringify(nextVisitPath(stored, page, referrer, location.origin)));
      } catch {
        // Storage refused (a private window's quota, a setting): the view still counts.
      }
      const body = JSON.stringify({ p: page.slice(0, 600), r: referrer.slice(0, 1024) });
      if (!navigator.sendBeacon?.(BEACON_PATH, body)) void fetch(BEACON_PATH, { method: "POST", body, keepalive: true }).catch(() => {});
    };
    const whenShown = () => (document.readyState === "complete" ? send() : addEventListener("load", send, { once: true }));
    if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener("prerenderingchange", whenShown, { once: true });
    else whenShown();
    return () => removeEventListener("load", send);
  }, [pathname]);

  return null;
}
