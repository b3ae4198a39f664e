import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type ConversionView, findConversionRow, toConversionView } from "./conversion-view.js";

/**
 * A person confirms an order a shop's page reported (having checked it in the shop): from now on it earns
 * commission. Confirming an order already verified changes nothing.
 */
export async function approveConversion(
  db: Kysely<Database>,
  auth: { organisationId: string; actor: Actor },
  orderId: string,
): Promise<ConversionView> {
  return inTransaction(db, async (trx) => {
    const existing = await findConversionRow(trx, auth.organisationId, orderId);
    if (existing.verified_at !== null) return toConversionView(existing);
    const approved = await trx
      .updateTable("conversions")
      .set({ verified_at: nowIso(), verified_by: auth.actor.label })
      .where("id", "=", existing.id)
      .where("verified_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!approved) throw notFound("Conversion");
    await recordAuditEvent(trx, {
      organisationId: auth.organisationId,
      actor: auth.actor,
      action: "conversion.approved",
      targetType: "conversion",
      targetId: approved.id,
      details: { orderId, amount: approved.amount, currency: approved.currency, source: approved.source },
    });
    return toConversionView(approved);
  });
}
