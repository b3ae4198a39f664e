import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { moveCreatorStage } from "../campaigns/move-creator-stage.js";
import { isPreContract } from "../campaigns/stages.js";
import { updateCampaignCreator } from "../campaigns/update-campaign-creator.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { committedAmount } from "./compensation.js";
import type { OfferTerms } from "./offer-terms.js";
import { type ContractView, toContractView } from "./offer-view.js";
import type { ContractsTable, OffersTable } from "./schema.js";
import { queueContractCopies } from "./send-contract-copy.js";
import { termsSha256 } from "./terms-hash.js";

export type ContractEvidence = Pick<
  ContractsTable,
  | "accepted_name"
  | "accepted_ip"
  | "accepted_user_agent"
  | "acceptance_method"
  | "pdf_sha256"
  | "signed_document_key"
  | "recorded_by"
>;

/** The open version of an offer, scoped to the organisation; 409 once it is no longer open. */
export async function openOffer(
  trx: Kysely<Database>,
  organisationId: string,
  offerId: string,
  creatorId?: string,
): Promise<OffersTable | undefined> {
  let query = trx
    .selectFrom("offers")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", offerId);
  if (creatorId) query = query.where("creator_id", "=", creatorId);
  const offer = await query.executeTakeFirst();
  if (offer && offer.status !== "proposed")
    throw new AppError(
      "conflict",
      `Version ${offer.version} is ${offer.status}; only the open version can be accepted.`,
      { errors: [{ field: "offerId", message: `offer is ${offer.status}` }] },
    );
  return offer;
}

/**
 * Freezes an open offer's terms into a contract accepted by the creator, inside the caller's transaction. A contract
 * already in force for the creator is superseded (this is an amendment); its row and terms stay as they were. Both
 * parties are sent a copy once the transaction commits.
 */
export async function freezeContract(
  trx: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  offer: OffersTable,
  evidence: ContractEvidence,
): Promise<ContractView> {
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
  const row: ContractsTable = {
    id: newId(),
    organisation_id: ctx.organisationId,
    campaign_id: offer.campaign_id,
    creator_id: offer.creator_id,
    offer_id: offer.id,
    version: Number(previous?.version ?? 0) + 1,
    terms: offer.terms,
    currency: campaign.currency,
    committed_amount: committedAmount(terms.compensation),
    accepted_by: "creator",
    accepted_at: now,
    superseded_at: null,
    created_at: now,
    terms_sha256: termsSha256(terms),
    ...evidence,
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
    details: {
      offerId: offer.id,
      version: row.version,
      method: row.acceptance_method,
      acceptedName: row.accepted_name,
      termsSha256: row.terms_sha256,
    },
  });
  await queueContractCopies(trx, env, ctx.organisationId, row.id, offer.author_user_id);
  return toContractView(row);
}
