import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { addDays, daysBetween } from "../../shared/time.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { addCreatorsToCampaign } from "../campaigns/add-creators-to-campaign.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { listContracts, listOffers } from "../contracts/list-contracts.js";
import type { OfferTerms } from "../contracts/offer-terms.js";
import type { OfferView } from "../contracts/offer-view.js";
import { proposeOffer } from "../contracts/propose-offer.js";

/**
 * Renewal (M13): adds a creator from this campaign to another one and proposes the terms they last had here — the
 * contract in force, else the latest offer — with deliverable dates moved by the gap between the campaigns' starts.
 * Without terms here the creator is only shortlisted. All or nothing.
 */
export async function inviteOnLastTerms(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  targetCampaignId: string,
): Promise<{ targetCampaignId: string; creatorId: string; offer: OfferView | null }> {
  if (targetCampaignId === campaignId)
    throw invalidField("targetCampaignId", "choose a campaign other than the one being renewed");
  const source = await getCampaign(db, ctx.organisationId, campaignId);
  await getCampaignCreator(db, ctx.organisationId, campaignId, creatorId);
  const target = await getCampaign(db, ctx.organisationId, targetCampaignId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found")
      throw invalidField("targetCampaignId", "no such campaign in this organisation");
    throw error;
  });
  const filter = { campaignId, creatorId };
  const contract = (
    await listContracts(db, ctx.organisationId, { ...filter, inForceOnly: true }, { limit: 1 })
  ).items[0];
  const offer = (await listOffers(db, ctx.organisationId, filter)).items.find(
    (o) => o.status !== "withdrawn",
  );
  const last: OfferTerms | undefined = contract?.terms ?? offer?.terms;
  if (last && source.currency !== target.currency)
    throw invalidField(
      "targetCampaignId",
      `that campaign pays in ${target.currency}; the last terms are in ${source.currency}`,
    );
  const gap = daysBetween(source.startDate, target.startDate);
  const terms: OfferTerms | undefined = last && {
    ...last,
    deliverables: last.deliverables.map((d) => ({
      ...d,
      dueDate: addDays(d.dueDate, gap),
      ...(d.draftDueDate ? { draftDueDate: addDays(d.draftDueDate, gap) } : {}),
    })),
  };
  return inTransaction(db, async (trx) => {
    const { added } = await addCreatorsToCampaign(trx, ctx, targetCampaignId, [creatorId]);
    if (added === 0)
      throw new AppError("conflict", `The creator is already in ${target.name}.`, {
        errors: [{ field: "targetCampaignId", message: "the creator is already in that campaign" }],
      });
    const proposed = terms
      ? await proposeOffer(trx, ctx, targetCampaignId, creatorId, {
          terms,
          proposedBy: "brand",
          note: `Renewal on the terms of ${source.name}`,
        })
      : null;
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.creator_renewed",
      targetType: "campaign",
      targetId: targetCampaignId,
      details: { creatorId, fromCampaignId: campaignId, offerId: proposed?.id ?? null },
    });
    return { targetCampaignId, creatorId, offer: proposed };
  });
}
