import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findCampaignRow, readProfile } from "./campaign-view.js";
import type { CampaignTargeting } from "./ideal-customer-profile.js";

/** What discovery needs to rank creators for a campaign; 404 when the campaign is not the organisation's. */
export async function getCampaignTargeting(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignTargeting> {
  const row = await findCampaignRow(db, organisationId, campaignId);
  const members = await db
    .selectFrom("campaign_creators")
    .select("creator_id")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .orderBy("created_at")
    .execute();
  // Personas guide people, not the fit score: discovery gets the audience alone.
  const { personas: _personas, ...profile } = readProfile(row.ideal_customer_profile);
  return {
    campaignId: row.id,
    profile,
    competitorBrands: JSON.parse(row.competitor_brands) as string[],
    creatorIds: members.map((m) => m.creator_id),
  };
}
