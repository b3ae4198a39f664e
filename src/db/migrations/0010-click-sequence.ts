import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Clicks get a sequence number in commit order, and the rollups a watermark: the redirect's writer only appends
 * clicks, and the per-link rollups are brought up to date from the clicks past the watermark, in one transaction
 * with the watermark, about once a second (see src/modules/tracking/roll-up-clicks.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("tracking_clicks_sequenced")
    // SQLite: an alias of the rowid, assigned under the write lock; PostgreSQL: an identity column.
    .addColumn("seq", postgres ? "bigint" : "integer", (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
    )
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("visitor_hash", "text", (c) => c.notNull())
    .addColumn("device", "text", (c) => c.notNull())
    .addColumn("referrer_host", "text")
    .addColumn("country", "text")
    .addColumn("is_bot", "integer", (c) => c.notNull())
    .execute();
  await sql`insert into tracking_clicks_sequenced
    (id, organisation_id, link_id, occurred_at, visitor_hash, device, referrer_host, country, is_bot)
    select id, organisation_id, link_id, occurred_at, visitor_hash, device, referrer_host, country, is_bot
    from tracking_clicks order by occurred_at, id`.execute(db);
  await db.schema.dropTable("tracking_clicks").execute();
  await db.schema.alterTable("tracking_clicks_sequenced").renameTo("tracking_clicks").execute();
  // Click ids are time-ordered (UUIDv7), so this index grows at its right edge like the table.
  await db.schema
    .createIndex("tracking_clicks_click_id_idx")
    .unique()
    .on("tracking_clicks")
    .column("id")
    .execute();

  await db.schema
    .createTable("tracking_rollup_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("rolled_up_through", "bigint", (c) => c.notNull())
    .execute();
  // The rollups written so far already count every existing click.
  await sql`insert into tracking_rollup_state (id, rolled_up_through)
    select 1, coalesce(max(seq), 0) from tracking_clicks`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tracking_rollup_state").execute();
  await db.schema.dropIndex("tracking_clicks_click_id_idx").execute();
  await db.schema
    .createTable("tracking_clicks_unsequenced")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("visitor_hash", "text", (c) => c.notNull())
    .addColumn("device", "text", (c) => c.notNull())
    .addColumn("referrer_host", "text")
    .addColumn("country", "text")
    .addColumn("is_bot", "integer", (c) => c.notNull())
    .execute();
  await sql`insert into tracking_clicks_unsequenced
    select id, organisation_id, link_id, occurred_at, visitor_hash, device, referrer_host, country, is_bot
    from tracking_clicks`.execute(db);
  await db.schema.dropTable("tracking_clicks").execute();
  await db.schema.alterTable("tracking_clicks_unsequenced").renameTo("tracking_clicks").execute();
}
