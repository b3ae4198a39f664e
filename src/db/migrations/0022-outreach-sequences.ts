import type { Kysely } from "kysely";

/**
 * Outreach in the browser (issue #21): a signature under every outreach email; named follow-up sequences (ordered
 * steps of template + days to wait) attached when sending; the sequence a scheduled follow-up came from; and a send
 * key on a message so a bulk send retried with the same batch sends each creator's email once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("outreach_settings")
    .addColumn("signature", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .createTable("email_sequences")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("email_sequences_name_idx")
    .on("email_sequences")
    .columns(["organisation_id", "name", "id"])
    .execute();
  await db.schema
    .createTable("email_sequence_steps")
    .addColumn("sequence_id", "text", (c) => c.notNull().references("email_sequences.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("template_id", "text", (c) => c.notNull().references("email_templates.id"))
    .addColumn("after_days", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("email_sequence_steps_pk", ["sequence_id", "position"])
    .execute();
  await db.schema.alterTable("email_follow_ups").addColumn("sequence_id", "text").execute();
  await db.schema.alterTable("email_messages").addColumn("send_key", "text").execute();
  await db.schema
    .createIndex("email_messages_send_key_idx")
    .on("email_messages")
    .columns(["organisation_id", "send_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("email_messages_send_key_idx").execute();
  await db.schema.alterTable("email_messages").dropColumn("send_key").execute();
  await db.schema.alterTable("email_follow_ups").dropColumn("sequence_id").execute();
  await db.schema.dropTable("email_sequence_steps").execute();
  await db.schema.dropTable("email_sequences").execute();
  await db.schema.alterTable("outreach_settings").dropColumn("signature").execute();
}
