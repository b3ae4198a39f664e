import { ConnectorError, RateLimitedError, retryAfterSeconds } from "./connector-errors.js";
import type { Enrichment, FetchLike } from "./enrichment.js";
import { isSponsoredCaption, mentionedBrands } from "./sponsored-caption.js";

export const instagramDefaultBaseUrl = "https://graph.facebook.com";
export const instagramApiVersion = "v21.0";

/** Graph API error codes that mean "too many calls" (application, user, page and custom-level limits). */
const rateLimitCodes = new Set([4, 17, 32, 613, 80001, 80002]);

interface GraphError {
  error?: { message?: string; type?: string; code?: number; error_subcode?: number };
}

interface BusinessDiscovery {
  business_discovery?: {
    username?: string;
    biography?: string;
    followers_count?: number;
    follows_count?: number;
    media_count?: number;
    media?: {
      data?: Array<{
        id: string;
        caption?: string;
        like_count?: number;
        comments_count?: number;
        timestamp?: string;
      }>;
    };
  };
}

/** Graph timestamps look like 2026-11-20T10:00:00+0000. */
const graphTime = (value: string) => new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));

/**
 * Another business or creator account's public profile and recent media through the Instagram Graph API's
 * business_discovery field, asked from the organisation's own business account.
 */
export async function fetchInstagramAccount(
  options: {
    baseUrl: string;
    accessToken: string;
    businessAccountId: string;
    fetch?: FetchLike;
    now?: Date;
    maxMedia?: number;
  },
  handle: string,
): Promise<Enrichment> {
  const fetcher = options.fetch ?? fetch;
  const now = options.now ?? new Date();
  const url = new URL(
    `/${instagramApiVersion}/${encodeURIComponent(options.businessAccountId)}`,
    options.baseUrl,
  );
  url.searchParams.set(
    "fields",
    `business_discovery.username(${handle}){username,biography,followers_count,follows_count,media_count,media.limit(${options.maxMedia ?? 20}){id,caption,like_count,comments_count,timestamp}}`,
  );
  url.searchParams.set("access_token", options.accessToken);
  const response = await fetcher(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as BusinessDiscovery & GraphError;
  if (!response.ok || body.error) {
    const code = body.error?.code;
    const message = body.error?.message ?? `HTTP ${response.status}`;
    if (response.status === 429 || (code !== undefined && rateLimitCodes.has(code))) {
      // Graph limits are rolling one-hour windows.
      const seconds = retryAfterSeconds(response.headers.get("retry-after"), now) ?? 3_600;
      throw new RateLimitedError(`Instagram: ${message}`, new Date(now.getTime() + seconds * 1000));
    }
    throw new ConnectorError(`Instagram: ${message}${code !== undefined ? ` (code ${code})` : ""}`);
  }
  const profile = body.business_discovery;
  if (!profile) throw new ConnectorError(`Instagram: no business or creator account @${handle}`);
  return {
    followers: profile.followers_count ?? null,
    following: profile.follows_count ?? null,
    postsCount: profile.media_count ?? null,
    bio: profile.biography ?? null,
    country: null,
    language: null,
    posts: (profile.media?.data ?? []).flatMap((media) => {
      if (!media.timestamp) return [];
      const postedAt = graphTime(media.timestamp);
      if (Number.isNaN(postedAt.getTime())) return [];
      const caption = media.caption ?? null;
      const sponsored = isSponsoredCaption(caption);
      return [
        {
          externalId: media.id,
          postedAt: postedAt.toISOString(),
          caption,
          // like_count is absent when the owner hides likes: unknown, not zero (M2).
          likes: media.like_count ?? null,
          comments: media.comments_count ?? null,
          sponsored,
          brands: sponsored ? mentionedBrands(caption) : [],
        },
      ];
    }),
  };
}
