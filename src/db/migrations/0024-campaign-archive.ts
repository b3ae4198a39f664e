import type { Kysely } from "kysely";

/**
 * Archived campaigns (issue 21): `archived_at` is when the team put the campaign away; null while it is active.
 * Archived campaigns keep every figure and are only hidden from the campaign list by default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("campaigns").addColumn("archived_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("campaigns").dropColumn("archived_at").execute();
}
