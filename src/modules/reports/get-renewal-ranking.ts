import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type RankedCreator, rankCreatorsForRenewal } from "../measurement/renewal-ranking.js";
import { getCampaignReport } from "./get-campaign-report.js";

export interface RenewalRanking {
  campaignId: string;
  /** Conversions per click a creator must beat, with 80% confidence, to be on the renew list. */
  targetRate: number;
  targetSource: "given" | "campaign";
  creators: Array<RankedCreator & { name: string; revenue: number; cost: number }>;
}

/**
 * M12: the campaign's creators ranked by shrunk conversions per click, with 80% intervals. The target defaults to the
 * campaign's own pooled conversion rate, so "renew" means reliably better than this campaign's average creator.
 */
export async function getRenewalRanking(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  targetRate?: number,
): Promise<RenewalRanking> {
  const report = await getCampaignReport(db, organisationId, campaignId);
  const records = report.byCreator.map((row) => ({
    creatorId: row.creatorId,
    clicks: row.clicks,
    conversions: row.orders,
  }));
  const pooled = report.totals.clicks > 0 ? report.totals.orders / report.totals.clicks : 0;
  const target = targetRate ?? pooled;
  const byId = new Map(report.byCreator.map((row) => [row.creatorId, row]));
  return {
    campaignId,
    targetRate: target,
    targetSource: targetRate === undefined ? "campaign" : "given",
    creators: rankCreatorsForRenewal(records, target).map((ranked) => {
      const row = byId.get(ranked.creatorId);
      return { ...ranked, name: row?.name ?? "", revenue: row?.revenue ?? 0, cost: row?.cost ?? 0 };
    }),
  };
}
