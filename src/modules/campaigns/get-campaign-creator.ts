import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { getCreator } from "../creators/creators.js";
import type { Platform } from "../creators/tiers.js";
import { findCampaignRow } from "./campaign-view.js";
import type { CollaborationType } from "./collaboration-types.js";
import type { Stage } from "./stages.js";

export interface CampaignCreator {
  campaignId: string;
  campaignSlug: string;
  currency: string;
  attributionWindowDays: number;
  creatorId: string;
  stage: Stage;
  collaborationType: CollaborationType | null;
  /** The creator's largest account, used for links and codes. */
  primaryAccount: { platform: Platform; handle: string } | null;
}

/** One creator's place in one campaign; 404 when either is absent or not the organisation's. */
export async function getCampaignCreator(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
): Promise<CampaignCreator> {
  const campaign = await findCampaignRow(db, organisationId, campaignId);
  const member = await db
    .selectFrom("campaign_creators")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "=", creatorId)
    .executeTakeFirst();
  if (!member) throw notFound("Creator in this campaign");
  const creator = await getCreator(db, organisationId, creatorId);
  const account = creator.accounts[0];
  return {
    campaignId: campaign.id,
    campaignSlug: campaign.slug,
    currency: campaign.currency,
    attributionWindowDays: campaign.attribution_window_days,
    creatorId,
    stage: member.stage as Stage,
    collaborationType: member.collaboration_type as CollaborationType | null,
    primaryAccount: account ? { platform: account.platform, handle: account.handle } : null,
  };
}
