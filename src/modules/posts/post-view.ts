import type { ComplianceResult } from "../compliance/finding.js";
import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import type {
  AmplificationKind,
  LivePostsTable,
  MetricSource,
  PostAmplificationsTable,
  PostMetricSnapshotsTable,
} from "./schema.js";

export const metricNames = [
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "linkClicks",
] as const;
export type MetricName = (typeof metricNames)[number];
export type PostMetrics = Record<MetricName, number | null>;

export interface MetricSnapshotView extends PostMetrics {
  id: string;
  capturedAt: string;
  source: MetricSource;
}

export interface AmplificationView {
  id: string;
  kind: AmplificationKind;
  spend: number;
  startDate: string;
  endDate: string;
}

export interface LivePostView {
  id: string;
  campaignId: string;
  creatorId: string;
  platform: Platform;
  format: ContentFormat;
  url: string;
  postedAt: string;
  caption: string | null;
  /** The disclosure check of the live caption; null when no caption was recorded. */
  compliance: ComplianceResult | null;
  amplifications: AmplificationView[];
  /** Paid spend behind the post, minor units of the campaign currency (M7 counts it as cost). */
  paidSpend: number;
  /** The latest snapshot counts; earlier ones are history for charts. */
  latestMetrics: MetricSnapshotView | null;
}

export function toSnapshotView(row: PostMetricSnapshotsTable): MetricSnapshotView {
  return {
    id: row.id,
    capturedAt: row.captured_at,
    source: row.source,
    impressions: row.impressions,
    reach: row.reach,
    views: row.views,
    likes: row.likes,
    comments: row.comments,
    shares: row.shares,
    saves: row.saves,
    linkClicks: row.link_clicks,
  };
}

export function toPostView(
  row: LivePostsTable,
  amplifications: PostAmplificationsTable[],
  latest: PostMetricSnapshotsTable | null,
): LivePostView {
  const own = amplifications.map((a) => ({
    id: a.id,
    kind: a.kind,
    spend: a.spend,
    startDate: a.start_date,
    endDate: a.end_date,
  }));
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    platform: row.platform,
    format: row.format,
    url: row.url,
    postedAt: row.posted_at,
    caption: row.caption,
    compliance: row.compliance ? (JSON.parse(row.compliance) as ComplianceResult) : null,
    amplifications: own,
    paidSpend: own.reduce((sum, a) => sum + a.spend, 0),
    latestMetrics: latest ? toSnapshotView(latest) : null,
  };
}
