import type { Kysely } from "kysely";

/**
 * How a contract was accepted, and the evidence kept for it: in the portal by the creator (typed name, consent, the
 * address and browser it came from, SHA-256 of the exact terms and of the contract PDF they saw), or outside Amplio
 * with the signed document a team member uploaded. Contracts from before this are "recorded": a team member typed a
 * name on the creator's behalf. An offer remembers the user who proposed it. An email whose body must not be shown to the team (a portal link) keeps what is
 * delivered apart from what is shown, until it is sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("contracts")
    .addColumn("acceptance_method", "text", (c) => c.notNull().defaultTo("recorded"))
    .execute();
  for (const column of [
    "accepted_user_agent",
    "terms_sha256",
    "pdf_sha256",
    "signed_document_key",
    "recorded_by",
  ])
    await db.schema.alterTable("contracts").addColumn(column, "text").execute();
  // The team member who proposed an offer version receives the signed contract too.
  await db.schema.alterTable("offers").addColumn("author_user_id", "text").execute();
  for (const column of ["delivery_text", "delivery_html"])
    await db.schema.alterTable("email_messages").addColumn(column, "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("offers").dropColumn("author_user_id").execute();
  for (const column of ["delivery_text", "delivery_html"])
    await db.schema.alterTable("email_messages").dropColumn(column).execute();
  for (const column of [
    "acceptance_method",
    "accepted_user_agent",
    "terms_sha256",
    "pdf_sha256",
    "signed_document_key",
    "recorded_by",
  ])
    await db.schema.alterTable("contracts").dropColumn(column).execute();
}
