import { type EfficiencyMetrics, efficiencyMetrics } from "../measurement/efficiency-metrics.js";
import type { CampaignReportResponse } from "./get-campaign-report.js";

/** What one campaign (or one creator in one campaign) cost and returned, in that campaign's currency. */
export interface CurrencyFigures {
  campaignId: string;
  currency: string;
  emvCurrency: string;
  cost: number;
  revenue: number;
  emv: number;
  impressions: number | null;
  views: number | null;
  engagements: number | null;
  clicks: number;
  leads: number;
  orders: number;
  newCustomers: number;
}

/** The money and outcomes of a report row (totals or a creator), tagged with its campaign and currencies. */
export function currencyFigures(
  campaignId: string,
  report: CampaignReportResponse,
  row: Omit<CurrencyFigures, "campaignId" | "currency" | "emvCurrency">,
): CurrencyFigures {
  return {
    campaignId,
    currency: report.currency,
    emvCurrency: report.rateCard.currency,
    cost: row.cost,
    revenue: row.revenue,
    emv: row.emv,
    impressions: row.impressions,
    views: row.views,
    engagements: row.engagements,
    clicks: row.clicks,
    leads: row.leads,
    orders: row.orders,
    newCustomers: row.newCustomers,
  };
}

export interface CurrencyTotal extends EfficiencyMetrics {
  currency: string;
  campaignIds: string[];
  cost: number;
  revenue: number;
}

export interface EmvTotal {
  currency: string;
  emv: number;
}

export const moneyNote =
  "Money stays in each campaign's own currency: amounts are added only within one currency (byCurrency), never converted.";

function sumKnown(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/**
 * Money added up per currency, never across currencies. Costs per unit and returns in each group divide that
 * currency's money by the outcomes of the same campaigns, so a CPM in EUR is EUR spent per EUR-campaign impression.
 */
export function totalsByCurrency(rows: CurrencyFigures[]): CurrencyTotal[] {
  const groups = new Map<string, CurrencyFigures[]>();
  for (const row of rows) groups.set(row.currency, [...(groups.get(row.currency) ?? []), row]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, group]) => {
      const cost = group.reduce((sum, r) => sum + r.cost, 0);
      const revenue = group.reduce((sum, r) => sum + r.revenue, 0);
      return {
        currency,
        campaignIds: [...new Set(group.map((r) => r.campaignId))],
        cost,
        revenue,
        ...efficiencyMetrics({
          cost,
          revenue,
          impressions: sumKnown(group.map((r) => r.impressions)),
          views: sumKnown(group.map((r) => r.views)),
          engagements: sumKnown(group.map((r) => r.engagements)),
          clicks: group.reduce((sum, r) => sum + r.clicks, 0),
          leads: group.reduce((sum, r) => sum + r.leads, 0),
          orders: group.reduce((sum, r) => sum + r.orders, 0),
          newCustomers: group.reduce((sum, r) => sum + r.newCustomers, 0),
        }),
      };
    });
}

/** EMV is valued in its rate card's currency, which need not be the campaign's: grouped apart. */
export function emvByCurrency(rows: CurrencyFigures[]): EmvTotal[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.emvCurrency, (totals.get(row.emvCurrency) ?? 0) + row.emv);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, emv]) => ({ currency, emv }));
}
