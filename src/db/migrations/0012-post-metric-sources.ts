import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The platform's own id for the post (YouTube video id, Instagram media id), found once and kept, and when the
  // connectors last asked the platform about it: posts are due again by that time, whether the answer had data or not.
  await db.schema.alterTable("live_posts").addColumn("platform_media_id", "text").execute();
  await db.schema.alterTable("live_posts").addColumn("metrics_fetched_at", "text").execute();

  // Comments the connectors bring for a live post, scored once on arrival; a re-fetch adds only new ones.
  await db.schema
    .createTable("post_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("live_post_id", "text", (c) => c.notNull().references("live_posts.id").onDelete("cascade"))
    .addColumn("platform_comment_id", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("posted_at", "text", (c) => c.notNull())
    .addColumn("sentiment", "double precision", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("post_comments_platform_unique", ["live_post_id", "platform_comment_id"])
    .execute();

  // One scheduled post-metrics refresh per organisation; only the job whose time matches next_run_at is live.
  await db.schema
    .createTable("post_metric_schedules")
    .addColumn("organisation_id", "text", (c) =>
      c.primaryKey().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("next_run_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("post_metric_schedules").execute();
  await db.schema.dropTable("post_comments").execute();
  await db.schema.alterTable("live_posts").dropColumn("metrics_fetched_at").execute();
  await db.schema.alterTable("live_posts").dropColumn("platform_media_id").execute();
}
