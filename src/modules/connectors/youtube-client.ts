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
  throw new ConnectorError(`YouTube: ${message}${reasons.length ? ` (${reasons.join(", ")})` : ""}`);
}

/**
 * A channel's statistics and snippet (channels.list by handle), then its latest uploads with statistics
 * (playlistItems.list on the uploads playlist, videos.list). Costs 3 quota units.
 */
export async function fetchYouTubeChannel(
  options: { baseUrl: string; apiKey: string; fetch?: FetchLike; now?: Date; maxVideos?: number },
  handle: string,
): Promise<Enrichment> {
  const fetcher = options.fetch ?? fetch;
  const now = options.now ?? new Date();
  const url = (path: string, params: Record<string, string>) => {
    const u = new URL(`/youtube/v3/${path}`, options.baseUrl);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    u.searchParams.set("key", options.apiKey);
    return u;
  };
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
