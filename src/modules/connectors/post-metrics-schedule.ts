import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { dayMs } from "../../shared/time.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { PostForMetrics } from "../posts/list-posts-for-metrics.js";

/** The organisation's scheduled run: wakes every hour and fetches the live posts that are due. */
export const postMetricsJobKind = "connectors.post-metrics";
/** "Refresh metrics now" for one campaign: every live post on a configured platform, due or not. */
export const postMetricsNowJobKind = "connectors.post-metrics-now";

export const postMetricsTickMs = 60 * 60_000;
const youngPostMs = 30 * dayMs;
const youngPostIntervalMs = 6 * 3_600_000;
const oldPostIntervalMs = 24 * 3_600_000;
// A schedule this far behind has lost its job (a database restored without jobs, a job that failed for good).
const lostScheduleMs = 3 * postMetricsTickMs;

/**
 * When a post's metrics are due again: every 6 hours while the post is younger than 30 days (its numbers still
 * move), daily after; at once when never fetched.
 */
export function metricsDueAt(post: Pick<PostForMetrics, "postedAt" | "metricsFetchedAt">, now: Date): Date {
  if (!post.metricsFetchedAt) return now;
  const young = now.getTime() - Date.parse(post.postedAt) < youngPostMs;
  return new Date(Date.parse(post.metricsFetchedAt) + (young ? youngPostIntervalMs : oldPostIntervalMs));
}

/** Starts the organisation's scheduled post-metrics run unless one is live; a new run supersedes a lost one. */
export async function ensurePostMetricsSchedule(db: Kysely<Database>, organisationId: string): Promise<void> {
  const now = new Date();
  const row = await db
    .selectFrom("post_metric_schedules")
    .select("next_run_at")
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (row && Date.parse(row.next_run_at) > now.getTime() - lostScheduleMs) return;
  const scheduledFor = now.toISOString();
  await db
    .insertInto("post_metric_schedules")
    .values({ organisation_id: organisationId, next_run_at: scheduledFor })
    .onConflict((oc) => oc.column("organisation_id").doUpdateSet({ next_run_at: scheduledFor }))
    .execute();
  await enqueueJob(db, {
    kind: postMetricsJobKind,
    organisationId,
    payload: { scheduledFor },
    dedupeKey: `${postMetricsJobKind}:${organisationId}:${scheduledFor}`,
  });
}
