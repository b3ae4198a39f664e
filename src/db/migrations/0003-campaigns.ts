import type { Kysely } from "kysely";

// Campaigns, their pipeline, outreach email and contracts: one migration, as they landed together.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("campaigns")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("brand", "text", (c) => c.notNull())
    .addColumn("goal", "text", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("budget", "bigint")
    .addColumn("attribution_window_days", "integer", (c) => c.notNull())
    .addColumn("ideal_customer_profile", "text", (c) => c.notNull())
    .addColumn("competitor_brands", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("campaigns_slug_unique", ["organisation_id", "slug"])
    .execute();

  await db.schema
    .createTable("campaign_kpis")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("comparison", "text", (c) => c.notNull())
    .addColumn("target", "double precision", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("campaign_kpis_campaign_idx")
    .on("campaign_kpis")
    .column("campaign_id")
    .execute();

  await db.schema
    .createTable("campaign_creators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("stage_reason", "text")
    .addColumn("stage_changed_at", "text", (c) => c.notNull())
    .addColumn("collaboration_type", "text")
    .addColumn("term_months", "integer")
    .addColumn("deliverables_per_month", "integer")
    .addColumn("term_ends_on", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("campaign_creators_unique", ["campaign_id", "creator_id"])
    .execute();
  await db.schema
    .createIndex("campaign_creators_creator_idx")
    .on("campaign_creators")
    .columns(["organisation_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("campaign_stage_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("from_stage", "text")
    .addColumn("to_stage", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("actor_type", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("campaign_stage_changes_idx")
    .on("campaign_stage_changes")
    .columns(["campaign_id", "creator_id", "created_at"])
    .execute();

  await db.schema
    .createTable("email_templates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("email_templates_org_idx")
    .on("email_templates")
    .column("organisation_id")
    .execute();

  await db.schema
    .createTable("outreach_settings")
    .addColumn("organisation_id", "text", (c) =>
      c.primaryKey().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("sender_name", "text", (c) => c.notNull())
    .addColumn("sender_email", "text", (c) => c.notNull())
    .addColumn("daily_send_limit", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("do_not_contact")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("do_not_contact_pk", ["organisation_id", "email"])
    .execute();

  await db.schema
    .createTable("email_threads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("last_message_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("email_threads_unique", ["campaign_id", "creator_id"])
    .execute();

  await db.schema
    .createTable("email_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("thread_id", "text", (c) => c.notNull().references("email_threads.id").onDelete("cascade"))
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("body_html", "text")
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("in_reply_to", "text")
    .addColumn("template_id", "text")
    .addColumn("follow_up_step", "integer")
    .addColumn("error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("email_messages_message_id_unique", ["organisation_id", "message_id"])
    .execute();
  await db.schema
    .createIndex("email_messages_thread_idx")
    .on("email_messages")
    .columns(["thread_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("email_messages_org_day_idx")
    .on("email_messages")
    .columns(["organisation_id", "direction", "created_at"])
    .execute();

  await db.schema
    .createTable("email_follow_ups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("thread_id", "text", (c) => c.notNull().references("email_threads.id").onDelete("cascade"))
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("template_id", "text", (c) => c.notNull())
    .addColumn("after_days", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("stage_when_scheduled", "text", (c) => c.notNull())
    .addColumn("due_at", "text")
    .addColumn("stopped_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("email_follow_ups_thread_idx")
    .on("email_follow_ups")
    .column("thread_id")
    .execute();

  await db.schema
    .createTable("offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("proposed_by", "text", (c) => c.notNull())
    .addColumn("terms", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("offers_version_unique", ["campaign_id", "creator_id", "version"])
    .execute();

  await db.schema
    .createTable("contracts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("creator_id", "text", (c) => c.notNull())
    .addColumn("offer_id", "text", (c) => c.notNull().unique().references("offers.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("terms", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("committed_amount", "bigint", (c) => c.notNull())
    .addColumn("accepted_by", "text", (c) => c.notNull())
    .addColumn("accepted_name", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text", (c) => c.notNull())
    .addColumn("accepted_ip", "text")
    .addColumn("superseded_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("contracts_version_unique", ["campaign_id", "creator_id", "version"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "contracts",
    "offers",
    "email_follow_ups",
    "email_messages",
    "email_threads",
    "do_not_contact",
    "outreach_settings",
    "email_templates",
    "campaign_stage_changes",
    "campaign_creators",
    "campaign_kpis",
    "campaigns",
  ])
    await db.schema.dropTable(table).execute();
}
