import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";

export interface BulkPayoutChange {
  /** How many entries changed, and what they add up to per currency (minor units). */
  changed: number;
  totals: Array<{ currency: string; amount: number }>;
}

/**
 * Approves every payable pending entry, or marks every approved entry paid, for the whole campaign or one creator,
 * all or none. Entries still locked (trigger or refund lock ahead) are left pending, as one by one.
 */
export async function changePayoutsInBulk(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  input: { action: "approve" | "pay"; creatorId?: string },
  now = new Date(),
): Promise<BulkPayoutChange> {
  return inTransaction(db, async (trx) => {
    await getCampaign(trx, ctx.organisationId, campaignId);
    const stamp = now.toISOString();
    let query = trx
      .selectFrom("payout_entries")
      .select(["id", "amount", "currency"])
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("status", "=", input.action === "approve" ? "pending" : "approved");
    if (input.creatorId) query = query.where("creator_id", "=", input.creatorId);
    if (input.action === "approve") query = query.where("payable_from", "<=", stamp);
    const rows = await query.execute();
    if (rows.length === 0) return { changed: 0, totals: [] };
    const changes =
      input.action === "approve"
        ? {
            status: "approved" as const,
            approved_by: ctx.actor.label,
            approved_at: stamp,
            updated_at: nowIso(),
          }
        : { status: "paid" as const, paid_at: stamp, updated_at: nowIso() };
    const ids = rows.map((r) => r.id);
    // Chunked so a long ledger stays under the databases' bound-parameter limits.
    for (let start = 0; start < ids.length; start += 500)
      await trx
        .updateTable("payout_entries")
        .set(changes)
        .where("organisation_id", "=", ctx.organisationId)
        .where("id", "in", ids.slice(start, start + 500))
        .execute();
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
    const summary = [...totals].map(([currency, amount]) => ({ currency, amount }));
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: input.action === "approve" ? "payout.bulk_approved" : "payout.bulk_paid",
      targetType: "campaign",
      targetId: campaignId,
      details: { creatorId: input.creatorId ?? null, entries: rows.length, totals: summary },
    });
    return { changed: rows.length, totals: summary };
  });
}
