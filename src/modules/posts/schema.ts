import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";

/** A piece of content that went live for a campaign (activation). */
export interface LivePostsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  platform: Platform;
  format: ContentFormat;
  url: string;
  posted_at: string;
  caption: string | null;
  /** JSON ComplianceResult of the live caption (C1–C7); null when no caption was given. */
  compliance: string | null;
  created_at: string;
  /** The platform's id for the post (YouTube video id, Instagram media id), once a connector has found it. */
  platform_media_id: string | null;
  /** When a connector last asked the platform for the post's metrics; the post is due again by it. */
  metrics_fetched_at: string | null;
}

export type AmplificationKind = "whitelisting" | "boost";

/** Paid spend put behind a creator's post: whitelisted ads from the creator's handle, or a boost. */
export interface PostAmplificationsTable {
  id: string;
  organisation_id: string;
  live_post_id: string;
  kind: AmplificationKind;
  /** Minor units of the campaign currency. */
  spend: number;
  start_date: string;
  end_date: string;
  created_at: string;
}

/** "creator": read with the creator's own authorisation (creator connections), so verified. */
export type MetricSource = "manual" | "portal" | "csv" | "youtube" | "instagram" | "creator";

/** The post's metrics as they stood at one moment; null means the platform did not report it (not zero). */
export interface PostMetricSnapshotsTable {
  id: string;
  organisation_id: string;
  live_post_id: string;
  captured_at: string;
  source: MetricSource;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  link_clicks: number | null;
  created_at: string;
}

/** A comment on a live post as a connector brought it, with its VADER compound score (−1 … 1). */
export interface PostCommentsTable {
  id: string;
  organisation_id: string;
  live_post_id: string;
  /** The platform's id for the comment; a re-fetch skips comments already stored. */
  platform_comment_id: string;
  text: string;
  posted_at: string;
  sentiment: number;
  created_at: string;
}

export interface PostsTables {
  live_posts: LivePostsTable;
  post_amplifications: PostAmplificationsTable;
  post_metric_snapshots: PostMetricSnapshotsTable;
  post_comments: PostCommentsTable;
}
