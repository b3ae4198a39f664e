import type { Kysely } from "kysely";

/**
 * Sign-in throttling that an attacker cannot turn against a user (decision 0003, updated): browsers a user has signed
 * in from before carry a device token, stored here hashed, and failed attempts record which known device made them.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("known_devices")
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_signed_in_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("known_devices_pk", ["token_hash", "user_id"])
    .execute();
  await db.schema.alterTable("login_attempts").addColumn("device_hash", "text").execute();
  await db.schema
    .createIndex("login_attempts_email_ip_idx")
    .on("login_attempts")
    .columns(["email", "ip", "created_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("login_attempts_email_ip_idx").execute();
  await db.schema.alterTable("login_attempts").dropColumn("device_hash").execute();
  await db.schema.dropTable("known_devices").execute();
}
