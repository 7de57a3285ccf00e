import "server-only";
import { listPublicTranslationPaths } from "@/db/translations/translations";

/** The privacy policy's Spanish version, for the Spanish form's note; undefined while it is not written (the form links the English one). */
export function spanishPrivacyHref(): string | undefined {
  const privacy = listPublicTranslationPaths("es").find((row) => row.kind === "page" && row.originalSlug === "privacy");
  return privacy ? `/es/${privacy.slug}` : undefined;
}
