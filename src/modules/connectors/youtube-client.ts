import type { CommentInput } from "../posts/record-post-comments.js";
import { ConnectorError, RateLimitedError, retryAfterSeconds } from "./connector-errors.js";
import type { Enrichment, FetchLike } from "./enrichment.js";
import { isSponsoredCaption, mentionedBrands } from "./sponsored-caption.js";

/** Google's API origin; AMPLIO_YOUTUBE_API_URL points Amplio at another (a proxy, or a stand-in in tests). */
export function youtubeApiOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return env.AMPLIO_YOUTUBE_API_URL || "https://www.googleapis.com";
}

interface YouTubeErrorBody {
  error?: { code?: number; message?: string; errors?: Array<{ reason?: string }> };
}

/** YouTube Data API v3 numbers are strings ("1234"); absent means hidden. */
const count = (value: unknown): number | null => {
  if (value === undefined || value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** A quota or rate limit, with the API's reasons (quotaExceeded, rateLimitExceeded, …). */
export class YouTubeRateLimitedError extends RateLimitedError {
  constructor(
    message: string,
    retryAt: Date,
    readonly reasons: string[],
  ) {
    super(message, retryAt);
  }
}

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
    throw new YouTubeRateLimitedError(
      `YouTube: ${message}`,
      new Date(now.getTime() + seconds * 1000),
      reasons,
    );
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

/** What search.list asks (type=channel); the codes are as YouTube takes them. */
export interface YouTubeChannelSearch {
  q: string;
  /** ISO 3166-1 alpha-2: channels relevant to viewers in that country. */
  regionCode?: string;
  /** ISO 639-1: channels most relevant to that language. */
  relevanceLanguage?: string;
  pageToken?: string;
  maxResults?: number;
}

export interface YouTubeChannelPage {
  channelIds: string[];
  nextPageToken: string | null;
  /** YouTube's own estimate of the matches, not an exact count. */
  totalResults: number | null;
}

/** One page of channels matching a keyword (search.list, type=channel): 100 quota units. */
export async function searchYouTubeChannels(
  options: YouTubeOptions,
  search: YouTubeChannelSearch,
): Promise<YouTubeChannelPage> {
  const params: Record<string, string> = {
    part: "id",
    type: "channel",
    q: search.q,
    maxResults: String(search.maxResults ?? 25),
  };
  if (search.regionCode) params.regionCode = search.regionCode;
  if (search.relevanceLanguage) params.relevanceLanguage = search.relevanceLanguage;
  if (search.pageToken) params.pageToken = search.pageToken;
  const body = await call<{
    nextPageToken?: string;
    pageInfo?: { totalResults?: number };
    items?: Array<{ id?: { kind?: string; channelId?: string } }>;
  }>(options.fetch ?? fetch, apiUrl(options, "search", params), options.now ?? new Date());
  return {
    channelIds: (body.items ?? []).flatMap((item) => (item.id?.channelId ? [item.id.channelId] : [])),
    nextPageToken: body.nextPageToken ?? null,
    totalResults: body.pageInfo?.totalResults ?? null,
  };
}

/** A channel as channels.list describes it. Counts YouTube hides are null, never 0 (M2). */
export interface YouTubeChannelDetails {
  channelId: string;
  title: string;
  /** The channel's @handle without the `@`, lower-case; null when it has none. */
  handle: string | null;
  description: string;
  country: string | null;
  language: string | null;
  thumbnailUrl: string | null;
  /** Rounded by YouTube to three significant figures; null when the channel hides it. */
  subscribers: number | null;
  subscribersHidden: boolean;
  videos: number | null;
  views: number | null;
}

/** channels.list takes at most 50 ids per call. */
export const youtubeChannelsPerCall = 50;

/**
 * Snippet and statistics of up to 50 channels (channels.list by id): 1 quota unit. Channels YouTube no longer has
 * are missing from the answer; the rest keep the order of the ids asked.
 */
export async function fetchYouTubeChannelsByIds(
  options: YouTubeOptions,
  channelIds: string[],
): Promise<YouTubeChannelDetails[]> {
  if (channelIds.length === 0) return [];
  if (channelIds.length > youtubeChannelsPerCall)
    throw new RangeError(
      `channels.list takes at most ${youtubeChannelsPerCall} ids, got ${channelIds.length}`,
    );
  const body = await call<{
    items?: Array<{
      id: string;
      snippet?: {
        title?: string;
        description?: string;
        customUrl?: string;
        country?: string;
        defaultLanguage?: string;
        thumbnails?: Record<string, { url?: string } | undefined>;
      };
      statistics?: {
        viewCount?: string;
        subscriberCount?: string;
        hiddenSubscriberCount?: boolean;
        videoCount?: string;
      };
    }>;
  }>(
    options.fetch ?? fetch,
    apiUrl(options, "channels", {
      part: "snippet,statistics",
      id: channelIds.join(","),
      maxResults: String(youtubeChannelsPerCall),
    }),
    options.now ?? new Date(),
  );
  const byId = new Map((body.items ?? []).map((item) => [item.id, item]));
  return channelIds.flatMap((channelId) => {
    const item = byId.get(channelId);
    if (!item) return [];
    const snippet = item.snippet ?? {};
    const stats = item.statistics ?? {};
    const hidden = stats.hiddenSubscriberCount === true;
    const thumbnails = snippet.thumbnails ?? {};
    return [
      {
        channelId,
        title: snippet.title ?? channelId,
        handle: snippet.customUrl?.replace(/^@+/, "").toLowerCase() || null,
        description: snippet.description ?? "",
        country: snippet.country?.toUpperCase() ?? null,
        language: snippet.defaultLanguage?.slice(0, 2).toLowerCase() ?? null,
        thumbnailUrl: thumbnails.medium?.url ?? thumbnails.default?.url ?? thumbnails.high?.url ?? null,
        subscribers: hidden ? null : count(stats.subscriberCount),
        subscribersHidden: hidden,
        videos: count(stats.videoCount),
        views: count(stats.viewCount),
      },
    ];
  });
}
