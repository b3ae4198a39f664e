import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { CampaignView } from "../campaigns/campaign-view.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { type CampaignReportResponse, getCampaignReport } from "./get-campaign-report.js";

export interface LoadedReport {
  campaign: CampaignView;
  report: CampaignReportResponse;
}

/**
 * The report of each campaign, in the order given. An id the organisation does not own answers 404 naming it and
 * the query field it came from, so a caller comparing ten campaigns learns which one is wrong.
 */
export async function loadCampaignReports(
  db: Kysely<Database>,
  organisationId: string,
  campaignIds: string[],
  field: string,
  now: Date,
): Promise<LoadedReport[]> {
  const campaigns: CampaignView[] = [];
  for (const campaignId of campaignIds) {
    try {
      campaigns.push(await getCampaign(db, organisationId, campaignId));
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found")
        throw new AppError("not_found", `Campaign ${campaignId} was not found.`, {
          errors: [{ field, message: `no campaign ${campaignId} in this organisation` }],
        });
      throw error;
    }
  }
  return Promise.all(
    campaigns.map(async (campaign) => ({
      campaign,
      report: await getCampaignReport(db, organisationId, campaign.id, now),
    })),
  );
}
