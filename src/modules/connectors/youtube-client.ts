import type { CommentInput } from "../posts/record-post-comments.js";
import { ConnectorError, RateLimitedError, retryAfterSeconds } from "./connector-errors.js";
import type { Enrichment, FetchLike } from "./enrichment.js";
import { isSponsoredCaption, mentionedBrands } from "./sponsored-caption.js";

export const youtubeDefaultBaseUrl = "https://www.googleapis.com";

interface YouTubeErrorBody {
  error?: { code?: number; message?: string; errors?: Array<{ reason?: string }> };
}

/** YouTube Data API v3 numbers are strings ("1234"); absent means hidden. */
const count = (value: unknown): number | null => {
  if (value === undefined || value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** An answer that is not a quota or rate limit, with the API's reasons (keyInvalid, commentsDisabled, …). */
export class YouTubeApiError extends ConnectorError {
  constructor(
    message: string,
    readonly reasons: string[],
  ) {
    super(message);
  }
}

export interface YouTubeOptions {
  baseUrl: string;
  apiKey: string;
  fetch?: FetchLike;
  now?: Date;
}

function apiUrl(options: YouTubeOptions, path: string, params: Record<string, string>): URL {
  const u = new URL(`/youtube/v3/${path}`, options.baseUrl);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  u.searchParams.set("key", options.apiKey);
  return u;
}

async function call<T>(fetcher: FetchLike, url: URL, now: Date): Promise<T> {
  const response = await fetcher(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as T & YouTubeErrorBody;
  if (response.ok) return body;
  const reasons = body.error?.errors?.map((e) => e.reason ?? "") ?? [];
  const message = body.error?.message ?? `HTTP ${response.status}`;
  if (
    response.status === 429 ||
    reasons.some((r) =>
      ["quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded", "dailyLimitExceeded"].includes(r),
    )
  ) {
    // The daily quota resets at midnight Pacific time; without a Retry-After, try again in an hour.
    const seconds = retryAfterSeconds(response.headers.get("retry-after"), now) ?? 3_600;
    throw new RateLimitedError(`YouTube: ${message}`, new Date(now.getTime() + seconds * 1000));
  }
  throw new YouTubeApiError(
    `YouTube: ${message}${reasons.length ? ` (${reasons.join(", ")})` : ""}`,
    reasons,
  );
}

/**
 * A channel's statistics and snippet (channels.list by handle), then its latest uploads with statistics
 * (playlistItems.list on the uploads playlist, videos.list). Costs 3 quota units.
 */
export async function fetchYouTubeChannel(
  options: YouTubeOptions & { maxVideos?: number },
  handle: string,
): Promise<Enrichment> {
  const fetcher = options.fetch ?? fetch;
  const now = options.now ?? new Date();
  const url = (path: string, params: Record<string, string>) => apiUrl(options, path, params);
  const channels = await call<{
    items?: Array<{
      id: string;
      snippet?: { description?: string; country?: string; defaultLanguage?: string };
      statistics?: { subscriberCount?: string; hiddenSubscriberCount?: boolean; videoCount?: string };
      contentDetails?: { relatedPlaylists?: { uploads?: string } };
    }>;
  }>(fetcher, url("channels", { part: "snippet,statistics,contentDetails", forHandle: `@${handle}` }), now);
  const channel = channels.items?.[0];
  if (!channel) throw new ConnectorError(`YouTube: no channel with the handle @${handle}`);
  const stats = channel.statistics ?? {};
  const uploads = channel.contentDetails?.relatedPlaylists?.uploads;
  let posts: Enrichment["posts"] = [];
  if (uploads) {
    const playlist = await call<{ items?: Array<{ contentDetails?: { videoId?: string } }> }>(
      fetcher,
      url("playlistItems", {
        part: "contentDetails",
        playlistId: uploads,
        maxResults: String(options.maxVideos ?? 20),
      }),
      now,
    );
    const ids = (playlist.items ?? [])
      .map((i) => i.contentDetails?.videoId)
      .filter((id): id is string => Boolean(id));
    if (ids.length > 0) {
      const videos = await call<{
        items?: Array<{
          id: string;
          snippet?: { publishedAt?: string; title?: string; description?: string };
          statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
        }>;
      }>(fetcher, url("videos", { part: "snippet,statistics", id: ids.join(",") }), now);
      posts = (videos.items ?? []).flatMap((video) => {
        const publishedAt = video.snippet?.publishedAt;
        if (!publishedAt || Number.isNaN(Date.parse(publishedAt))) return [];
        const caption = [video.snippet?.title, video.snippet?.description].filter(Boolean).join("\n") || null;
        const sponsored = isSponsoredCaption(caption);
        return [
          {
            externalId: video.id,
            postedAt: new Date(publishedAt).toISOString(),
            caption,
            likes: count(video.statistics?.likeCount),
            comments: count(video.statistics?.commentCount),
            views: count(video.statistics?.viewCount),
            sponsored,
            brands: sponsored ? mentionedBrands(caption) : [],
          },
        ];
      });
    }
  }
  return {
    followers: stats.hiddenSubscriberCount ? null : count(stats.subscriberCount),
    following: null,
    postsCount: count(stats.videoCount),
    bio: channel.snippet?.description ?? null,
    country: channel.snippet?.country?.toUpperCase() ?? null,
    language: channel.snippet?.defaultLanguage?.slice(0, 2).toLowerCase() ?? null,
    posts,
  };
}

/** videos.list takes at most 50 ids per call. */
export const youtubeVideosPerCall = 50;

/** A video's public counts; null where YouTube hides it (likes can be hidden), never 0 for unknown (M2). */
export interface VideoStatistics {
  views: number | null;
  likes: number | null;
  comments: number | null;
}

/**
 * Statistics of up to 50 videos in one videos.list call (1 quota unit). Videos missing from the answer (deleted,
 * private) are missing from the map. favoriteCount is deprecated and always "0", so it is not read.
 */
export async function fetchYouTubeVideoStatistics(
  options: YouTubeOptions,
  videoIds: string[],
): Promise<Map<string, VideoStatistics>> {
  if (videoIds.length > youtubeVideosPerCall)
    throw new RangeError(`videos.list takes at most ${youtubeVideosPerCall} ids, got ${videoIds.length}`);
  const body = await call<{
    items?: Array<{
      id: string;
      statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
    }>;
  }>(
    options.fetch ?? fetch,
    apiUrl(options, "videos", { part: "statistics", id: videoIds.join(",") }),
    options.now ?? new Date(),
  );
  return new Map(
    (body.items ?? []).map((video) => [
      video.id,
      {
        views: count(video.statistics?.viewCount),
        likes: count(video.statistics?.likeCount),
        comments: count(video.statistics?.commentCount),
      },
    ]),
  );
}

/**
 * The latest top-level comments of a video (commentThreads.list, one page of up to 100, 1 quota unit). A video with
 * comments turned off has none.
 */
export async function fetchYouTubeComments(
  options: YouTubeOptions,
  videoId: string,
): Promise<CommentInput[]> {
  let body: {
    items?: Array<{
      id: string;
      snippet?: {
        topLevelComment?: {
          id?: string;
          snippet?: { textOriginal?: string; textDisplay?: string; publishedAt?: string };
        };
      };
    }>;
  };
  try {
    body = await call(
      options.fetch ?? fetch,
      apiUrl(options, "commentThreads", {
        part: "snippet",
        videoId,
        maxResults: "100",
        textFormat: "plainText",
      }),
      options.now ?? new Date(),
    );
  } catch (error) {
    if (error instanceof YouTubeApiError && error.reasons.includes("commentsDisabled")) return [];
    throw error;
  }
  return (body.items ?? []).flatMap((thread) => {
    const comment = thread.snippet?.topLevelComment;
    const text = comment?.snippet?.textOriginal ?? comment?.snippet?.textDisplay;
    const postedAt = comment?.snippet?.publishedAt;
    if (!text || !postedAt) return [];
    return [{ platformId: comment?.id ?? thread.id, text, postedAt }];
  });
}
