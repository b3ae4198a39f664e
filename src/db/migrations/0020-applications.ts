import type { Kysely } from "kysely";

/**
 * Creator applications (issue #18): what each brand asks on its public application page, the applications that
 * arrive, and the emails sent about them. A creator who applied is marked with `source = 'application'`; creators
 * the team added keep a null source.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("creators").addColumn("source", "text").execute();

  await db.schema
    .createTable("application_settings")
    .addColumn("organisation_id", "text", (c) =>
      c.primaryKey().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("open", "integer", (c) => c.notNull())
    .addColumn("pitch", "text", (c) => c.notNull())
    .addColumn("questions", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("creator_applications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("campaign_id", "text", (c) => c.references("campaigns.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("accounts", "text", (c) => c.notNull())
    .addColumn("niches", "text", (c) => c.notNull())
    .addColumn("rates", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("consented_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("accepted_campaign_id", "text", (c) => c.references("campaigns.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("creator_applications_inbox_idx")
    .on("creator_applications")
    .columns(["organisation_id", "status", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("creator_applications_creator_idx")
    .on("creator_applications")
    .columns(["organisation_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("application_emails")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("application_id", "text", (c) =>
      c.notNull().references("creator_applications.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("application_emails_application_idx")
    .on("application_emails")
    .columns(["application_id", "created_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("application_emails").execute();
  await db.schema.dropTable("creator_applications").execute();
  await db.schema.dropTable("application_settings").execute();
  await db.schema.alterTable("creators").dropColumn("source").execute();
}
