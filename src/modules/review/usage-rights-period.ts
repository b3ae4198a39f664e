import { dayMs } from "../../shared/time.js";

/** Usage rights run from the post going live, or from approval while it is not live yet, for the contract's days. */
export function usageRightsPeriod(
  durationDays: number,
  approvedAt: string,
  postedAt: string | null,
): { startsAt: string; expiresAt: string } {
  const startsAt = postedAt ?? approvedAt;
  return { startsAt, expiresAt: new Date(Date.parse(startsAt) + durationDays * dayMs).toISOString() };
}
