import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("live_posts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("posted_at", "text", (c) => c.notNull())
    .addColumn("caption", "text")
    .addColumn("compliance", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("live_posts_url_unique", ["organisation_id", "url"])
    .execute();
  await db.schema
    .createIndex("live_posts_campaign_idx")
    .on("live_posts")
    .columns(["campaign_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("post_amplifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("live_post_id", "text", (c) => c.notNull().references("live_posts.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("spend", "bigint", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("post_amplifications_post_idx")
    .on("post_amplifications")
    .column("live_post_id")
    .execute();

  await db.schema
    .createTable("post_metric_snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("live_post_id", "text", (c) => c.notNull().references("live_posts.id").onDelete("cascade"))
    .addColumn("captured_at", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("impressions", "bigint")
    .addColumn("reach", "bigint")
    .addColumn("views", "bigint")
    .addColumn("likes", "bigint")
    .addColumn("comments", "bigint")
    .addColumn("shares", "bigint")
    .addColumn("saves", "bigint")
    .addColumn("link_clicks", "bigint")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("post_metric_snapshots_post_idx")
    .on("post_metric_snapshots")
    .columns(["live_post_id", "captured_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["post_metric_snapshots", "post_amplifications", "live_posts"])
    await db.schema.dropTable(table).execute();
}
