import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { listCampaignCreators } from "../campaigns/list-campaign-creators.js";
import { listCampaigns } from "../campaigns/list-campaigns.js";
import { getCreator } from "../creators/creators.js";
import { type Basis, combineBasis } from "./build-campaign-report.js";
import {
  type CurrencyFigures,
  type CurrencyTotal,
  currencyFigures,
  type EmvTotal,
  emvByCurrency,
  moneyNote,
  totalsByCurrency,
} from "./currency-totals.js";
import type { CampaignReportResponse } from "./get-campaign-report.js";
import { loadCampaignReports } from "./load-campaign-reports.js";

type CreatorRow = CampaignReportResponse["byCreator"][number];

export interface CreatorCampaignRow extends Omit<CreatorRow, "creatorId" | "name"> {
  campaignId: string;
  campaignName: string;
  currency: string;
  emvCurrency: string;
}

export interface CreatorAcrossCampaigns {
  creatorId: string;
  name: string;
  rows: CreatorCampaignRow[];
  total: {
    campaigns: number;
    posts: number;
    impressions: number | null;
    reach: number | null;
    views: number | null;
    engagements: number | null;
    clicks: number;
    leads: number;
    orders: number;
    newCustomers: number;
    basis: { impressions: Basis; reach: Basis; engagements: Basis };
    engagementRateByReach: number | null;
    ctr: number | null;
    conversionRate: number | null;
    byCurrency: CurrencyTotal[];
    emvByCurrency: EmvTotal[];
  };
}

export interface CreatorComparison {
  campaigns: Array<{ campaignId: string; name: string; currency: string }>;
  creators: CreatorAcrossCampaigns[];
  mixedCurrencies: boolean;
  moneyNote: string;
}

function sumKnown(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

const fraction = (numerator: number | null, denominator: number | null) =>
  numerator === null || !denominator ? null : numerator / denominator;

/** The organisation's campaigns with any of the creators in their pipeline, newest first. */
async function campaignsWithCreators(
  db: Kysely<Database>,
  organisationId: string,
  creatorIds: string[],
): Promise<string[]> {
  const wanted = new Set(creatorIds);
  const campaigns = (await listCampaigns(db, organisationId)).items.filter(
    (c) => Object.keys(c.creatorsByStage).length > 0,
  );
  const found: string[] = [];
  for (const campaign of campaigns) {
    const { items: pipeline } = await listCampaignCreators(db, organisationId, campaign.id);
    if (pipeline.some((entry) => wanted.has(entry.creatorId))) found.push(campaign.id);
  }
  return found;
}

/**
 * Each creator's row in every campaign they were measured in (the campaign reports' creator rows), and a total
 * across them: counts are added, money only within one currency.
 */
export async function compareCreators(
  db: Kysely<Database>,
  organisationId: string,
  input: { creatorIds: string[]; campaignIds?: string[] },
  now = new Date(),
): Promise<CreatorComparison> {
  const names = new Map<string, string>();
  for (const creatorId of input.creatorIds) {
    try {
      names.set(creatorId, (await getCreator(db, organisationId, creatorId)).name);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found")
        throw new AppError("not_found", `Creator ${creatorId} was not found.`, {
          errors: [{ field: "creatorIds", message: `no creator ${creatorId} in this organisation` }],
        });
      throw error;
    }
  }
  const campaignIds =
    input.campaignIds ?? (await campaignsWithCreators(db, organisationId, input.creatorIds));
  const loaded = await loadCampaignReports(db, organisationId, campaignIds, "campaignIds", now);

  const creators = input.creatorIds.map((creatorId): CreatorAcrossCampaigns => {
    const rows: CreatorCampaignRow[] = [];
    const figures: CurrencyFigures[] = [];
    for (const { campaign, report } of loaded) {
      const own = report.byCreator.find((row) => row.creatorId === creatorId);
      if (!own) continue;
      const { creatorId: _id, name: _name, ...row } = own;
      rows.push({
        campaignId: campaign.id,
        campaignName: campaign.name,
        currency: report.currency,
        emvCurrency: report.rateCard.currency,
        ...row,
      });
      figures.push(currencyFigures(campaign.id, report, own));
    }
    const impressions = sumKnown(rows.map((r) => r.impressions));
    const reach = sumKnown(rows.map((r) => r.reach));
    const engagements = sumKnown(rows.map((r) => r.engagements));
    const clicks = rows.reduce((sum, r) => sum + r.clicks, 0);
    const orders = rows.reduce((sum, r) => sum + r.orders, 0);
    return {
      creatorId,
      name: names.get(creatorId) ?? creatorId,
      rows,
      total: {
        campaigns: rows.length,
        posts: rows.reduce((sum, r) => sum + r.posts, 0),
        impressions,
        reach,
        views: sumKnown(rows.map((r) => r.views)),
        engagements,
        clicks,
        leads: rows.reduce((sum, r) => sum + r.leads, 0),
        orders,
        newCustomers: rows.reduce((sum, r) => sum + r.newCustomers, 0),
        basis: {
          impressions: combineBasis(rows.map((r) => r.basis.impressions)),
          reach: combineBasis(rows.map((r) => r.basis.reach)),
          engagements: combineBasis(rows.map((r) => r.basis.engagements)),
        },
        engagementRateByReach: fraction(engagements, reach),
        ctr: fraction(clicks, impressions),
        conversionRate: fraction(orders, clicks),
        byCurrency: totalsByCurrency(figures),
        emvByCurrency: emvByCurrency(figures),
      },
    };
  });
  return {
    campaigns: loaded.map(({ campaign, report }) => ({
      campaignId: campaign.id,
      name: campaign.name,
      currency: report.currency,
    })),
    creators,
    mixedCurrencies: new Set(creators.flatMap((c) => c.rows.map((r) => r.currency))).size > 1,
    moneyNote,
  };
}
