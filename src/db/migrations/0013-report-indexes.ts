import { type Kysely, sql } from "kysely";

/**
 * Covering indexes for the campaign report (issue 7): each holds every column its aggregate reads, in the order of its
 * GROUP BY, so SQLite sums a campaign's rows as it walks the index, with no table lookups and no sort of every row.
 * A campaign with 5,000,000 clicks has ~370,000 hourly rows and 200,000 conversions; without these indexes the report
 * took over a second on SQLite (docs/benchmarks.md). PostgreSQL mostly prefers parallel scans at that size.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  // Clicks by hour (series, totals, devices): it also serves every query of the index it replaces, the same prefix.
  await db.schema.dropIndex("tracking_link_hourly_campaign_idx").execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_hour_idx")
    .on("tracking_link_hourly")
    .columns([
      "organisation_id",
      "campaign_id",
      "hour",
      "clicks",
      "bot_clicks",
      "unique_visitors",
      "desktop_clicks",
      "mobile_clicks",
      "tablet_clicks",
      "other_clicks",
    ])
    .execute();
  // Clicks by creator.
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
  // Clicks by country and by referrer; it replaces the (organisation, campaign, day) index, which SQLite would
  // otherwise take for the day range and then sort every row.
  await db.schema.dropIndex("tracking_link_daily_breakdown_campaign_idx").execute();
  await db.schema
    .createIndex("tracking_link_daily_breakdown_campaign_value_idx")
    .on("tracking_link_daily_breakdown")
    .columns(["organisation_id", "campaign_id", "dimension", "value", "day", "creator_id", "clicks"])
    .execute();
  // Attributed conversions by creator, type, attribution and currency.
  await db.schema
    .createIndex("conversions_campaign_creator_idx")
    .on("conversions")
    .columns([
      "organisation_id",
      "campaign_id",
      "creator_id",
      "type",
      "attribution",
      "currency",
      "amount",
      "refunded_amount",
      "is_new_customer",
      "conflicting_creator_id",
    ])
    .execute();
  // Orders by UTC day: the expression is the one summariseCampaignConversions groups by, written the same way.
  await sql`create index conversions_campaign_day_idx on conversions (organisation_id, campaign_id,
    substr(occurred_at, 1, 10), type, attribution, creator_id, currency, amount, refunded_amount)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up.
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    "conversions_campaign_day_idx",
    "conversions_campaign_creator_idx",
    "tracking_link_daily_breakdown_campaign_value_idx",
    "tracking_link_hourly_campaign_creator_idx",
    "tracking_link_hourly_campaign_hour_idx",
  ])
    await db.schema.dropIndex(index).execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_idx")
    .on("tracking_link_hourly")
    .columns(["organisation_id", "campaign_id", "hour"])
    .execute();
  await db.schema
    .createIndex("tracking_link_daily_breakdown_campaign_idx")
    .on("tracking_link_daily_breakdown")
    .columns(["organisation_id", "campaign_id", "day"])
    .execute();
}
