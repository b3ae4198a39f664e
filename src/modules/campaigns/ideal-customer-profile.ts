import type { Tier } from "../creators/tiers.js";

/** Audience age buckets as the platforms report them. */
export const ageBuckets = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBucket = (typeof ageBuckets)[number];

export const genders = ["female", "male", "other"] as const;
export type Gender = (typeof genders)[number];

/** A campaign's target audience, used by audience fit (docs/domain/metrics.md M6). Empty lists mean "any". */
export interface IdealCustomerProfile {
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  ageMin: number | null;
  ageMax: number | null;
  genders: Gender[];
  /** Interests, matched against creators' niche tags. */
  niches: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  tiers: Tier[];
}

/** What discovery needs to know about a campaign to rank and filter creators for it. */
export interface CampaignTargeting {
  campaignId: string;
  profile: IdealCustomerProfile;
  /** Brand names whose sponsored posts are conflicts (M5). */
  competitorBrands: string[];
  /** Creators already in the campaign's pipeline. */
  creatorIds: string[];
}
