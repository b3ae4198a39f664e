import type { Kysely } from "kysely";

const organisationColumn = "organisation_id";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("briefs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    // Empty string for the campaign's own brief, so the unique constraint works the same on both databases.
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("briefs_version_unique", ["organisation_id", "campaign_id", "creator_id", "version"])
    .execute();

  await db.schema
    .createTable("portal_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("csrf_token", "text")
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("portal_tokens_creator_idx")
    .on("portal_tokens")
    .columns(["organisation_id", "creator_id", "created_at"])
    .execute();

  await db.schema
    .createTable("deliverables")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("live_post_id", "text")
    .addColumn("approved_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("deliverables_campaign_idx")
    .on("deliverables")
    .columns(["organisation_id", "campaign_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("deliverable_drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("deliverable_id", "text", (c) => c.notNull().references("deliverables.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("caption", "text", (c) => c.notNull())
    .addColumn("media", "text", (c) => c.notNull())
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("compliant", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("deliverable_drafts_version_unique", ["deliverable_id", "version"])
    .execute();

  await db.schema
    .createTable("review_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("deliverable_id", "text", (c) => c.notNull().references("deliverables.id").onDelete("cascade"))
    .addColumn("draft_id", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("author_label", "text", (c) => c.notNull())
    .addColumn("body", "text")
    .addColumn("quote_start", "integer")
    .addColumn("quote_end", "integer")
    .addColumn("quote_text", "text")
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("review_events_deliverable_idx")
    .on("review_events")
    .columns(["deliverable_id", "created_at"])
    .execute();

  await db.schema
    .createTable("media_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(organisationColumn, "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "media_files",
    "review_events",
    "deliverable_drafts",
    "deliverables",
    "portal_tokens",
    "briefs",
  ])
    await db.schema.dropTable(table).execute();
}
