import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getBrief } from "../briefs/get-brief.js";
import { saveBrief } from "../briefs/save-brief.js";
import type { CampaignView } from "./campaign-view.js";
import { createCampaign } from "./create-campaign.js";
import { getCampaign } from "./get-campaign.js";

/**
 * A new campaign with the same objectives, ideal customer profile, KPIs, competitors, budget, dates and brief, but no
 * creators, costs or results (issue 21). The brief's tracking link and discount code belong to the original
 * campaign's links and codes, and its uploaded files to the original, so the copy starts without them.
 */
export async function duplicateCampaign(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  input: { name?: string } = {},
): Promise<CampaignView> {
  return inTransaction(db, async (trx) => {
    const original = await getCampaign(trx, ctx.organisationId, campaignId);
    const copy = await createCampaign(trx, ctx, {
      name: input.name?.trim() || `${original.name} (copy)`,
      brand: original.brand,
      goal: original.goal,
      startDate: original.startDate,
      endDate: original.endDate,
      currency: original.currency,
      budget: original.budget,
      attributionWindowDays: original.attributionWindowDays,
      idealCustomerProfile: original.idealCustomerProfile,
      competitorBrands: original.competitorBrands,
      kpis: original.kpis.map(({ metric, comparison, target }) => ({ metric, comparison, target })),
    });
    const brief = await getBrief(trx, ctx.organisationId, campaignId, null);
    if (brief.versions.length > 0) {
      const { referenceFiles: _files, ...content } = brief.content;
      await saveBrief(trx, ctx, copy.id, null, { ...content, trackingLink: "", discountCode: "" });
    }
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.duplicated",
      targetType: "campaign",
      targetId: copy.id,
      details: { from: campaignId },
    });
    return getCampaign(trx, ctx.organisationId, copy.id);
  });
}
