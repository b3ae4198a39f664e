import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import type { Database } from "../../db/schema.js";
import type { CampaignReport } from "../reports/build-campaign-report.js";
import { syncPayoutLedger } from "./sync-payout-ledger.js";

/**
 * Brings a campaign's payout ledger in line with its report: bonuses follow the metrics the report measured for each
 * creator (unknown counts as not yet reached).
 */
export async function bringLedgerUpToDate(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  report: Pick<CampaignReport, "byCreator">,
  now: Date,
): Promise<void> {
  const metrics = new Map(
    report.byCreator.map((row) => [
      row.creatorId,
      {
        impressions: row.impressions ?? 0,
        reach: row.reach ?? 0,
        views: row.views ?? 0,
        engagements: row.engagements ?? 0,
        clicks: row.clicks,
        conversions: row.orders,
        leads: row.leads,
      },
    ]),
  );
  for (let attempt = 1; ; attempt++) {
    try {
      return await syncPayoutLedger(db, organisationId, campaignId, metrics, now);
    } catch (error) {
      // Another request (two people opening Today at once) inserted the same entries first and committed them: the
      // next pass reads them and has nothing left to insert.
      if (attempt === 3 || !isUniqueViolation(error)) throw error;
    }
  }
}
