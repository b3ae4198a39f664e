import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import {
  assertCampaignCost,
  type CampaignCostInput,
  type CampaignCostView,
  findCampaignCostRow,
  toCampaignCostView,
} from "./campaign-cost-view.js";
import { findCampaignRow } from "./campaign-view.js";

/** Changes what is given of a campaign-level cost; the audit log keeps the values before and after. */
export async function updateCampaignCost(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  costId: string,
  input: Partial<CampaignCostInput>,
): Promise<CampaignCostView> {
  return inTransaction(db, async (trx) => {
    const campaign = await findCampaignRow(trx, ctx.organisationId, campaignId);
    const before = await findCampaignCostRow(trx, ctx.organisationId, campaignId, costId);
    assertCampaignCost(input, campaign.currency);
    const after = {
      ...before,
      description: input.description?.trim() ?? before.description,
      amount: input.amount ?? Number(before.amount),
      incurred_on: input.incurredOn ?? before.incurred_on,
      updated_at: nowIso(),
    };
    await trx
      .updateTable("campaign_costs")
      .set({
        description: after.description,
        amount: after.amount,
        incurred_on: after.incurred_on,
        updated_at: after.updated_at,
      })
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", costId)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.cost_updated",
      targetType: "campaign_cost",
      targetId: costId,
      details: {
        campaignId,
        before: {
          description: before.description,
          amount: Number(before.amount),
          incurredOn: before.incurred_on,
        },
        after: { description: after.description, amount: after.amount, incurredOn: after.incurred_on },
      },
    });
    return toCampaignCostView(after);
  });
}
