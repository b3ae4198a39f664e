import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { systemActor } from "../audit/actor.js";
import { getCreator } from "../creators/creators.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { JobContext, JobRunner } from "../jobs/job-runner.js";
import { listPostsForMetrics, type PostForMetrics } from "../posts/list-posts-for-metrics.js";
import { markMetricsFetched } from "../posts/mark-metrics-fetched.js";
import { instagramShortcode, youtubeVideoId } from "../posts/platform-post-ids.js";
import { type CommentInput, recordPostComments } from "../posts/record-post-comments.js";
import { type MetricSnapshotInput, recordPostMetrics } from "../posts/record-post-metrics.js";
import { ConnectorError, RateLimitedError } from "./connector-errors.js";
import {
  connectorPlatforms,
  defaultBaseUrl,
  findConnectorSettings,
  isConfigured,
  setConnectorStatus,
} from "./connector-settings.js";
import {
  fetchInstagramComments,
  fetchInstagramMediaInsights,
  findInstagramMediaId,
  findInstagramUserId,
  type InstagramOptions,
} from "./instagram-client.js";
import {
  metricsDueAt,
  postMetricsJobKind,
  postMetricsNowJobKind,
  postMetricsTickMs,
} from "./post-metrics-schedule.js";
import type { ConnectorPlatform, ConnectorSettingsTable } from "./schema.js";
import {
  fetchYouTubeComments,
  fetchYouTubeVideoStatistics,
  type YouTubeOptions,
  youtubeVideosPerCall,
} from "./youtube-client.js";
import { countingYouTubeQuota } from "./youtube-quota.js";

const actors = {
  youtube: systemActor("YouTube connector"),
  instagram: systemActor("Instagram connector"),
} as const;

/** What one pass over a platform's posts learned: snapshots written, and posts that could not be read, with why. */
interface PassResult {
  recorded: number;
  problems: string[];
}

/** One post's snapshot, comments and fetch time, together: a half-recorded post would not be due again. */
async function recordFetch(
  db: Kysely<Database>,
  organisationId: string,
  post: PostForMetrics,
  fetch: {
    platform: ConnectorPlatform;
    at: Date;
    mediaId: string;
    metrics: Omit<MetricSnapshotInput, "source" | "capturedAt">;
    comments: CommentInput[];
  },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await recordPostMetrics(
      trx,
      { organisationId, actor: actors[fetch.platform] },
      post.id,
      { ...fetch.metrics, source: fetch.platform, capturedAt: fetch.at.toISOString() },
      "",
      { audit: false },
    );
    await recordPostComments(trx, organisationId, post.id, fetch.comments);
    await markMetricsFetched(trx, organisationId, post.id, fetch.at.toISOString(), fetch.mediaId);
  });
}

/** YouTube: statistics for up to 50 videos per videos.list call, then each video's latest comments. */
async function fetchYouTubePosts(
  db: Kysely<Database>,
  organisationId: string,
  options: YouTubeOptions,
  posts: PostForMetrics[],
  now: Date,
): Promise<PassResult> {
  const result: PassResult = { recorded: 0, problems: [] };
  const byVideo = new Map<string, PostForMetrics[]>();
  for (const post of posts) {
    const id = post.platformMediaId ?? youtubeVideoId(post.url);
    if (!id) {
      result.problems.push(`${post.url}: the link names no video`);
      await markMetricsFetched(db, organisationId, post.id, now.toISOString());
      continue;
    }
    byVideo.set(id, [...(byVideo.get(id) ?? []), post]);
  }
  const ids = [...byVideo.keys()];
  for (let start = 0; start < ids.length; start += youtubeVideosPerCall) {
    const batch = ids.slice(start, start + youtubeVideosPerCall);
    const statistics = await fetchYouTubeVideoStatistics(options, batch);
    for (const id of batch) {
      const stats = statistics.get(id);
      // A comment count of "0" says there is nothing to fetch; a hidden one (null) does not.
      const comments = stats && stats.comments !== 0 ? await fetchYouTubeComments(options, id) : [];
      for (const post of byVideo.get(id) ?? []) {
        if (!stats) {
          result.problems.push(`${post.url}: YouTube has no public video ${id} (deleted or private)`);
          await markMetricsFetched(db, organisationId, post.id, now.toISOString());
          continue;
        }
        await recordFetch(db, organisationId, post, {
          platform: "youtube",
          at: now,
          mediaId: id,
          metrics: { views: stats.views, likes: stats.likes, comments: stats.comments },
          comments,
        });
        result.recorded += 1;
      }
    }
  }
  return result;
}

