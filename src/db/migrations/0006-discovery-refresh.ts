import type { Kysely } from "kysely";

// The search index catches up by (change_seq, id) from a row-value comparison: with id in the index both databases
// walk it from that point instead of sorting every row of a change. The scheduled connector refresh records when
// its next run is due, so only one chain of refresh jobs stays live.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("social_accounts_change_idx").execute();
  await db.schema
    .createIndex("social_accounts_change_idx")
    .on("social_accounts")
    .columns(["organisation_id", "change_seq", "id"])
    .execute();
  await db.schema.alterTable("connector_settings").addColumn("next_refresh_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("connector_settings").dropColumn("next_refresh_at").execute();
  await db.schema.dropIndex("social_accounts_change_idx").execute();
  await db.schema
    .createIndex("social_accounts_change_idx")
    .on("social_accounts")
    .columns(["organisation_id", "change_seq"])
    .execute();
}
