import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { findLinkRow } from "./link-view.js";

export type AnalyticsScope = { linkId: string } | { campaignId: string; creatorId?: string };

export interface ClickCounts {
  /** Human clicks; bots are only in botClicks. */
  clicks: number;
  botClicks: number;
  /** Visitors counted once per link per day (the visitor id's salt rotates daily). */
  uniqueVisitors: number;
}

export interface LinkAnalytics {
  from: string;
  to: string;
  granularity: "hour" | "day";
  totals: ClickCounts;
  series: Array<ClickCounts & { bucket: string }>;
  byDevice: Array<{ value: string; clicks: number }>;
  byCountry: Array<{ value: string; clicks: number }>;
  byReferrer: Array<{ value: string; clicks: number }>;
  byCreator: Array<ClickCounts & { creatorId: string }>;
}

const num = (value: unknown) => Number(value ?? 0);

/**
 * Whether a day-granular range covers whole UTC days, so the daily rows answer it exactly: it starts at midnight and
 * ends at a midnight ("before" that day), at the last second of a day, or after now, when no later click exists yet
 * ("through" its day). Null when only the hourly rows can answer it.
 */
function wholeDays(
  range: { from: string; to: string; granularity: "hour" | "day" },
  now: Date,
): "before" | "through" | null {
  if (range.granularity !== "day") return null;
  const from = new Date(range.from);
  const to = new Date(range.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return null;
  if (from.toISOString().slice(11) !== "00:00:00.000Z") return null;
  const timeOfDay = to.toISOString().slice(11, 19);
  if (timeOfDay === "00:00:00") return "before";
  return timeOfDay === "23:59:59" || to.getTime() >= now.getTime() ? "through" : null;
}

/**
 * Clicks for one link, or a campaign (optionally one creator), read from the hourly and daily rollups only.
 * Country and referrer rows cover clicks that had one; the rest is shown as "unknown" and "direct".
 */
export async function getLinkAnalytics(
  db: Kysely<Database>,
  organisationId: string,
  scope: AnalyticsScope,
  range: { from: string; to: string; granularity: "hour" | "day" },
  options: {
    now?: Date /** Country and referrer rows; a caller that shows neither skips their read. */;
    breakdowns?: boolean;
  } = {},
): Promise<LinkAnalytics> {
  const now = options.now ?? new Date();
  if ("linkId" in scope) await findLinkRow(db, organisationId, scope.linkId);
  else await getCampaign(db, organisationId, scope.campaignId);
  const fromDay = range.from.slice(0, 10);
  const toDay = range.to.slice(0, 10);
  const days = wholeDays(range, now);
  // Whole days read the daily rows (~24× fewer); anything finer reads the hourly ones. Both tables have the same
  // counters and keys but the bucket column, so one query serves both with the bucket named by reference.
  const source = (days ? "tracking_link_daily" : "tracking_link_hourly") as "tracking_link_hourly";
  const bucket = sql.ref<string>(days ? "day" : "hour");
  const hourly = db
    .selectFrom(source)
    .where("organisation_id", "=", organisationId)
    .$if(days !== null, (q) =>
      q.where(bucket, ">=", fromDay).where(bucket, days === "through" ? "<=" : "<", toDay),
    )
    .$if(days === null, (q) =>
      q.where(bucket, ">=", `${range.from.slice(0, 13)}:00:00.000Z`).where(bucket, "<", range.to),
    )
    .$if("linkId" in scope, (q) => q.where("link_id", "=", (scope as { linkId: string }).linkId))
    .$if("campaignId" in scope, (q) =>
      q.where("campaign_id", "=", (scope as { campaignId: string }).campaignId),
    )
    .$if("creatorId" in scope && Boolean(scope.creatorId), (q) =>
      q.where("creator_id", "=", (scope as { creatorId: string }).creatorId),
    );
  const counts = (eb: ExpressionBuilder<Database, "tracking_link_hourly">) =>
    [
      eb.fn.sum<number>("clicks").as("clicks"),
      eb.fn.sum<number>("bot_clicks").as("bot_clicks"),
      eb.fn.sum<number>("unique_visitors").as("unique_visitors"),
    ] as const;

  const breakdown = db
    .selectFrom("tracking_link_daily_breakdown")
    .where("organisation_id", "=", organisationId)
    .where("day", ">=", fromDay)
    .where("day", "<=", toDay)
    .$if("linkId" in scope, (q) => q.where("link_id", "=", (scope as { linkId: string }).linkId))
    .$if("campaignId" in scope, (q) =>
      q.where("campaign_id", "=", (scope as { campaignId: string }).campaignId),
    )
    .$if("creatorId" in scope && Boolean(scope.creatorId), (q) =>
      q.where("creator_id", "=", (scope as { creatorId: string }).creatorId),
    )
    .select((eb) => ["dimension", "value", eb.fn.sum<number>("clicks").as("clicks")])
    .groupBy(["dimension", "value"])
    .orderBy("clicks", "desc");

  // Grouped by the columns themselves, in the order of the campaign's covering indexes (migration 0014), so SQLite
  // aggregates as it walks the index instead of sorting every row; days and totals are summed here.
  const [hourRows, creatorRows, breakdownRows] = await Promise.all([
    hourly
      .select((eb) => [
        bucket.as("hour"),
        ...counts(eb),
        eb.fn.sum<number>("desktop_clicks").as("desktop"),
        eb.fn.sum<number>("mobile_clicks").as("mobile"),
        eb.fn.sum<number>("tablet_clicks").as("tablet"),
        eb.fn.sum<number>("other_clicks").as("other"),
      ])
      .groupBy(bucket)
      .orderBy(bucket)
      .execute(),
    // Every creator id is longer than '' (ids are never empty), so this bound filters nothing; it lets SQLite, which
    // keeps no statistics, walk the creator index in creator order rather than the hour index and a sort of every row.
    hourly
      .where("creator_id", ">", "")
      .select((eb) => ["creator_id", ...counts(eb)])
      .groupBy("creator_id")
      .execute(),
    options.breakdowns === false ? Promise.resolve([]) : breakdown.execute(),
  ]);
  const series: Array<ClickCounts & { bucket: string }> = [];
  const totals: ClickCounts = { clicks: 0, botClicks: 0, uniqueVisitors: 0 };
  const devices = { desktop: 0, mobile: 0, tablet: 0, other: 0 };
  for (const row of hourRows) {
    const bucket = range.granularity === "day" ? row.hour.slice(0, 10) : row.hour;
    let entry = series[series.length - 1];
    if (entry?.bucket !== bucket) {
      entry = { bucket, clicks: 0, botClicks: 0, uniqueVisitors: 0 };
      series.push(entry);
    }
    entry.clicks += num(row.clicks);
    entry.botClicks += num(row.bot_clicks);
    entry.uniqueVisitors += num(row.unique_visitors);
    totals.clicks += num(row.clicks);
    totals.botClicks += num(row.bot_clicks);
    totals.uniqueVisitors += num(row.unique_visitors);
    for (const device of ["desktop", "mobile", "tablet", "other"] as const)
      devices[device] += num(row[device]);
  }

  const withRemainder = (dimension: string, remainderLabel: string) => {
    const rows = breakdownRows
      .filter((r) => r.dimension === dimension)
      .map((r) => ({ value: r.value, clicks: num(r.clicks) }));
    const rest = totals.clicks - rows.reduce((sum, r) => sum + r.clicks, 0);
    return rest > 0 ? [...rows, { value: remainderLabel, clicks: rest }] : rows;
  };
  return {
    from: range.from,
    to: range.to,
    granularity: range.granularity,
    totals,
    series,
    byDevice: (["desktop", "mobile", "tablet", "other"] as const)
      .map((value) => ({ value, clicks: devices[value] }))
      .filter((r) => r.clicks > 0),
    byCountry: options.breakdowns === false ? [] : withRemainder("country", "unknown"),
    byReferrer: options.breakdowns === false ? [] : withRemainder("referrer", "direct"),
    byCreator: creatorRows
      .map((r) => ({
        creatorId: r.creator_id,
        clicks: num(r.clicks),
        botClicks: num(r.bot_clicks),
        uniqueVisitors: num(r.unique_visitors),
      }))
      .sort((a, b) => b.clicks - a.clicks),
  };
}
