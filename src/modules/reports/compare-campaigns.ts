import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import {
  type CurrencyTotal,
  currencyFigures,
  type EmvTotal,
  emvByCurrency,
  moneyNote,
  totalsByCurrency,
} from "./currency-totals.js";
import type { CampaignReportResponse } from "./get-campaign-report.js";
import { loadCampaignReports } from "./load-campaign-reports.js";

export interface ComparedCampaign {
  campaignId: string;
  name: string;
  startDate: string;
  endDate: string;
  currency: string;
  /** Currency of the rate card the EMV was valued with. */
  emvCurrency: string;
  totals: CampaignReportResponse["totals"];
}

export interface CampaignComparison {
  campaigns: ComparedCampaign[];
  byCurrency: CurrencyTotal[];
  emvByCurrency: EmvTotal[];
  mixedCurrencies: boolean;
  moneyNote: string;
  /** Creators measured in the compared campaigns, those in the most campaigns first: the candidates to compare. */
  creators: Array<{ creatorId: string; name: string; campaignIds: string[] }>;
}

/** Two or more campaigns side by side: each one's report totals, and money summed only within a currency. */
export async function compareCampaigns(
  db: Kysely<Database>,
  organisationId: string,
  campaignIds: string[],
  now = new Date(),
): Promise<CampaignComparison> {
  const loaded = await loadCampaignReports(db, organisationId, campaignIds, "campaignIds", now);
  const figures = loaded.map(({ campaign, report }) => currencyFigures(campaign.id, report, report.totals));
  const creators = new Map<string, { creatorId: string; name: string; campaignIds: string[] }>();
  for (const { campaign, report } of loaded)
    for (const row of report.byCreator) {
      const entry = creators.get(row.creatorId) ?? {
        creatorId: row.creatorId,
        name: row.name,
        campaignIds: [],
      };
      entry.campaignIds.push(campaign.id);
      creators.set(row.creatorId, entry);
    }
  const byCurrency = totalsByCurrency(figures);
  return {
    campaigns: loaded.map(({ campaign, report }) => ({
      campaignId: campaign.id,
      name: campaign.name,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      currency: report.currency,
      emvCurrency: report.rateCard.currency,
      totals: report.totals,
    })),
    byCurrency,
    emvByCurrency: emvByCurrency(figures),
    mixedCurrencies: byCurrency.length > 1,
    moneyNote,
    creators: [...creators.values()].sort(
      (a, b) => b.campaignIds.length - a.campaignIds.length || a.name.localeCompare(b.name),
    ),
  };
}
