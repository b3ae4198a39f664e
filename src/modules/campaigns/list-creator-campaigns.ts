import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Stage } from "./stages.js";

export interface CreatorCampaign {
  campaignId: string;
  name: string;
  brand: string;
  startDate: string;
  endDate: string;
  currency: string;
  stage: Stage;
  stageChangedAt: string;
}

/** Every campaign of the organisation a creator is part of, newest start first. */
export async function listCreatorCampaigns(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
): Promise<CreatorCampaign[]> {
  const rows = await db
    .selectFrom("campaign_creators")
    .innerJoin("campaigns", "campaigns.id", "campaign_creators.campaign_id")
    .select([
      "campaigns.id",
      "campaigns.name",
      "campaigns.brand",
      "campaigns.start_date",
      "campaigns.end_date",
      "campaigns.currency",
      "campaign_creators.stage",
      "campaign_creators.stage_changed_at",
    ])
    .where("campaign_creators.organisation_id", "=", organisationId)
    .where("campaigns.organisation_id", "=", organisationId)
    .where("campaign_creators.creator_id", "=", creatorId)
    .orderBy("campaigns.start_date", "desc")
    .orderBy("campaigns.id")
    .execute();
  return rows.map((r) => ({
    campaignId: r.id,
    name: r.name,
    brand: r.brand,
    startDate: r.start_date,
    endDate: r.end_date,
    currency: r.currency,
    stage: r.stage as Stage,
    stageChangedAt: r.stage_changed_at,
  }));
}
