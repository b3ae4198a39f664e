import type { Kysely } from "kysely";

// Creator discovery: account profile fields, computed signals, posts, follower snapshots, audiences, the change
// counter that keeps each process's in-memory search index in step, lists, saved searches and connector settings.
export async function up(db: Kysely<unknown>): Promise<void> {
  const accountColumns: Array<[string, "text" | "bigint" | "double precision" | "integer"]> = [
    ["following", "bigint"],
    ["posts_count", "bigint"],
    ["city", "text"],
    ["bio", "text"],
    ["contact_email", "text"],
    ["engagement_rate_views", "double precision"],
    ["sponsored_share", "double precision"],
    ["last_enriched_at", "text"],
  ];
  for (const [name, type] of accountColumns)
    await db.schema.alterTable("social_accounts").addColumn(name, type).execute();
  await db.schema
    .alterTable("social_accounts")
    .addColumn("quality_flags", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("social_accounts")
    .addColumn("quality_score", "integer", (c) => c.notNull().defaultTo(100))
    .execute();
  await db.schema
    .alterTable("social_accounts")
    .addColumn("sponsored_brands", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("social_accounts")
    .addColumn("change_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  // Search reads from the in-memory index; this index only lets it catch up on rows changed since it last looked.
  await db.schema
    .createIndex("social_accounts_change_idx")
    .on("social_accounts")
    .columns(["organisation_id", "change_seq"])
    .execute();
  // Sorting by followers happens in memory now; the old index only slowed every import.
  await db.schema.dropIndex("social_accounts_followers_idx").execute();

  await db.schema
    .createTable("creator_change_counters")
    .addColumn("organisation_id", "text", (c) =>
      c.primaryKey().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("seq", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("follower_snapshots")
    .addColumn("account_id", "text", (c) => c.notNull().references("social_accounts.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("taken_on", "text", (c) => c.notNull())
    .addColumn("followers", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("follower_snapshots_pk", ["account_id", "taken_on"])
    .execute();

  await db.schema
    .createTable("creator_posts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull().references("social_accounts.id").onDelete("cascade"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("posted_at", "text", (c) => c.notNull())
    .addColumn("caption", "text")
    .addColumn("likes", "bigint")
    .addColumn("comments", "bigint")
    .addColumn("shares", "bigint")
    .addColumn("saves", "bigint")
    .addColumn("views", "bigint")
    .addColumn("sponsored", "integer", (c) => c.notNull())
    .addColumn("brands", "text", (c) => c.notNull())
    .addColumn("comment_texts", "text", (c) => c.notNull())
    .addUniqueConstraint("creator_posts_external_unique", ["account_id", "external_id"])
    .execute();
  await db.schema
    .createIndex("creator_posts_account_idx")
    .on("creator_posts")
    .columns(["account_id", "posted_at"])
    .execute();

  await db.schema
    .createTable("account_audiences")
    .addColumn("account_id", "text", (c) =>
      c.primaryKey().references("social_accounts.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("countries", "text", (c) => c.notNull())
    .addColumn("ages", "text", (c) => c.notNull())
    .addColumn("genders", "text", (c) => c.notNull())
    .addColumn("credibility", "double precision")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("creator_lists")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("creator_lists_org_idx")
    .on("creator_lists")
    .columns(["organisation_id", "created_at"])
    .execute();
  await db.schema
    .createTable("creator_list_items")
    .addColumn("list_id", "text", (c) => c.notNull().references("creator_lists.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("creator_list_items_pk", ["list_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("saved_searches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("saved_searches_org_idx")
    .on("saved_searches")
    .columns(["organisation_id", "created_at"])
    .execute();

  await db.schema
    .createTable("connector_settings")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("api_key", "text")
    .addColumn("access_token", "text")
    .addColumn("business_account_id", "text")
    .addColumn("base_url", "text")
    .addColumn("refresh_interval_hours", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_detail", "text")
    .addColumn("last_run_at", "text")
    .addColumn("backoff_until", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("connector_settings_pk", ["organisation_id", "platform"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "connector_settings",
    "saved_searches",
    "creator_list_items",
    "creator_lists",
    "account_audiences",
    "creator_posts",
    "follower_snapshots",
    "creator_change_counters",
  ])
    await db.schema.dropTable(table).execute();
}