/**
 * Instagram: the media id (recorded on the post, or found among the creator's recent media by permalink), then its
 * insights and latest comments. A post the API will not answer about is noted and left until it is due again.
 */
async function fetchInstagramPosts(
  db: Kysely<Database>,
  organisationId: string,
  options: InstagramOptions,
  posts: PostForMetrics[],
  now: Date,
): Promise<PassResult> {
  const result: PassResult = { recorded: 0, problems: [] };
  const userIds = new Map<string, { handle: string; id: string }>();
  for (const post of posts) {
    let mediaId = post.platformMediaId;
    try {
      if (!mediaId) {
        const shortcode = instagramShortcode(post.url);
        if (!shortcode)
          throw new ConnectorError("the link names no post or reel (stories cannot be looked up)");
        let account = userIds.get(post.creatorId);
        if (!account) {
          const creator = await getCreator(db, organisationId, post.creatorId);
          const handle = creator.accounts.find((a) => a.platform === "instagram")?.handle;
          if (!handle) throw new ConnectorError("the creator has no Instagram account recorded");
          account = { handle, id: await findInstagramUserId(options, handle) };
          userIds.set(post.creatorId, account);
        }
        mediaId = await findInstagramMediaId(options, account.id, shortcode, post.postedAt);
        if (!mediaId) throw new ConnectorError(`not among @${account.handle}'s recent media`);
      }
      const insights = await fetchInstagramMediaInsights(options, mediaId);
      const comments = insights.comments === 0 ? [] : await fetchInstagramComments(options, mediaId);
      await recordFetch(db, organisationId, post, {
        platform: "instagram",
        at: now,
        mediaId,
        metrics: {
          reach: insights.reach,
          views: insights.views,
          likes: insights.likes,
          comments: insights.comments,
          shares: insights.shares,
          saves: insights.saved,
        },
        comments,
      });
      result.recorded += 1;
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      result.problems.push(`${post.url}: ${error.message}`);
      await markMetricsFetched(db, organisationId, post.id, now.toISOString(), mediaId ?? undefined);
    }
  }
  return result;
}

/**
 * Fetches one platform's posts and shows the outcome on the connector's status. A quota or rate limit stops the
 * pass, leaves the remaining posts due, and returns the time to try again.
 */
async function fetchPlatformPosts(
  db: Kysely<Database>,
  settings: ConnectorSettingsTable,
  posts: PostForMetrics[],
  now: Date,
): Promise<{ retryAt: Date } | null> {
  const { organisation_id: organisationId, platform } = settings;
  if (posts.length === 0) return null;
  if (settings.backoff_until && new Date(settings.backoff_until) > now)
    return { retryAt: new Date(settings.backoff_until) };
  const baseUrl = settings.base_url ?? defaultBaseUrl(platform);
  try {
    const result =
      platform === "youtube"
        ? await fetchYouTubePosts(
            db,
            organisationId,
            { baseUrl, apiKey: settings.api_key ?? "", fetch: countingYouTubeQuota(db, organisationId) },
            posts,
            now,
          )
        : await fetchInstagramPosts(
            db,
            organisationId,
            {
              baseUrl,
              accessToken: settings.access_token ?? "",
              businessAccountId: settings.business_account_id ?? "",
            },
            posts,
            now,
          );
    await setConnectorStatus(db, organisationId, platform, {
      status: result.problems.length > 0 && result.recorded === 0 ? "error" : "ok",
      status_detail:
        result.problems.length > 0
          ? `Post metrics: ${result.recorded} of ${posts.length} posts read; ${result.problems.join("; ")}`.slice(
              0,
              2_000,
            )
          : null,
      last_run_at: now.toISOString(),
      backoff_until: null,
    });
    return null;
  } catch (error) {
    if (error instanceof RateLimitedError) {
      await setConnectorStatus(db, organisationId, platform, {
        status: "rate_limited",
        status_detail: `Post metrics: ${error.message}`,
        backoff_until: error.retryAt.toISOString(),
      });
      return { retryAt: error.retryAt };
    }
    // A bad key, an unexpected body or the network: shown on the status, and the posts stay due for the next run.
    await setConnectorStatus(db, organisationId, platform, {
      status: "error",
      status_detail: `Post metrics: ${error instanceof Error ? error.message : String(error)}`,
      last_run_at: now.toISOString(),
    });
    return null;
  }
}

