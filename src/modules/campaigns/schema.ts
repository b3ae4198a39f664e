import type { ActorType } from "../audit/schema.js";

export interface CampaignsTable {
  id: string;
  organisation_id: string;
  /** Unique within the organisation; used in tracking links. */
  slug: string;
  name: string;
  brand: string;
  goal: string;
  /** Calendar dates, YYYY-MM-DD. */
  start_date: string;
  end_date: string;
  currency: string;
  /** Minor units of `currency`; null when no budget is set. */
  budget: number | null;
  attribution_window_days: number;
  /** JSON IdealCustomerProfile. */
  ideal_customer_profile: string;
  /** JSON array of brand names. */
  competitor_brands: string;
  /** When the campaign was archived; null while active (migration 0024). */
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignKpisTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  position: number;
  metric: string;
  comparison: string;
  /** Counts as counts, rates as fractions, money in minor units of the campaign currency. */
  target: number;
}

export interface CampaignCreatorsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  stage: string;
  stage_reason: string | null;
  stage_changed_at: string;
  collaboration_type: string | null;
  /** Ambassadors only: the term in months and recurring deliverables per month. */
  term_months: number | null;
  deliverables_per_month: number | null;
  term_ends_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignStageChangesTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  from_stage: string | null;
  to_stage: string;
  reason: string | null;
  actor_type: ActorType;
  actor_id: string | null;
  actor_label: string;
  created_at: string;
}

/** A campaign-level cost (M7): entered by the team, counted in the campaign's cost and in spend by day. */
export interface CampaignCostsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  description: string;
  /** Minor units of `currency`, which is the campaign's. */
  amount: number;
  currency: string;
  /** The day the cost fell on, YYYY-MM-DD. */
  incurred_on: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignsTables {
  campaigns: CampaignsTable;
  campaign_kpis: CampaignKpisTable;
  campaign_creators: CampaignCreatorsTable;
  campaign_stage_changes: CampaignStageChangesTable;
  campaign_costs: CampaignCostsTable;
}
