import { dayMs } from "../../shared/time.js";
import type { Platform } from "./tiers.js";

/** A post as the signals see it. Counts are null when the platform hides them. */
export interface PostMetrics {
  externalId: string;
  postedAt: string;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  sponsored: boolean;
  brands: string[];
}

export interface FollowerSnapshot {
  /** YYYY-MM-DD (UTC). */
  takenOn: string;
  followers: number;
}

/**
 * M2: engagements = likes + comments + shares + saves, counting only what the platform reports. Hidden likes make
 * the post's engagement unknown (null), never zero.
 */
export function engagementsOf(post: PostMetrics): number | null {
  if (post.likes === null) return null;
  return post.likes + (post.comments ?? 0) + (post.shares ?? 0) + (post.saves ?? 0);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * M2 sample: the last 30 days' posts (at least 3, at most the newest 30); with fewer than 3 in 30 days, the latest
 * up to 12.
 */
export function engagementSample(posts: PostMetrics[], now: Date): PostMetrics[] {
  const newestFirst = [...posts].sort((a, b) => b.postedAt.localeCompare(a.postedAt));
  const since = new Date(now.getTime() - 30 * dayMs).toISOString();
  const recent = newestFirst.filter((p) => p.postedAt >= since && p.postedAt <= now.toISOString());
  return recent.length >= 3 ? recent.slice(0, 30) : newestFirst.slice(0, 12);
}

/** Followers on the post's day: the latest snapshot on or before it, else the current count. */
function followersAt(snapshots: FollowerSnapshot[], postedAt: string, current: number): number {
  const day = postedAt.slice(0, 10);
  let best: FollowerSnapshot | null = null;
  for (const snapshot of snapshots)
    if (snapshot.takenOn <= day && (!best || snapshot.takenOn > best.takenOn)) best = snapshot;
  return best?.followers ?? current;
}

export interface EngagementRates {
  /** ERF (M2): median engagements ÷ followers; null when unknown. */
  byFollowers: number | null;
  /** ERV (M2): median engagements ÷ views; null when views are unknown. */
  byViews: number | null;
  /** External ids of the posts measured. */
  sample: string[];
}

export function engagementRates(
  posts: PostMetrics[],
  snapshots: FollowerSnapshot[],
  currentFollowers: number,
  now: Date,
): EngagementRates {
  const sample = engagementSample(posts, now);
  const byFollowers: number[] = [];
  const byViews: number[] = [];
  for (const post of sample) {
    const engagements = engagementsOf(post);
    if (engagements === null) continue;
    const followers = followersAt(snapshots, post.postedAt, currentFollowers);
    if (followers > 0) byFollowers.push(engagements / followers);
    if (post.views !== null && post.views > 0) byViews.push(engagements / post.views);
  }
  return {
    byFollowers: median(byFollowers),
    byViews: median(byViews),
    sample: sample.map((p) => p.externalId),
  };
}

/** M3 compares TikTok and YouTube by views, Instagram and LinkedIn by followers. */
export function benchmarkBasis(platform: Platform): "views" | "followers" {
  return platform === "tiktok" || platform === "youtube" ? "views" : "followers";
}
