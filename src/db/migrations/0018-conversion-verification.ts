import { type Kysely, sql } from "kysely";

/**
 * Orders reported by a shop's page (the storefront key is public) are unverified until a server-side source (the
 * conversions API with a secret key, or a Shopify webhook) reports the same order, or a person approves it; only
 * verified orders earn commission. Orders already recorded were accepted as verified when they came in.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("conversions").addColumn("verified_at", "text").execute();
  await db.schema.alterTable("conversions").addColumn("verified_by", "text").execute();
  await sql`update conversions set verified_at = created_at, verified_by = source`.execute(db);
  await db.schema
    .createIndex("conversions_unverified_idx")
    .on("conversions")
    .columns(["organisation_id", "verified_at", "created_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("conversions_unverified_idx").execute();
  await db.schema.alterTable("conversions").dropColumn("verified_by").execute();
  await db.schema.alterTable("conversions").dropColumn("verified_at").execute();
}
