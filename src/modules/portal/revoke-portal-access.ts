import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCreator } from "../creators/creators.js";

/** Withdraws every unused link and ends every portal session of one creator; returns how many were withdrawn. */
export async function revokePortalAccess(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  creatorId: string,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await getCreator(trx, ctx.organisationId, creatorId);
    const result = await trx
      .updateTable("portal_tokens")
      .set({ revoked_at: nowIso() })
      .where("organisation_id", "=", ctx.organisationId)
      .where("creator_id", "=", creatorId)
      .where("revoked_at", "is", null)
      .where("used_at", "is", null)
      .executeTakeFirst();
    const revoked = Number(result.numUpdatedRows);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "portal.access_revoked",
      targetType: "creator",
      targetId: creatorId,
      details: { revoked },
    });
    return revoked;
  });
}
