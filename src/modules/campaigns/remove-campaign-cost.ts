import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { findCampaignCostRow } from "./campaign-cost-view.js";

/** Deletes a campaign-level cost; the audit log keeps what it was. */
export async function removeCampaignCost(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  costId: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await findCampaignCostRow(trx, ctx.organisationId, campaignId, costId);
    await trx
      .deleteFrom("campaign_costs")
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", costId)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.cost_removed",
      targetType: "campaign_cost",
      targetId: costId,
      details: {
        campaignId,
        description: row.description,
        amount: Number(row.amount),
        currency: row.currency,
        incurredOn: row.incurred_on,
      },
    });
  });
}
