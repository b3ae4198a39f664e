import type { Kysely } from "kysely";

// Tracking links, clicks and their rollups, discount codes, conversions and Shopify connections (issue 6).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("tracking_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("deliverable_id", "text")
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("destination_url", "text", (c) => c.notNull())
    .addColumn("target_url", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // Codes are global: /r/<code> resolves without knowing the organisation.
  await db.schema
    .createIndex("tracking_links_code_unique")
    .on("tracking_links")
    .column("code")
    .unique()
    .execute();
  await db.schema
    .createIndex("tracking_links_campaign_idx")
    .on("tracking_links")
    .columns(["organisation_id", "campaign_id", "creator_id"])
    .execute();

  // One row; bumped with every link change so each process's redirect cache notices within a poll.
  await db.schema
    .createTable("tracking_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("links_version", "bigint", (c) => c.notNull())
    .execute();
  await db
    .insertInto("tracking_state" as never)
    .values({ id: 1, links_version: 0 } as never)
    .execute();

  // The hot table: append-only, primary key only (UUIDv7, so inserts land at the end of the B-tree).
  await db.schema
    .createTable("tracking_clicks")
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

  await db.schema
    .createTable("tracking_salts")
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("salt", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tracking_link_hourly")
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("hour", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("clicks", "bigint", (c) => c.notNull())
    .addColumn("bot_clicks", "bigint", (c) => c.notNull())
    .addColumn("unique_visitors", "bigint", (c) => c.notNull())
    .addColumn("desktop_clicks", "bigint", (c) => c.notNull())
    .addColumn("mobile_clicks", "bigint", (c) => c.notNull())
    .addColumn("tablet_clicks", "bigint", (c) => c.notNull())
    .addColumn("other_clicks", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("tracking_link_hourly_pk", ["link_id", "hour"])
    .execute();
  await db.schema
    .createIndex("tracking_link_hourly_campaign_idx")
    .on("tracking_link_hourly")
    .columns(["organisation_id", "campaign_id", "hour"])
    .execute();

  await db.schema
    .createTable("tracking_link_daily_breakdown")
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("dimension", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("clicks", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("tracking_link_daily_breakdown_pk", ["link_id", "day", "dimension", "value"])
    .execute();
  await db.schema
    .createIndex("tracking_link_daily_breakdown_campaign_idx")
    .on("tracking_link_daily_breakdown")
    .columns(["organisation_id", "campaign_id", "day"])
    .execute();

  await db.schema
    .createTable("tracking_daily_visitors")
    .addColumn("link_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("visitor_hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tracking_daily_visitors_pk", ["link_id", "day", "visitor_hash"])
    .execute();

  await db.schema
    .createTable("discount_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("code_key", "text", (c) => c.notNull())
    .addColumn("value_type", "text", (c) => c.notNull())
    .addColumn("percent_off", "double precision")
    .addColumn("amount_off", "bigint")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("discount_codes_code_unique", ["organisation_id", "code_key"])
    .execute();
  await db.schema
    .createIndex("discount_codes_campaign_idx")
    .on("discount_codes")
    .columns(["organisation_id", "campaign_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("conversions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("order_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("amount", "bigint")
    .addColumn("refunded_amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text")
    .addColumn("customer_id", "text")
    .addColumn("is_new_customer", "integer")
    .addColumn("discount_codes", "text", (c) => c.notNull())
    .addColumn("click_id", "text")
    .addColumn("landing_url", "text")
    .addColumn("attribution", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text")
    .addColumn("creator_id", "text")
    .addColumn("discount_code_id", "text")
    .addColumn("attributed_click_id", "text")
    .addColumn("link_id", "text")
    .addColumn("conflicting_creator_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("conversions_order_unique", ["organisation_id", "order_id"])
    .execute();
  await db.schema
    .createIndex("conversions_campaign_idx")
    .on("conversions")
    .columns(["organisation_id", "campaign_id", "occurred_at"])
    .execute();

  await db.schema
    .createTable("conversion_refunds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("conversion_id", "text", (c) => c.notNull().references("conversions.id").onDelete("cascade"))
    .addColumn("refund_key", "text")
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("conversion_refunds_key_unique", ["organisation_id", "refund_key"])
    .execute();
  await db.schema
    .createIndex("conversion_refunds_conversion_idx")
    .on("conversion_refunds")
    .column("conversion_id")
    .execute();

  await db.schema
    .createTable("shopify_connections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("shop_domain", "text", (c) => c.notNull())
    .addColumn("webhook_secret", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("shopify_connections_shop_unique", ["organisation_id", "shop_domain"])
    .execute();

  await db.schema
    .createTable("shopify_webhook_deliveries")
    .addColumn("connection_id", "text", (c) =>
      c.notNull().references("shopify_connections.id").onDelete("cascade"),
    )
    .addColumn("webhook_id", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("shopify_webhook_deliveries_pk", ["connection_id", "webhook_id"])
    .execute();

  await db.schema
    .createTable("storefront_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("publishable_key", "text", (c) => c.notNull())
    .addColumn("allowed_origins", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("storefront_keys_key_unique")
    .on("storefront_keys")
    .column("publishable_key")
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "storefront_keys",
    "shopify_webhook_deliveries",
    "shopify_connections",
    "conversion_refunds",
    "conversions",
    "discount_codes",
    "tracking_daily_visitors",
    "tracking_link_daily_breakdown",
    "tracking_link_hourly",
    "tracking_salts",
    "tracking_clicks",
    "tracking_state",
    "tracking_links",
  ])
    await db.schema.dropTable(table).execute();
}
