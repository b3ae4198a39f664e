import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import { type BriefView, getBrief } from "../briefs/get-brief.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { listCampaigns } from "../campaigns/list-campaigns.js";
import type { Stage } from "../campaigns/stages.js";
import { listContracts, listOffers } from "../contracts/list-contracts.js";
import type { ContractView, OfferView } from "../contracts/offer-view.js";
import type { DiscountCodeView } from "../discount-codes/discount-code-view.js";
import { findCreatorDiscountCode } from "../discount-codes/list-discount-codes.js";
import { creatorTrackingLink } from "../review/check-draft-compliance.js";
import type { DeliverableView } from "../review/deliverable-view.js";
import { listDeliverables } from "../review/list-deliverables.js";

export interface CollaborationSummary {
  campaignId: string;
  campaignName: string;
  brand: string;
  stage: Stage;
  startDate: string;
  endDate: string;
}

export interface Collaboration extends CollaborationSummary {
  currency: string;
  brief: Omit<BriefView, "override">;
  offers: OfferView[];
  contracts: ContractView[];
  deliverables: DeliverableView[];
  trackingLink: string | null;
  discountCode: string | null;
  /** The code issued to the creator in the discount-codes module, with what it takes off; null for a brief-only code. */
  discount: Pick<DiscountCodeView, "code" | "valueType" | "percentOff" | "amountOff" | "currency"> | null;
  /** What the terms in force commit to pay, minor units of `currency`, and the part already due on what happened. */
  earnings: { committed: number; maximumBonus: number; earnedSoFar: number };
}

// A shortlisted creator has not been contacted yet, so the campaign is not theirs to see.
const hiddenStages: ReadonlySet<Stage> = new Set<Stage>(["shortlisted"]);

/** The campaigns one creator takes part in, within the organisation that invited them. */
export async function listCollaborations(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId: string },
): Promise<CollaborationSummary[]> {
  const { items: campaigns } = await listCampaigns(db, who.organisationId);
  const mine: CollaborationSummary[] = [];
  for (const campaign of campaigns) {
    const member = await getCampaignCreator(db, who.organisationId, campaign.id, who.creatorId).catch(
      (error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      },
    );
    if (!member || hiddenStages.has(member.stage)) continue;
    mine.push({
      campaignId: campaign.id,
      campaignName: campaign.name,
      brand: campaign.brand,
      stage: member.stage,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
    });
  }
  return mine;
}

/** Everything the creator sees about one collaboration: brief, offer and contracts, deliverables, earnings. */
export async function getCollaboration(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId: string },
  campaignId: string,
  publicUrl: string,
): Promise<Collaboration> {
  const summary = (await listCollaborations(db, who)).find((c) => c.campaignId === campaignId);
  if (!summary) throw notFound("Collaboration");
  const campaign = await getCampaign(db, who.organisationId, campaignId);
  const { override: _override, ...brief } = await getBrief(db, who.organisationId, campaignId, who.creatorId);
  const filter = { campaignId, creatorId: who.creatorId };
  const { items: offers } = await listOffers(db, who.organisationId, filter);
  const { items: contracts } = await listContracts(db, who.organisationId, filter);
  const { items: deliverables } = await listDeliverables(db, who.organisationId, filter);
  const issued = await findCreatorDiscountCode(db, who.organisationId, campaignId, who.creatorId);
  const inForce = contracts.find((c) => c.status === "in_force");
  const reached = new Set<string>(["on_signing"]);
  if (deliverables.some((d) => d.status === "approved" || d.status === "live")) reached.add("on_approval");
  if (deliverables.some((d) => d.status === "live")) reached.add("on_live");
  return {
    ...summary,
    currency: campaign.currency,
    brief,
    offers,
    contracts,
    deliverables,
    trackingLink:
      brief.content.trackingLink || (await creatorTrackingLink(db, who.organisationId, filter, publicUrl)),
    discountCode: issued?.code ?? (brief.content.discountCode || null),
    discount: issued
      ? {
          code: issued.code,
          valueType: issued.valueType,
          percentOff: issued.percentOff,
          amountOff: issued.amountOff,
          currency: issued.currency,
        }
      : null,
    earnings: {
      committed: inForce?.committedAmount ?? 0,
      maximumBonus: inForce?.maximumBonus ?? 0,
      earnedSoFar: (inForce?.installments ?? [])
        .filter((i) => reached.has(i.trigger))
        .reduce((sum, i) => sum + i.amount, 0),
    },
  };
}
