import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { moveCreatorStage } from "../campaigns/move-creator-stage.js";
import { assertOfferTerms } from "./compensation.js";
import type { OfferTerms } from "./offer-terms.js";
import { type OfferView, toOfferView } from "./offer-view.js";
import type { Party } from "./schema.js";

/**
 * Records a new version of the terms: the brand's proposal, or a counter from the creator (from the portal, or
 * recorded by the brand). Earlier open versions are superseded. After a signed contract, a new version is an amendment.
 */
export async function proposeOffer(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  input: { terms: OfferTerms; proposedBy: Party; note?: string | null },
): Promise<OfferView> {
  return inTransaction(db, async (trx) => {
    const member = await getCampaignCreator(trx, ctx.organisationId, campaignId, creatorId);
    if (member.stage === "declined" || member.stage === "dropped" || member.stage === "completed")
      throw new AppError(
        "conflict",
        `The creator is ${member.stage} in this campaign; shortlist them again first.`,
        {
          errors: [{ field: "creatorId", message: `creator is ${member.stage}` }],
        },
      );
    const campaign = await getCampaign(trx, ctx.organisationId, campaignId);
    assertOfferTerms(input.terms, campaign);
    const latest = await trx
      .selectFrom("offers")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    await trx
      .updateTable("offers")
      .set({ status: "superseded" })
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .where("status", "=", "proposed")
      .execute();
    const row = {
      id: newId(),
      organisation_id: ctx.organisationId,
      campaign_id: campaignId,
      creator_id: creatorId,
      version,
      status: "proposed" as const,
      proposed_by: input.proposedBy,
      terms: JSON.stringify(input.terms),
      note: input.note?.trim() || null,
      actor_label: ctx.actor.label,
      author_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
      created_at: nowIso(),
    };
    await trx.insertInto("offers").values(row).execute();
    // Terms on the table mean the conversation is a negotiation now.
    if (member.stage === "shortlisted" || member.stage === "contacted")
      await moveCreatorStage(trx, ctx, campaignId, creatorId, { stage: "negotiating" });
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: input.proposedBy === "brand" ? "offer.proposed" : "offer.countered",
      targetType: "offer",
      targetId: row.id,
      details: { campaignId, creatorId, version, model: input.terms.compensation.model },
    });
    return toOfferView(row);
  });
}
