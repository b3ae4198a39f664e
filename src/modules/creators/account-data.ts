import type { AgeBucket, Gender } from "../campaigns/ideal-customer-profile.js";
import type { FollowerSnapshot, PostMetrics } from "./engagement.js";
import type { AccountAudiencesTable, CreatorPostsTable, FollowerSnapshotsTable } from "./schema.js";

export interface PostInput {
  externalId: string;
  postedAt: string;
  caption?: string | null;
  /** Omit or null what the platform hides (M2: missing is not zero). */
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
  views?: number | null;
  sponsored?: boolean;
  brands?: string[];
  /** Recent comment texts, for audience sentiment. */
  commentTexts?: string[];
}

export interface SnapshotInput {
  takenOn: string;
  followers: number;
}

export interface AudienceInput {
  /** ISO country code → share (fraction). */
  countries?: Record<string, number>;
  ages?: Partial<Record<AgeBucket, number>>;
  genders?: Partial<Record<Gender, number>>;
  /** Share of real followers. */
  credibility?: number | null;
  source?: string;
}

export interface Audience {
  countries: Record<string, number>;
  ages: Partial<Record<AgeBucket, number>>;
  genders: Partial<Record<Gender, number>>;
  credibility: number | null;
  source: string;
  updatedAt: string;
}

export function postRow(
  organisationId: string,
  accountId: string,
  post: PostInput,
  id: string,
): CreatorPostsTable {
  return {
    id,
    organisation_id: organisationId,
    account_id: accountId,
    external_id: post.externalId,
    posted_at: post.postedAt,
    caption: post.caption ?? null,
    likes: post.likes ?? null,
    comments: post.comments ?? null,
    shares: post.shares ?? null,
    saves: post.saves ?? null,
    views: post.views ?? null,
    sponsored: post.sponsored ? 1 : 0,
    brands: JSON.stringify(post.brands ?? []),
    comment_texts: JSON.stringify(post.commentTexts ?? []),
  };
}

export function postMetrics(row: CreatorPostsTable): PostMetrics {
  return {
    externalId: row.external_id,
    postedAt: row.posted_at,
    likes: row.likes === null ? null : Number(row.likes),
    comments: row.comments === null ? null : Number(row.comments),
    shares: row.shares === null ? null : Number(row.shares),
    saves: row.saves === null ? null : Number(row.saves),
    views: row.views === null ? null : Number(row.views),
    sponsored: row.sponsored === 1,
    brands: JSON.parse(row.brands) as string[],
  };
}

export function snapshotRow(
  organisationId: string,
  accountId: string,
  snapshot: SnapshotInput,
): FollowerSnapshotsTable {
  return {
    account_id: accountId,
    organisation_id: organisationId,
    taken_on: snapshot.takenOn,
    followers: snapshot.followers,
  };
}

export function toSnapshot(row: FollowerSnapshotsTable): FollowerSnapshot {
  return { takenOn: row.taken_on, followers: Number(row.followers) };
}

export function audienceRow(
  organisationId: string,
  accountId: string,
  audience: AudienceInput,
  now: string,
): AccountAudiencesTable {
  return {
    account_id: accountId,
    organisation_id: organisationId,
    countries: JSON.stringify(audience.countries ?? {}),
    ages: JSON.stringify(audience.ages ?? {}),
    genders: JSON.stringify(audience.genders ?? {}),
    credibility: audience.credibility ?? null,
    source: audience.source ?? "manual",
    updated_at: now,
  };
}

export function toAudience(row: AccountAudiencesTable): Audience {
  return {
    countries: JSON.parse(row.countries) as Record<string, number>,
    ages: JSON.parse(row.ages) as Audience["ages"],
    genders: JSON.parse(row.genders) as Audience["genders"],
    credibility: row.credibility,
    source: row.source,
    updatedAt: row.updated_at,
  };
}
