import type { Platform, Tier } from "./tiers.js";

export interface CreatorsTable {
  id: string;
  organisation_id: string;
  name: string;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface SocialAccountsTable {
  id: string;
  organisation_id: string;
  creator_id: string;
  platform: Platform;
  /** Without `@`; lower-cased where the platform treats handles case-insensitively. */
  handle: string;
  profile_url: string | null;
  followers: number;
  country: string | null;
  language: string | null;
  /** JSON array of niche tags. */
  niches: string;
  tier: Tier;
  /** Engagement rate by followers (M2), a fraction; null when unknown. */
  engagement_rate: number | null;
  created_at: string;
  updated_at: string;
}

export interface CreatorsTables {
  creators: CreatorsTable;
  social_accounts: SocialAccountsTable;
}
