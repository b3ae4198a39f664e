/**
 * UTC calendar days, as the server, the PDFs and the web app count them. A day is "YYYY-MM-DD" text, a time is
 * UTC ISO-8601 text with milliseconds (decision 0001). A day runs from its midnight to its last millisecond,
 * 23:59:59.999Z, inclusive: the one end-of-day convention, used wherever a day or a campaign window ends.
 */

export const dayMs = 86_400_000;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar day in YYYY-MM-DD form (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!dayPattern.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * The days a date field accepts unless it says otherwise: a date outside them is a typing slip, and a span from
 * year 0 would make reports and charts count days by the hundred thousand.
 */
export const earliestDay = "2000-01-01";
export const latestDay = "2100-12-31";

/** A campaign's longest span: an always-on ambassador programme runs for years, not decades. */
export const maxCampaignDays = 5 * 366;

/**
 * The longest span of a daily series (link analytics, a report's days): a whole campaign with the longest
 * attribution window, so no answer or chart grows without end.
 */
export const maxSpanDays = maxCampaignDays + 366;

/** Whether `text` is a real calendar day within [earliestDay, latestDay]. */
export function isDayInRange(text: string): boolean {
  return isCalendarDay(text) && text >= earliestDay && text <= latestDay;
}

/** Whether an ISO-8601 time falls on a day within [earliestDay, latestDay] (in UTC). */
export function isTimeInRange(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && isDayInRange(new Date(time).toISOString().slice(0, 10));
}

/** The UTC day a time falls on. */
export function dayOf(time: string | Date): string {
  return (typeof time === "string" ? new Date(time) : time).toISOString().slice(0, 10);
}

/** The first millisecond of a day. */
export function startOfDay(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** The last millisecond of a day, inclusive. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/** The day `days` after (or, negative, before) `day`. */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(startOfDay(day)) + days * dayMs));
}

/** Whole days from `from` to `to`: 1 for the next day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(startOfDay(to)) - Date.parse(startOfDay(from))) / dayMs);
}

/** Every day from `first` to `last`, both included; empty when `last` is before `first`. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The inclusive end of a campaign's window: the last millisecond of its end date, plus its attribution window, in
 * which orders and clicks still count for it.
 */
export function campaignWindowEnd(campaign: { endDate: string; attributionWindowDays: number }): string {
  return endOfDay(addDays(campaign.endDate, campaign.attributionWindowDays));
}
