import { type Kysely, sql } from "kysely";

const counters = [
  "clicks",
  "bot_clicks",
  "unique_visitors",
  "desktop_clicks",
  "mobile_clicks",
  "tablet_clicks",
  "other_clicks",
] as const;

/**
 * Clicks per link per UTC day, beside the hourly rows: a six-week campaign with 500 links has ~370,000 hourly rows but
 * ~21,000 daily ones, and a report over whole days reads these (docs/benchmarks.md, campaign report). Unique visitors
 * add up across a day's hours, since a visitor is counted in the hour they were first seen that day. The covering
 * indexes for the report move here from the hourly table, whose every rollup update they made dearer.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable("tracking_link_daily")
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("creator_id", "text", (c) => c.notNull());
  for (const counter of counters) table = table.addColumn(counter, "integer", (c) => c.notNull());
  await table.addPrimaryKeyConstraint("tracking_link_daily_pk", ["link_id", "day"]).execute();
  await sql`insert into tracking_link_daily (link_id, day, organisation_id, campaign_id, creator_id, clicks, bot_clicks,
      unique_visitors, desktop_clicks, mobile_clicks, tablet_clicks, other_clicks)
    select link_id, substr(hour, 1, 10), organisation_id, campaign_id, creator_id, sum(clicks), sum(bot_clicks),
      sum(unique_visitors), sum(desktop_clicks), sum(mobile_clicks), sum(tablet_clicks), sum(other_clicks)
    from tracking_link_hourly
    group by link_id, substr(hour, 1, 10), organisation_id, campaign_id, creator_id`.execute(db);
  await db.schema
    .createIndex("tracking_link_daily_campaign_day_idx")
    .on("tracking_link_daily")
    .columns(["organisation_id", "campaign_id", "day", ...counters])
    .execute();
  await db.schema
    .createIndex("tracking_link_daily_campaign_creator_idx")
    .on("tracking_link_daily")
    .columns([
      "organisation_id",
      "campaign_id",
      "creator_id",
      "day",
      "clicks",
      "bot_clicks",
      "unique_visitors",
    ])
    .execute();

  await db.schema.dropIndex("tracking_link_hourly_campaign_creator_idx").execute();
  await db.schema.dropIndex("tracking_link_hourly_campaign_hour_idx").execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_idx")
    .on("tracking_link_hourly")
    .columns(["organisation_id", "campaign_id", "hour"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("tracking_link_hourly_campaign_idx").execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_hour_idx")
    .on("tracking_link_hourly")
    .columns(["organisation_id", "campaign_id", "hour", ...counters])
    .execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_creator_idx")
    .on("tracking_link_hourly")
    .columns([
      "organisation_id",
      "campaign_id",
      "creator_id",
      "hour",
      "clicks",
      "bot_clicks",
      "unique_visitors",
    ])
    .execute();
  await db.schema.dropTable("tracking_link_daily").execute();
}
