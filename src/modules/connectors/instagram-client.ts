import { dayMs } from "../../shared/time.js";
import { instagramShortcode } from "../posts/platform-post-ids.js";
import type { CommentInput } from "../posts/record-post-comments.js";
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

export interface InstagramOptions {
  baseUrl: string;
  accessToken: string;
  /** The organisation's own business account, which looks other accounts up (business_discovery). */
  businessAccountId: string;
  fetch?: FetchLike;
  now?: Date;
}

/** An answer from the Graph API that is not a rate limit, with its error code (100 invalid parameter, 10 permission, …). */
export class GraphApiError extends ConnectorError {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly graphMessage: string,
  ) {
    super(message);
  }
}

function graphUrl(options: InstagramOptions, path: string, params: Record<string, string>): URL {
  const url = new URL(`/${instagramApiVersion}/${path}`, options.baseUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set("access_token", options.accessToken);
  return url;
}

async function graphGet<T>(options: InstagramOptions, url: URL): Promise<T> {
  const now = options.now ?? new Date();
  const response = await (options.fetch ?? fetch)(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as T & GraphError;
  if (response.ok && !body.error) return body;
  const code = body.error?.code;
  const message = body.error?.message ?? `HTTP ${response.status}`;
  if (response.status === 429 || (code !== undefined && rateLimitCodes.has(code))) {
    // Graph limits are rolling one-hour windows.
    const seconds = retryAfterSeconds(response.headers.get("retry-after"), now) ?? 3_600;
    throw new RateLimitedError(`Instagram: ${message}`, new Date(now.getTime() + seconds * 1000));
  }
  throw new GraphApiError(
    `Instagram: ${message}${code !== undefined ? ` (code ${code})` : ""}`,
    code,
    message,
  );
}

/**
 * Another business or creator account's public profile and recent media through the Instagram Graph API's
 * business_discovery field, asked from the organisation's own business account.
 */
export async function fetchInstagramAccount(
  options: InstagramOptions & { maxMedia?: number },
  handle: string,
): Promise<Enrichment> {
  const body = await graphGet<BusinessDiscovery>(
    options,
    graphUrl(options, encodeURIComponent(options.businessAccountId), {
      fields: `business_discovery.username(${handle}){username,biography,followers_count,follows_count,media_count,media.limit(${options.maxMedia ?? 20}){id,caption,like_count,comments_count,timestamp}}`,
    }),
  );
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

/** The Instagram user id of a business or creator account, looked up by handle through business_discovery. */
export async function findInstagramUserId(options: InstagramOptions, handle: string): Promise<string> {
  const body = await graphGet<{ business_discovery?: { id?: string } }>(
    options,
    graphUrl(options, encodeURIComponent(options.businessAccountId), {
      fields: `business_discovery.username(${handle}){id}`,
    }),
  );
  const id = body.business_discovery?.id;
  if (!id) throw new ConnectorError(`Instagram: no business or creator account @${handle}`);
  return id;
}

/** Pages of an account's media read while looking for one post (50 each, newest first). */
const mediaPagesSearched = 4;

/**
 * The media id of an account's post, found among its recent media (GET /{ig-user-id}/media) by the shortcode in
 * the permalink; pages stop once they reach media older than the post. Null when it is not among them.
 */
export async function findInstagramMediaId(
  options: InstagramOptions,
  igUserId: string,
  shortcode: string,
  postedAt: string,
): Promise<string | null> {
  // A day's slack: the recorded time of a post can be a rounded or local time.
  const oldest = Date.parse(postedAt) - dayMs;
  let after: string | undefined;
  for (let page = 0; page < mediaPagesSearched; page++) {
    const body = await graphGet<{
      data?: Array<{ id: string; permalink?: string; timestamp?: string }>;
      paging?: { cursors?: { after?: string }; next?: string };
    }>(
      options,
      graphUrl(options, `${encodeURIComponent(igUserId)}/media`, {
        fields: "id,permalink,timestamp",
        limit: "50",
        ...(after ? { after } : {}),
      }),
    );
    const media = body.data ?? [];
    const found = media.find((m) => m.permalink && instagramShortcode(m.permalink) === shortcode);
    if (found) return found.id;
    const last = media.at(-1)?.timestamp;
    after = body.paging?.cursors?.after;
    if (!body.paging?.next || !after || (last && graphTime(last).getTime() < oldest)) return null;
  }
  return null;
}

/** Media insights Amplio asks for, and the snapshot metric each becomes. */
export const mediaInsightMetrics = {
  reach: "reach",
  views: "views",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saved: "saves",
} as const;
export type MediaInsightMetric = keyof typeof mediaInsightMetrics;

/**
 * Which requested metrics a code-100 answer refuses: Meta answers "(#100) … the impressions metric is no longer
 * supported …" for metrics it has retired (impressions, plays, video_views for newer media), or lists the values
 * it accepts. Empty when the answer names none of them.
 */
export function refusedMetrics(message: string, requested: readonly string[]): string[] {
  const accepted = /must be one of the following values:\s*([a-z_, ]+)/i.exec(message)?.[1];
  if (accepted) {
    const allowed = new Set(accepted.split(",").map((m) => m.trim()));
    return requested.filter((m) => !allowed.has(m));
  }
  return requested.filter((m) =>
    new RegExp(
      `\\b${m} metric (?:is|are) no longer supported|\\bmetric ${m} (?:is|are) no longer supported|does not support the ${m} metric`,
      "i",
    ).test(message),
  );
}

/**
 * A media object's lifetime insights (GET /{media-id}/insights). A metric the API refuses as retired or
 * unsupported for the media is dropped and the call retried with the rest; it, and any metric the answer leaves
 * out, is null (unknown), never 0.
 */
export async function fetchInstagramMediaInsights(
  options: InstagramOptions,
  mediaId: string,
): Promise<Record<MediaInsightMetric, number | null>> {
  let metrics = Object.keys(mediaInsightMetrics) as MediaInsightMetric[];
  const values = Object.fromEntries(metrics.map((m) => [m, null])) as Record<
    MediaInsightMetric,
    number | null
  >;
  for (;;) {
    let body: {
      data?: Array<{
        name: string;
        values?: Array<{ value?: unknown }>;
        total_value?: { value?: unknown };
      }>;
    };
    try {
      body = await graphGet(
        options,
        graphUrl(options, `${encodeURIComponent(mediaId)}/insights`, { metric: metrics.join(",") }),
      );
    } catch (error) {
      const refused =
        error instanceof GraphApiError && error.code === 100
          ? refusedMetrics(error.graphMessage, metrics)
          : [];
      if (refused.length === 0 || refused.length === metrics.length) throw error;
      metrics = metrics.filter((m) => !refused.includes(m));
      continue;
    }
    for (const entry of body.data ?? []) {
      if (!(entry.name in mediaInsightMetrics)) continue;
      const value = entry.total_value?.value ?? entry.values?.[0]?.value;
      if (typeof value === "number" && Number.isFinite(value) && value >= 0)
        values[entry.name as MediaInsightMetric] = Math.round(value);
    }
    return values;
  }
}

/** The latest comments on a media object (one page of up to 100). */
export async function fetchInstagramComments(
  options: InstagramOptions,
  mediaId: string,
): Promise<CommentInput[]> {
  const body = await graphGet<{ data?: Array<{ id: string; text?: string; timestamp?: string }> }>(
    options,
    graphUrl(options, `${encodeURIComponent(mediaId)}/comments`, {
      fields: "id,text,timestamp",
      limit: "100",
    }),
  );
  return (body.data ?? []).flatMap((comment) => {
    if (!comment.text || !comment.timestamp) return [];
    const postedAt = graphTime(comment.timestamp);
    if (Number.isNaN(postedAt.getTime())) return [];
    return [{ platformId: comment.id, text: comment.text, postedAt: postedAt.toISOString() }];
  });
}
