import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import {
  assertCampaignCost,
  type CampaignCostInput,
  type CampaignCostView,
  toCampaignCostView,
} from "./campaign-cost-view.js";
import { findCampaignRow } from "./campaign-view.js";

/** Records a campaign-level cost (M7) in the campaign's currency, and who recorded it. */
export async function addCampaignCost(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  input: CampaignCostInput,
): Promise<CampaignCostView> {
  return inTransaction(db, async (trx) => {
    const campaign = await findCampaignRow(trx, ctx.organisationId, campaignId);
    assertCampaignCost(input, campaign.currency);
    const now = nowIso();
    const row = {
      id: newId(),
      organisation_id: ctx.organisationId,
      campaign_id: campaignId,
      description: input.description.trim(),
      amount: input.amount,
      currency: campaign.currency,
      incurred_on: input.incurredOn,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("campaign_costs").values(row).execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.cost_added",
      targetType: "campaign_cost",
      targetId: row.id,
      details: {
        campaignId,
        description: row.description,
        amount: row.amount,
        currency: row.currency,
        incurredOn: row.incurred_on,
      },
    });
    return toCampaignCostView(row);
  });
}
