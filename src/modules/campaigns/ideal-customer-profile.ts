import type { Tier } from "../creators/tiers.js";

/** Audience age buckets as the platforms report them. */
export const ageBuckets = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBucket = (typeof ageBuckets)[number];

export const genders = ["female", "male", "other"] as const;
export type Gender = (typeof genders)[number];

/** A kind of person the campaign speaks to, and what moves them: guides the brief and the choice of creators. */
export interface Persona {
  name: string;
  description: string | null;
  motivations: string[];
}

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

/** The whole profile as a campaign holds it: the audience above, and the personas (not part of the fit score). */
export interface CampaignCustomerProfile extends IdealCustomerProfile {
  personas: Persona[];
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
