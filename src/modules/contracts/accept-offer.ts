import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { moveCreatorStage } from "../campaigns/move-creator-stage.js";
import { isPreContract } from "../campaigns/stages.js";
import { updateCampaignCreator } from "../campaigns/update-campaign-creator.js";
import { committedAmount } from "./compensation.js";
import type { OfferTerms } from "./offer-terms.js";
import { type ContractView, toContractView } from "./offer-view.js";
import type { Party } from "./schema.js";

export interface Acceptance {
  /** The name the accepting person typed, as their signature. */
  acceptedName: string;
  acceptedBy: Party;
  ip: string | null;
}

/**
 * Accepts the open version of an offer and freezes its terms into a contract. A contract already in force for the
 * creator is superseded (this is an amendment); its row and terms stay as they were.
 */
export async function acceptOffer(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  offerId: string,
  acceptance: Acceptance,
): Promise<ContractView> {
  const acceptedName = acceptance.acceptedName.trim();
  if (acceptedName.length < 2)
    throw invalidField("acceptedName", "type the full name of the person accepting");
  return inTransaction(db, async (trx) => {
    const offer = await trx
      .selectFrom("offers")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", offerId)
      .executeTakeFirst();
    if (!offer) throw notFound("Offer");
    if (offer.status !== "proposed")
      throw new AppError(
        "conflict",
        `Version ${offer.version} is ${offer.status}; only the open version can be accepted.`,
        {
          errors: [{ field: "offerId", message: `offer is ${offer.status}` }],
        },
      );
    if (offer.proposed_by === acceptance.acceptedBy)
      throw invalidField(
        "acceptedBy",
        `the ${offer.proposed_by} proposed this version; the other party accepts it`,
      );
    const campaign = await getCampaign(trx, ctx.organisationId, offer.campaign_id);
    const member = await getCampaignCreator(trx, ctx.organisationId, offer.campaign_id, offer.creator_id);
    const terms = JSON.parse(offer.terms) as OfferTerms;
    const now = nowIso();
    const previous = await trx
      .selectFrom("contracts")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", offer.campaign_id)
      .where("creator_id", "=", offer.creator_id)
      .executeTakeFirst();
    await trx
      .updateTable("contracts")
      .set({ superseded_at: now })
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", offer.campaign_id)
      .where("creator_id", "=", offer.creator_id)
      .where("superseded_at", "is", null)
      .execute();
    const row = {
      id: newId(),
      organisation_id: ctx.organisationId,
      campaign_id: offer.campaign_id,
      creator_id: offer.creator_id,
      offer_id: offer.id,
      version: Number(previous?.version ?? 0) + 1,
      terms: offer.terms,
      currency: campaign.currency,
      committed_amount: committedAmount(terms.compensation),
      accepted_by: acceptance.acceptedBy,
      accepted_name: acceptedName,
      accepted_at: now,
      accepted_ip: acceptance.ip,
      superseded_at: null,
      created_at: now,
    };
    await trx.insertInto("contracts").values(row).execute();
    await trx.updateTable("offers").set({ status: "accepted" }).where("id", "=", offer.id).execute();
    await updateCampaignCreator(trx, ctx, offer.campaign_id, offer.creator_id, {
      collaborationType: terms.collaborationType,
    });
    if (isPreContract(member.stage))
      await moveCreatorStage(trx, ctx, offer.campaign_id, offer.creator_id, { stage: "contracted" });
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: row.version === 1 ? "contract.signed" : "contract.amended",
      targetType: "contract",
      targetId: row.id,
      details: { offerId, version: row.version, acceptedBy: acceptance.acceptedBy, acceptedName },
    });
    return toContractView(row);
  });
}
