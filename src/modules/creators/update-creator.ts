import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type CreatorView, getCreator } from "./creators.js";
import { nextChangeSeq } from "./next-change-seq.js";

export interface CreatorUpdate {
  name?: string;
  /** null removes the email. */
  email?: string | null;
}

/**
 * Changes a creator's name or email. Their accounts take a new change number, so search indexes pick up the new name
 * and whether the creator can be emailed. Run inside a transaction.
 */
export async function updateCreator(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  creatorId: string,
  update: CreatorUpdate,
): Promise<CreatorView> {
  const before = await getCreator(db, ctx.organisationId, creatorId);
  const changes: CreatorUpdate = {};
  if (update.name !== undefined && update.name !== before.name) changes.name = update.name;
  if (update.email !== undefined && update.email !== before.email) changes.email = update.email;
  if (Object.keys(changes).length === 0) return before;
  const now = nowIso();
  const result = await db
    .updateTable("creators")
    .set({ ...changes, updated_at: now })
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", creatorId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound("Creator");
  const changeSeq = await nextChangeSeq(db, ctx.organisationId);
  await db
    .updateTable("social_accounts")
    .set({ change_seq: changeSeq, updated_at: now })
    .where("organisation_id", "=", ctx.organisationId)
    .where("creator_id", "=", creatorId)
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "creator.updated",
    targetType: "creator",
    targetId: creatorId,
    details: Object.fromEntries(
      Object.entries(changes).map(([field, value]) => [
        field,
        { from: before[field as keyof CreatorUpdate] ?? null, to: value ?? null },
      ]),
    ),
  });
  return getCreator(db, ctx.organisationId, creatorId);
}
