import { type Kysely, sql } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { classifyUserAgent, referrerHost } from "./classify-visit.js";
import type { ClickEvent } from "./click-event.js";
import type {
  BreakdownDimension,
  TrackingClicksTable,
  TrackingLinkDailyBreakdownTable,
  TrackingLinkHourlyTable,
} from "./schema.js";
import { type VisitorSalts, visitorHash } from "./visitor-salt.js";

const chunkSize = 400;

/** Lets queued requests run between statements: a SQLite statement holds the thread while it runs. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) result.push(items.slice(i, i + chunkSize));
  return result;
}

/**
 * Writes a batch of clicks and, in the same transaction, adds them to the per-link hourly and daily rollups, so
 * the rollups always equal the raw clicks and reports never count raw rows. Bots are counted apart (bot_clicks).
 */
export async function writeClicks(
  db: Kysely<Database>,
  salts: VisitorSalts,
  events: ClickEvent[],
  seenVisitors: Set<string>,
): Promise<void> {
  if (events.length === 0) return;
  const clicks: TrackingClicksTable[] = [];
  const hourly = new Map<string, TrackingLinkHourlyTable>();
  const breakdown = new Map<string, TrackingLinkDailyBreakdownTable>();
  const newVisitors = new Map<string, { linkId: string; day: string; hash: string; hourKey: string }>();

  for (const event of events) {
    const occurredAt = new Date(event.at).toISOString();
    const day = occurredAt.slice(0, 10);
    const hour = `${occurredAt.slice(0, 13)}:00:00.000Z`;
    const salt = await salts.forDay(db, day);
    const hash = visitorHash(salt, event.ip, event.userAgent);
    const visit = classifyUserAgent(event.userAgent);
    const referrer = referrerHost(event.referer);
    clicks.push({
      id: event.clickId,
      organisation_id: event.organisationId,
      link_id: event.linkId,
      occurred_at: occurredAt,
      visitor_hash: hash,
      device: visit.device,
      referrer_host: referrer,
      country: event.country,
      is_bot: visit.isBot ? 1 : 0,
    });

    const hourKey = `${event.linkId}|${hour}`;
    let row = hourly.get(hourKey);
    if (!row) {
      row = {
        link_id: event.linkId,
        hour,
        organisation_id: event.organisationId,
        campaign_id: event.campaignId,
        creator_id: event.creatorId,
        clicks: 0,
        bot_clicks: 0,
        unique_visitors: 0,
        desktop_clicks: 0,
        mobile_clicks: 0,
        tablet_clicks: 0,
        other_clicks: 0,
      };
      hourly.set(hourKey, row);
    }
    if (visit.isBot) {
      row.bot_clicks += 1;
      continue;
    }
    row.clicks += 1;
    row[`${visit.device}_clicks`] += 1;
    const visitorKey = `${event.linkId}|${day}|${hash}`;
    if (!seenVisitors.has(visitorKey) && !newVisitors.has(visitorKey))
      newVisitors.set(visitorKey, { linkId: event.linkId, day, hash, hourKey });
    const dimensions: Array<[BreakdownDimension, string | null]> = [
      ["country", event.country],
      ["referrer", referrer],
    ];
    for (const [dimension, value] of dimensions) {
      if (!value) continue;
      const key = `${event.linkId}|${day}|${dimension}|${value}`;
      const entry = breakdown.get(key);
      if (entry) entry.clicks += 1;
      else
        breakdown.set(key, {
          link_id: event.linkId,
          day,
          dimension,
          value,
          organisation_id: event.organisationId,
          campaign_id: event.campaignId,
          creator_id: event.creatorId,
          clicks: 1,
        });
    }
  }

  await inTransaction(db, async (trx) => {
    for (const chunk of chunks(clicks)) {
      await trx.insertInto("tracking_clicks").values(chunk).execute();
      await yieldToEventLoop();
    }
    // Another process may have seen the same visitor today: the table decides who counts them.
    for (const chunk of chunks([...newVisitors.values()])) {
      const inserted = await trx
        .insertInto("tracking_daily_visitors")
        .values(chunk.map((v) => ({ link_id: v.linkId, day: v.day, visitor_hash: v.hash })))
        .onConflict((oc) => oc.columns(["link_id", "day", "visitor_hash"]).doNothing())
        .returning(["link_id", "day", "visitor_hash"])
        .execute();
      for (const v of inserted) {
        const first = newVisitors.get(`${v.link_id}|${v.day}|${v.visitor_hash}`);
        const row = first ? hourly.get(first.hourKey) : undefined;
        if (row) row.unique_visitors += 1;
      }
      await yieldToEventLoop();
    }
    for (const chunk of chunks([...hourly.values()])) {
      await trx
        .insertInto("tracking_link_hourly")
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(["link_id", "hour"]).doUpdateSet({
            clicks: sql`tracking_link_hourly.clicks + excluded.clicks`,
            bot_clicks: sql`tracking_link_hourly.bot_clicks + excluded.bot_clicks`,
            unique_visitors: sql`tracking_link_hourly.unique_visitors + excluded.unique_visitors`,
            desktop_clicks: sql`tracking_link_hourly.desktop_clicks + excluded.desktop_clicks`,
            mobile_clicks: sql`tracking_link_hourly.mobile_clicks + excluded.mobile_clicks`,
            tablet_clicks: sql`tracking_link_hourly.tablet_clicks + excluded.tablet_clicks`,
            other_clicks: sql`tracking_link_hourly.other_clicks + excluded.other_clicks`,
          }),
        )
        .execute();
      await yieldToEventLoop();
    }
    for (const chunk of chunks([...breakdown.values()])) {
      await trx
        .insertInto("tracking_link_daily_breakdown")
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(["link_id", "day", "dimension", "value"]).doUpdateSet({
            clicks: sql`tracking_link_daily_breakdown.clicks + excluded.clicks`,
          }),
        )
        .execute();
      await yieldToEventLoop();
    }
  });
  // Only after the commit: a rolled-back batch is retried and must count its visitors again.
  if (seenVisitors.size > 200_000) seenVisitors.clear();
  for (const key of newVisitors.keys()) seenVisitors.add(key);
}
