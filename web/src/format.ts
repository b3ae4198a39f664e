import { formatMoney as formatMinor } from "@shared/money";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en");

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value >= 10_000 ? compact.format(value) : whole.format(value);
}

/** Rates are fractions in the API; people read percentages. */
export function formatRate(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return "—";
  return `${(value * 100).toFixed(digits)}%`;
}

export function formatMoney(minorUnits: number | null | undefined, currency: string): string {
  if (minorUnits === null || minorUnits === undefined) return "—";
  return formatMinor(minorUnits, currency);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(userLocale, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

const platformNames: Record<string, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  linkedin: "LinkedIn",
};

export function platformName(platform: string): string {
  return platformNames[platform] ?? platform;
}

/** The reader's own language and region: dates are written the way they write them. */
export const userLocale = typeof navigator === "undefined" ? "en" : navigator.language || "en";

/**
 * A calendar date (YYYY-MM-DD) or an instant, as a day in the reader's locale. Calendar dates are read in UTC so
 * "2026-12-04" never shows as the 3rd west of Greenwich.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(userLocale, {
    dateStyle: "medium",
    ...(calendarDate ? { timeZone: "UTC" } : {}),
  }).format(new Date(value));
}

/** "1 creator", "2 creators", "12.5K creators": a count with its noun in the right number. */
export function formatCountOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}
