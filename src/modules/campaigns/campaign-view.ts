import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import {
  type CampaignGoal,
  funnelRoles,
  type KpiComparison,
  type KpiMetric,
  type KpiUnit,
  kpiCatalogue,
} from "./goals.js";
import type { CampaignCustomerProfile } from "./ideal-customer-profile.js";
import type { CampaignsTable } from "./schema.js";

export interface Kpi {
  metric: KpiMetric;
  comparison: KpiComparison;
  /** Counts as counts, rates as fractions, money in minor units of the campaign currency. */
  target: number;
  unit: KpiUnit;
}

export interface CampaignView {
  id: string;
  slug: string;
  name: string;
  brand: string;
  goal: CampaignGoal;
  funnelRole: string;
  startDate: string;
  endDate: string;
  currency: string;
  budget: number | null;
  attributionWindowDays: number;
  idealCustomerProfile: CampaignCustomerProfile;
  competitorBrands: string[];
  kpis: Kpi[];
  /** When the campaign was archived; null while active. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The stored profile; campaigns saved before personas existed have none. */
export function readProfile(json: string): CampaignCustomerProfile {
  const profile = JSON.parse(json) as Partial<CampaignCustomerProfile>;
  return { ...(profile as CampaignCustomerProfile), personas: profile.personas ?? [] };
}

export function toCampaignView(row: CampaignsTable, kpis: Kpi[]): CampaignView {
  const goal = row.goal as CampaignGoal;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    goal,
    funnelRole: funnelRoles[goal].role,
    startDate: row.start_date,
    endDate: row.end_date,
    currency: row.currency,
    budget: row.budget,
    attributionWindowDays: row.attribution_window_days,
    idealCustomerProfile: readProfile(row.ideal_customer_profile),
    competitorBrands: JSON.parse(row.competitor_brands) as string[],
    kpis,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The campaign row, scoped to the organisation; 404 for anyone else's. */
export async function findCampaignRow(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignsTable> {
  const row = await db
    .selectFrom("campaigns")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", campaignId)
    .executeTakeFirst();
  if (!row) throw notFound("Campaign");
  return row;
}

export async function loadKpis(db: Kysely<Database>, organisationId: string, campaignIds: string[]) {
  const byCampaign = new Map<string, Kpi[]>();
  if (campaignIds.length === 0) return byCampaign;
  const rows = await db
    .selectFrom("campaign_kpis")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "in", campaignIds)
    .orderBy("position")
    .execute();
  for (const row of rows) {
    const metric = row.metric as KpiMetric;
    const list = byCampaign.get(row.campaign_id) ?? [];
    list.push({
      metric,
      comparison: row.comparison as KpiComparison,
      target: row.target,
      unit: kpiCatalogue[metric].unit,
    });
    byCampaign.set(row.campaign_id, list);
  }
  return byCampaign;
}
