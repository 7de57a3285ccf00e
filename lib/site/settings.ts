// The settings as stored, over their defaults (lib/site/settings-schema.ts holds the rules).
import "server-only";
import type { z } from "zod";
import { db, type Db } from "@/db/client";
import { findMediaById } from "@/db/media";
import { readSettingValues, settingsVersion } from "@/db/settings";
import {
  defaultIntakeSettings,
  defaultLogoSettings,
  defaultSettings,
  intakeSettingsSchema,
  logoSettingsSchema,
  settingsSchema,
  type IntakeSettings,
  type SiteSettings,
} from "./settings-schema";
import { defaultVisitSettings, visitSettingsSchema, type VisitSettings } from "@/lib/visits/visit-settings";
import { defaultSpanishSettings, spanishSettingsSchema, type SpanishSettings } from "@/lib/i18n/spanish-settings";

/** Stored values over `defaults`, key by key; a stored value that fails its field's schema falls back. */
function storedOver<T extends Record<string, unknown>>(shape: Record<string, z.ZodType>, defaults: T): T {
  const stored = readSettingValues();
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(shape)) {
    if (!(key in stored)) continue;
    const parsed = field.safeParse(stored[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as T;
}

// Parsed once and kept until a setting is written (or the database is another one, in
// tests): /contact and the admin read them on every request. Callers must not change them.
type Parsed = { db: Db; version: number; site?: SiteSettings; intake?: IntakeSettings; visits?: VisitSettings; spanish?: SpanishSettings; logo?: Logo | null };
const holder = globalThis as unknown as { __parsedSettings?: Parsed };

function parsed(): Parsed {
  const current = holder.__parsedSettings;
  const version = settingsVersion();
  if (current && current.db === db() && current.version === version) return current;
  return (holder.__parsedSettings = { db: db(), version });
}

/** The firm's details over the defaults. */
export function getSiteSettings(): SiteSettings {
  const cache = parsed();
  return (cache.site ??= storedOver(settingsSchema.shape, defaultSettings));
}

/** A post's disclaimer: its own, or the default, with {state} filled in. */
export function postDisclaimer(own: string | null, site: SiteSettings): string {
  return (own?.trim() || site.postDisclaimer).replaceAll("{state}", site.state);
}

/** The intake settings over their defaults. */
export function getIntakeSettings(): IntakeSettings {
  const cache = parsed();
  return (cache.intake ??= storedOver(intakeSettingsSchema.shape, defaultIntakeSettings));
}

/** Whether visits are counted (lib/visits/): read by every beacon, so kept parsed like the rest. */
export function getVisitSettings(): VisitSettings {
  const cache = parsed();
  return (cache.visits ??= storedOver(visitSettingsSchema.shape, defaultVisitSettings));
}

/** What the firm wrote in Spanish (lib/i18n/spanish-settings.ts): empty where it has not. */
export function getSpanishSettings(): SpanishSettings {
  const cache = parsed();
  return (cache.spanish ??= storedOver(spanishSettingsSchema.shape, defaultSpanishSettings));
}

/** The firm's logo, as the header and the icon use it. */
export type Logo = { fileName: string; mimeType: string; width: number | null; height: number | null };

/** The uploaded logo, or null when there is none (or its image is gone). */
export function getLogo(): Logo | null {
  const cache = parsed();
  if (cache.logo !== undefined) return cache.logo;
  const { logoMediaId } = storedOver(logoSettingsSchema.shape, defaultLogoSettings);
  const image = logoMediaId === null ? undefined : findMediaById(logoMediaId);
  return (cache.logo = image ? { fileName: image.fileName, mimeType: image.mimeType, width: image.width, height: image.height } : null);
}
