import type { PostInput } from "../creators/account-data.js";

/** What a connector learned about an account. Counts the platform hides are null, never zero (M2). */
export interface Enrichment {
  /** Null when the platform hides it (YouTube's hidden subscriber counts): the stored count is kept. */
  followers: number | null;
  following: number | null;
  postsCount: number | null;
  bio: string | null;
  country: string | null;
  language: string | null;
  posts: PostInput[];
}

export type FetchLike = typeof fetch;
