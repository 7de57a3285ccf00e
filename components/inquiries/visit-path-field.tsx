"use client";

import { useSyncExternalStore } from "react";
import { VISIT_PATH_FIELD, VISIT_PATH_STORAGE_KEY } from "@/lib/visits/visit-path";

// The visit's path (components/site/visit-beacon.tsx keeps it in this tab) goes with the
// form, and only with the form: the firm sees which post its writer read. Empty without
// JavaScript (the server's render) or when counting is off.
const unchanging = () => () => {};
function storedPath(): string {
  try {
    return sessionStorage.getItem(VISIT_PATH_STORAGE_KEY) ?? "";
  } catch {
    return ""; // no storage: nothing to send
  }
}

export function VisitPathField() {
  const value = useSyncExternalStore(unchanging, storedPath, () => "");
  return <input type="hidden" name={VISIT_PATH_FIELD} value={value} />;
}
