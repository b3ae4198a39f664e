import type { Kysely } from "kysely";

/**
 * Campaign-level costs (M7): what the team spent on the campaign beyond its creators (a shoot, an agency fee, a
 * tool), one row each with its description, amount in minor units of the campaign currency and the day it fell on.
 * Listed by day, newest first, per campaign.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("campaign_costs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("incurred_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("campaign_costs_campaign_idx")
    .on("campaign_costs")
    .columns(["organisation_id", "campaign_id", "incurred_on", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("campaign_costs").execute();
}
