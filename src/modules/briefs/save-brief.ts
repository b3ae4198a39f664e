import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { checkCompliance } from "../compliance/check-compliance.js";
import { briefComplianceInput } from "./brief-compliance-input.js";
import type { BriefContent, BriefOverride } from "./brief-content.js";
import { type BriefView, getBrief } from "./get-brief.js";

/**
 * Saves a new version of the campaign's brief (creatorId null) or of one creator's override. Versions are never
 * edited, so a creator can always see what changed.
 */
export async function saveBrief(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string | null,
  content: BriefContent | BriefOverride,
): Promise<BriefView> {
  return inTransaction(db, async (trx) => {
    if (creatorId) await getCampaignCreator(trx, ctx.organisationId, campaignId, creatorId);
    else await getCampaign(trx, ctx.organisationId, campaignId);
    const latest = await trx
      .selectFrom("briefs")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId ?? "")
      .executeTakeFirst();
    // The brief feeds every draft's compliance check, so a hashtag or term the checker cannot use is refused now.
    const before = await getBrief(trx, ctx.organisationId, campaignId, creatorId);
    const merged: BriefContent = { ...before.content, ...content };
    checkCompliance({ caption: "", platform: "instagram", ...briefComplianceInput(merged) });
    const version = Number(latest?.version ?? 0) + 1;
    const id = newId();
    await trx
      .insertInto("briefs")
      .values({
        id,
        organisation_id: ctx.organisationId,
        campaign_id: campaignId,
        creator_id: creatorId ?? "",
        version,
        content: JSON.stringify(content),
        actor_label: ctx.actor.label,
        created_at: nowIso(),
      })
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: creatorId ? "brief.override_saved" : "brief.saved",
      targetType: "campaign",
      targetId: campaignId,
      details: { briefId: id, version, creatorId },
    });
    return getBrief(trx, ctx.organisationId, campaignId, creatorId);
  });
}
