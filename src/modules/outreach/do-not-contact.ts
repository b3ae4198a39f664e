import { type Kysely, sql } from "kysely";
import { nowIso } from "../../db/ids.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";

export interface DoNotContactEntry {
  email: string;
  reason: string;
  createdAt: string;
}

/** Adds an address to the organisation's do-not-contact list; adding it twice keeps the first reason. */
export async function addDoNotContact(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  email: string,
  reason: string,
): Promise<void> {
  await db
    .insertInto("do_not_contact")
    .values({ organisation_id: ctx.organisationId, email: email.toLowerCase(), reason, created_at: nowIso() })
    .onConflict((oc) => oc.columns(["organisation_id", "email"]).doNothing())
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "outreach.do_not_contact_added",
    targetType: "email",
    targetId: email.toLowerCase(),
    details: { reason },
  });
}

export async function removeDoNotContact(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  email: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("do_not_contact")
    .where("organisation_id", "=", ctx.organisationId)
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return false;
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "outreach.do_not_contact_removed",
    targetType: "email",
    targetId: email.toLowerCase(),
  });
  return true;
}

export async function isDoNotContact(
  db: Kysely<Database>,
  organisationId: string,
  email: string,
): Promise<boolean> {
  return (await doNotContactReason(db, organisationId, email)) !== null;
}

/** Why the address is on the list, or null when it is not. */
export async function doNotContactReason(
  db: Kysely<Database>,
  organisationId: string,
  email: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("do_not_contact")
    .select("reason")
    .where("organisation_id", "=", organisationId)
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
  return row?.reason ?? null;
}

/** Addresses never to email, most recently added first; `search` finds a part of the address or the reason. */
export async function listDoNotContact(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest & { search?: string },
): Promise<Page<DoNotContactEntry>> {
  let query = db.selectFrom("do_not_contact").selectAll().where("organisation_id", "=", organisationId);
  const search = page.search?.trim().toLowerCase();
  if (search) {
    // LIKE's own wildcards in what a person typed are matched as themselves.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("email", "like", sql<string>`${pattern} escape '\\'`),
        eb(eb.fn("lower", ["reason"]), "like", sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  const rows = await keysetPage(
    query,
    [
      { by: "created_at", direction: "desc", value: (r) => r.created_at },
      { by: "email", direction: "desc", value: (r) => r.email },
    ],
    page,
  );
  return {
    items: rows.items.map((r) => ({ email: r.email, reason: r.reason, createdAt: r.created_at })),
    nextCursor: rows.nextCursor,
  };
}
