/** The counts a platform reports for one post; null where it hides or does not report a metric. */
export interface EngagementCounts {
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/**
 * docs/domain/metrics.md M13 Unknown engagements: a post's engagements are unknown when its likes or its comments are
 * hidden or not reported; shares and saves are added when reported (a platform that never reports saves adds none,
 * and that does not make the post unknown).
 */
export function postEngagements(post: EngagementCounts): number | null {
  if (post.likes === null || post.comments === null) return null;
  return post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0);
}
