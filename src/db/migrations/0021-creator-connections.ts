import type { Kysely } from "kysely";

/**
 * Creator-authorised connections (issue #18): the brand's OAuth client per platform, each creator's connection with
 * its tokens sealed (AES-256-GCM, never stored in the clear), and the short-lived state of a sign-in in progress,
 * bound to the portal session that began it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("creator_connection_clients")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("client_secret_sealed", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("creator_connection_clients_pk", ["organisation_id", "platform"])
    .execute();

  await db.schema
    .createTable("creator_connections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("external_user_id", "text", (c) => c.notNull())
    .addColumn("handle", "text", (c) => c.notNull())
    .addColumn("account_id", "text")
    .addColumn("access_token_sealed", "text", (c) => c.notNull())
    .addColumn("refresh_token_sealed", "text")
    .addColumn("access_expires_at", "text")
    .addColumn("refresh_expires_at", "text")
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_detail", "text")
    .addColumn("connected_at", "text", (c) => c.notNull())
    .addColumn("last_synced_at", "text")
    .addColumn("next_sync_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("creator_connections_creator_platform", [
      "organisation_id",
      "creator_id",
      "platform",
    ])
    .execute();

  await db.schema
    .createTable("creator_connection_states")
    .addColumn("state_hash", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("creator_id", "text", (c) => c.notNull().references("creators.id").onDelete("cascade"))
    .addColumn("portal_session_id", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("code_verifier_sealed", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("creator_connection_states").execute();
  await db.schema.dropTable("creator_connections").execute();
  await db.schema.dropTable("creator_connection_clients").execute();
}