async function configuredConnectors(db: Kysely<Database>, organisationId: string) {
  const settings = await Promise.all(
    connectorPlatforms.map((platform) => findConnectorSettings(db, organisationId, platform)),
  );
  return settings.filter(isConfigured);
}

/** The scheduled run: schedules the next one, then fetches every post that is due on a configured platform. */
async function scheduledRun({ db, job }: JobContext): Promise<void> {
  const organisationId = job.organisationId as string;
  const schedule = await db
    .selectFrom("post_metric_schedules")
    .select("next_run_at")
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  // Only the run matching next_run_at is live; a superseded one ends here.
  if (schedule?.next_run_at !== job.payload.scheduledFor) return;
  const connectors = await configuredConnectors(db, organisationId);
  if (connectors.length === 0) {
    // No connector left: the schedule ends, and saving a connector starts it again.
    await db.deleteFrom("post_metric_schedules").where("organisation_id", "=", organisationId).execute();
    return;
  }
  const now = new Date();
  // The next run is booked before the work, so a failure below waits for it rather than repeating this run.
  const next = new Date(now.getTime() + postMetricsTickMs).toISOString();
  await db
    .updateTable("post_metric_schedules")
    .set({ next_run_at: next })
    .where("organisation_id", "=", organisationId)
    .execute();
  await enqueueJob(db, {
    kind: postMetricsJobKind,
    organisationId,
    payload: { scheduledFor: next },
    runAt: new Date(next),
    dedupeKey: `${postMetricsJobKind}:${organisationId}:${next}`,
  });
  const posts = await listPostsForMetrics(db, organisationId, {
    platforms: connectors.map((c) => c.platform),
  });
  for (const settings of connectors) {
    const due = posts.filter(
      (p) => p.platform === settings.platform && metricsDueAt(p, now).getTime() <= now.getTime(),
    );
    await fetchPlatformPosts(db, settings, due, now);
  }
}

/** "Refresh metrics now" for a campaign; a platform in backoff is tried again when the backoff ends. */
async function runNow({ db, job }: JobContext): Promise<void> {
  const organisationId = job.organisationId as string;
  const campaignId = String(job.payload.campaignId);
  const platforms = job.payload.platforms as ConnectorPlatform[];
  const now = new Date();
  const connectors = (await configuredConnectors(db, organisationId)).filter((c) =>
    platforms.includes(c.platform),
  );
  const posts = await listPostsForMetrics(db, organisationId, {
    platforms: connectors.map((c) => c.platform),
    campaignId,
  });
  for (const settings of connectors) {
    const deferred = await fetchPlatformPosts(
      db,
      settings,
      posts.filter((p) => p.platform === settings.platform),
      now,
    );
    if (deferred)
      await enqueueJob(db, {
        kind: postMetricsNowJobKind,
        organisationId,
        payload: { campaignId, platforms: [settings.platform] },
        runAt: deferred.retryAt,
        dedupeKey: `${postMetricsNowJobKind}:${campaignId}:${settings.platform}:${deferred.retryAt.toISOString()}`,
      });
  }
}

/**
 * Queues "refresh metrics now" for a campaign's live posts on the configured platforms; returns how many posts it
 * will fetch. A click while one is waiting adds nothing.
 */
export async function queuePostMetricsRefresh(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  platforms: ConnectorPlatform[],
): Promise<number> {
  const posts = await listPostsForMetrics(db, organisationId, { platforms, campaignId });
  await enqueueJob(db, {
    kind: postMetricsNowJobKind,
    organisationId,
    payload: { campaignId, platforms },
    dedupeKey: `${postMetricsNowJobKind}:${campaignId}`,
  });
  return posts.length;
}

export function registerPostMetricsJobs(jobs: JobRunner): void {
  jobs.register(postMetricsJobKind, scheduledRun);
  jobs.register(postMetricsNowJobKind, runNow);
}
