import type { Kysely } from "kysely";

/**
 * YouTube channel search: each organisation's tally of YouTube Data API quota units per quota day (Google's day runs
 * midnight to midnight Pacific time), and which creator account each YouTube channel id became, so a channel found
 * twice is recognised even after its handle changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("youtube_quota_days")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("units", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("youtube_quota_days_pk", ["organisation_id", "day"])
    .execute();
  await db.schema
    .createTable("youtube_channels")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("channel_id", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull().references("social_accounts.id").onDelete("cascade"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("youtube_channels_pk", ["organisation_id", "channel_id"])
    .execute();
  await db.schema
    .createIndex("youtube_channels_account_idx")
    .on("youtube_channels")
    .column("account_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("youtube_channels").execute();
  await db.schema.dropTable("youtube_quota_days").execute();
}
