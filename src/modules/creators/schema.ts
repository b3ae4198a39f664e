import type { Platform, Tier } from "./tiers.js";

/** How a creator came to the organisation: null when the team added them (by hand, import or a connector). */
export type CreatorSource = "application";

export interface CreatorsTable {
  id: string;
  organisation_id: string;
  name: string;
  email: string | null;
  created_at: string;
  updated_at: string;
  source: CreatorSource | null;
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
  following: number | null;
  posts_count: number | null;
  city: string | null;
  bio: string | null;
  contact_email: string | null;
  /** Engagement rate by views (M2), a fraction; null when unknown or not a video platform. */
  engagement_rate_views: number | null;
  /** M4 quality score 0–100, recomputed on every write. */
  quality_score: number;
  /** JSON array of QualityFlag (M4), each with its evidence. */
  quality_flags: string;
  /** M5 sponsored share of the last 90 days' posts; null when there are none. */
  sponsored_share: number | null;
  /** JSON array of brands in sponsored posts of the last 180 days (M5 conflicts). */
  sponsored_brands: string;
  last_enriched_at: string | null;
  /** The organisation's change counter when this row last changed; search indexes catch up by it. */
  change_seq: number;
}

export interface CreatorChangeCountersTable {
  organisation_id: string;
  seq: number;
}

export interface FollowerSnapshotsTable {
  account_id: string;
  organisation_id: string;
  /** YYYY-MM-DD (UTC). */
  taken_on: string;
  followers: number;
}

export interface CreatorPostsTable {
  id: string;
  organisation_id: string;
  account_id: string;
  /** The platform's id for the post; posts upsert by it. */
  external_id: string;
  posted_at: string;
  caption: string | null;
  /** Counts are null when the platform hides them (M2: missing is not zero). */
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  sponsored: number;
  /** JSON array of brand names mentioned or tagged. */
  brands: string;
  /** JSON array of recent comment texts the data source brought, for sentiment. */
  comment_texts: string;
}

export interface AccountAudiencesTable {
  account_id: string;
  organisation_id: string;
  /** JSON object: ISO country code → share (fraction). */
  countries: string;
  /** JSON object: age bucket → share. */
  ages: string;
  /** JSON object: gender → share. */
  genders: string;
  /** Share of real followers, when a data source supplies it. */
  credibility: number | null;
  source: string;
  updated_at: string;
}

export type CreatorImportStatus = "uploaded" | "queued" | "running" | "done" | "failed";

/** An import started from the browser: the file, its mapping and the job's progress and outcome. */
export interface CreatorImportsTable {
  id: string;
  organisation_id: string;
  file_name: string;
  format: "csv" | "json";
  /** The uploaded text, kept until the import has run so the job can run (again) without the browser; then "". */
  content: string;
  /** Records in the file, counted on upload: the denominator of the progress. */
  total_rows: number;
  /** JSON { header, rows }: the file's columns and first records, read once on upload. */
  preview: string;
  /** JSON object: column → import field, or null for a column left out; null until the import starts. */
  mapping: string | null;
  /** Platform for rows without one. */
  platform: string | null;
  status: CreatorImportStatus;
  rows_read: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** JSON array of ImportRejection: the first 1,000. */
  rejections: string;
  error: string | null;
  /** JSON Actor of who started the import, for the audit entry the job records. */
  actor: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface CreatorsTables {
  creators: CreatorsTable;
  social_accounts: SocialAccountsTable;
  creator_change_counters: CreatorChangeCountersTable;
  follower_snapshots: FollowerSnapshotsTable;
  creator_posts: CreatorPostsTable;
  account_audiences: AccountAudiencesTable;
  creator_imports: CreatorImportsTable;
}
