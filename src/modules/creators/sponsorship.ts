import { dayMs } from "../../shared/time.js";
import type { PostMetrics } from "./engagement.js";

export type Saturation = "none" | "saturated" | "strong";

/** M5: sponsored posts ÷ all posts in the last 90 days; null when there were no posts. */
export function sponsoredShare(posts: PostMetrics[], now: Date): number | null {
  const since = new Date(now.getTime() - 90 * dayMs).toISOString();
  const recent = posts.filter((p) => p.postedAt >= since);
  if (recent.length === 0) return null;
  return recent.filter((p) => p.sponsored).length / recent.length;
}

/** M5: above 30% "saturated", above 50% a strong warning. */
export function saturationOf(share: number | null): Saturation {
  if (share === null) return "none";
  if (share > 0.5) return "strong";
  return share > 0.3 ? "saturated" : "none";
}

/** M5: brands mentioned or tagged in sponsored posts of the last 180 days, as written first. */
export function sponsoredBrands(posts: PostMetrics[], now: Date): string[] {
  const since = new Date(now.getTime() - 180 * dayMs).toISOString();
  const seen = new Map<string, string>();
  for (const post of posts)
    if (post.sponsored && post.postedAt >= since)
      for (const brand of post.brands) {
        const key = brand.trim().toLowerCase();
        if (key && !seen.has(key)) seen.set(key, brand.trim());
      }
  return [...seen.values()];
}

/** M5 conflicts: the creator's sponsored brands that are on the campaign's competitor list (case-insensitive). */
export function conflictingBrands(brands: string[], competitors: string[]): string[] {
  const rivals = new Set(competitors.map((c) => c.trim().toLowerCase()));
  return brands.filter((b) => rivals.has(b.trim().toLowerCase()));
}
