import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { addDays } from "../../shared/time.js";
import type { FetchLike } from "./enrichment.js";

/** A Google Cloud project's YouTube Data API quota unless Google granted more: 10,000 units a day. */
export const youtubeDailyQuota = 10_000;

/** search.list costs 100 units; channels.list, videos.list, playlistItems.list and commentThreads.list cost 1. */
export function youtubeCallCost(url: URL): number {
  return url.pathname.endsWith("/search") ? 100 : 1;
}

const pacificDate = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Los_Angeles",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The quota day of a moment: Google's quota day runs midnight to midnight Pacific time (PST or PDT). */
export function pacificDay(now: Date): string {
  const part = (type: string) => pacificDate.formatToParts(now).find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** When the quota resets: the next midnight in Los Angeles, 07:00 UTC in summer (PDT) and 08:00 UTC in winter. */
export function nextPacificMidnight(now: Date): Date {
  const next = addDays(pacificDay(now), 1);
  const summer = new Date(`${next}T07:00:00.000Z`);
  return pacificDay(summer) === next ? summer : new Date(`${next}T08:00:00.000Z`);
}

export interface YouTubeQuotaView {
  /** Units Amplio spent today with this organisation's key, by its own count of the calls Google answered. */
  usedToday: number;
  dailyLimit: number;
  resetsAt: string;
}

/** Adds units to the organisation's tally for today's quota day (an upsert, so concurrent calls all count). */
export async function recordYouTubeQuotaUse(
  db: Kysely<Database>,
  organisationId: string,
  units: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto("youtube_quota_days")
    .values({ organisation_id: organisationId, day: pacificDay(now), units })
    .onConflict((oc) =>
      oc
        .columns(["organisation_id", "day"])
        .doUpdateSet((eb) => ({ units: eb("youtube_quota_days.units", "+", eb.ref("excluded.units")) })),
    )
    .execute();
}

export async function youtubeQuotaToday(
  db: Kysely<Database>,
  organisationId: string,
  now: Date,
): Promise<YouTubeQuotaView> {
  const row = await db
    .selectFrom("youtube_quota_days")
    .select("units")
    .where("organisation_id", "=", organisationId)
    .where("day", "=", pacificDay(now))
    .executeTakeFirst();
  return {
    usedToday: Number(row?.units ?? 0),
    dailyLimit: youtubeDailyQuota,
    resetsAt: nextPacificMidnight(now).toISOString(),
  };
}

/**
 * A fetch that adds each YouTube call Google answered to the organisation's tally, so searches, enrichment and
 * post metrics all count against the one daily quota the page shows. Refused calls (a used-up quota, a bad key) are
 * not counted.
 */
export function countingYouTubeQuota(
  db: Kysely<Database>,
  organisationId: string,
  fetcher: FetchLike = fetch,
): FetchLike {
  return async (input, init) => {
    const response = await fetcher(input, init);
    if (response.ok) {
      const url = new URL(input instanceof Request ? input.url : String(input));
      await recordYouTubeQuotaUse(db, organisationId, youtubeCallCost(url), new Date());
    }
    return response;
  };
}
