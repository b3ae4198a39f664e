import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listCampaigns } from "../campaigns/list-campaigns.js";
import {
  type BetaPrior,
  type CreatorConversionRecord,
  fitBetaPrior,
  medianCreatorRate,
  type RankedCreator,
  rankCreatorsForRenewal,
} from "../measurement/renewal-ranking.js";
import { type CampaignReportResponse, getCampaignReport } from "./get-campaign-report.js";

export type RenewalTargetSource = "kpi" | "organisation-median" | "given" | "none";

export interface RenewalRanking {
  campaignId: string;
  /** Conversions per click a creator's cautious estimate must beat to be on the renew list. */
  target: { rate: number | null; source: RenewalTargetSource; description: string };
  prior: BetaPrior & { description: string };
  creators: Array<RankedCreator & { name: string; revenue: number; cost: number }>;
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Conversions are orders and leads (M13 Conversions). */
function conversionsOf(row: { orders: number; leads: number }): number {
  return row.orders + row.leads;
}

/** The reports of the organisation's other campaigns, one at a time: each runs its own queries side by side. */
async function otherReports(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  now: Date,
): Promise<CampaignReportResponse[]> {
  const { items: campaigns } = await listCampaigns(db, organisationId);
  const reports: CampaignReportResponse[] = [];
  for (const campaign of campaigns)
    if (campaign.id !== campaignId)
      reports.push(await getCampaignReport(db, organisationId, campaign.id, now));
  return reports;
}

/** Each creator's clicks and conversions summed over all the organisation's campaigns. */
function creatorRecords(reports: CampaignReportResponse[]): CreatorConversionRecord[] {
  const byCreator = new Map<string, CreatorConversionRecord>();
  for (const report of reports)
    for (const row of report.byCreator) {
      const record = byCreator.get(row.creatorId) ?? { creatorId: row.creatorId, clicks: 0, conversions: 0 };
      record.clicks += row.clicks;
      record.conversions += conversionsOf(row);
      byCreator.set(row.creatorId, record);
    }
  return [...byCreator.values()];
}

function describePrior(prior: BetaPrior): string {
  if (prior.source === "weak-default")
    return `A weak default (mean ${percent(prior.mean)}, worth 100 clicks): ${prior.creators} creator(s) with clicks and their conversions in this organisation cannot support a fit.`;
  return `Fitted to the ${prior.creators} creators with clicks across this organisation's campaigns: mean ${percent(prior.mean)}, worth ${Math.round(prior.alpha + prior.beta).toLocaleString("en-GB")} clicks.`;
}

/**
 * M12 with M13 Renewal: the campaign's creators ranked by conversions per click shrunk toward a prior fitted to
 * every creator with clicks in the organisation, with 80% intervals. The target is the campaign's conversion-rate
 * KPI when it has one, otherwise the organisation's median creator rate; a caller may give one instead.
 */
export async function getRenewalRanking(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  targetRate?: number,
  now = new Date(),
): Promise<RenewalRanking> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const report = await getCampaignReport(db, organisationId, campaignId, now);
  const organisation = creatorRecords([report, ...(await otherReports(db, organisationId, campaignId, now))]);
  const prior = fitBetaPrior(organisation);
  const kpi = campaign.kpis.find((k) => k.metric === "conversion_rate");
  const median = medianCreatorRate(organisation);
  const target: RenewalRanking["target"] =
    targetRate !== undefined
      ? { rate: targetRate, source: "given", description: `${percent(targetRate)}, as asked.` }
      : kpi
        ? {
            rate: kpi.target,
            source: "kpi",
            description: `${percent(kpi.target)}: the campaign's conversion-rate KPI.`,
          }
        : median !== null
          ? {
              rate: median,
              source: "organisation-median",
              description: `${percent(median)}: the median conversions per click of the organisation's creators with clicks (the campaign has no conversion-rate KPI).`,
            }
          : {
              rate: null,
              source: "none",
              description:
                "None: the campaign has no conversion-rate KPI and no creator in the organisation has clicks yet.",
            };
  const records = report.byCreator.map((row) => ({
    creatorId: row.creatorId,
    clicks: row.clicks,
    conversions: conversionsOf(row),
  }));
  const byId = new Map(report.byCreator.map((row) => [row.creatorId, row]));
  return {
    campaignId,
    target,
    prior: { ...prior, description: describePrior(prior) },
    creators: rankCreatorsForRenewal(records, target.rate, prior).map((ranked) => {
      const row = byId.get(ranked.creatorId);
      return { ...ranked, name: row?.name ?? "", revenue: row?.revenue ?? 0, cost: row?.cost ?? 0 };
    }),
  };
}
