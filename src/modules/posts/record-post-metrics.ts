import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type MetricSnapshotView, metricNames, type PostMetrics, toSnapshotView } from "./post-view.js";
import type { MetricSource, PostMetricSnapshotsTable } from "./schema.js";

export interface MetricSnapshotInput extends Partial<PostMetrics> {
  capturedAt?: string;
  source: MetricSource;
}

/**
 * Adds a snapshot of a post's metrics. A metric left out or null was not reported (unknown, not zero, M2). The
 * snapshot cannot predate the post, nor come from the future. Scheduled connector fetches pass `audit: false`: a
 * snapshot every few hours per post would drown the audit log, and the snapshot itself records its source.
 */
export async function recordPostMetrics(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  postId: string,
  input: MetricSnapshotInput,
  fieldPrefix = "",
  options: { audit?: boolean } = {},
): Promise<MetricSnapshotView> {
  const post = await db
    .selectFrom("live_posts")
    .selectAll()
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", postId)
    .executeTakeFirst();
  if (!post) throw notFound("Post");
  const capturedAt = input.capturedAt ? new Date(input.capturedAt).toISOString() : nowIso();
  if (capturedAt < post.posted_at)
    throw invalidField(`${fieldPrefix}capturedAt`, "is before the post went live");
  if (Date.parse(capturedAt) > Date.now() + 5 * 60_000)
    throw invalidField(`${fieldPrefix}capturedAt`, "is in the future");
  for (const name of metricNames) {
    const value = input[name];
    if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 0))
      throw invalidField(`${fieldPrefix}${name}`, "must be a whole number, zero or more");
  }
  const row: PostMetricSnapshotsTable = {
    id: newId(),
    organisation_id: ctx.organisationId,
    live_post_id: postId,
    captured_at: capturedAt,
    source: input.source,
    impressions: input.impressions ?? null,
    reach: input.reach ?? null,
    views: input.views ?? null,
    likes: input.likes ?? null,
    comments: input.comments ?? null,
    shares: input.shares ?? null,
    saves: input.saves ?? null,
    link_clicks: input.linkClicks ?? null,
    created_at: nowIso(),
  };
  await db.insertInto("post_metric_snapshots").values(row).execute();
  if (options.audit === false) return toSnapshotView(row);
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "post.metrics_recorded",
    targetType: "live_post",
    targetId: postId,
    details: { source: input.source, capturedAt },
  });
  return toSnapshotView(row);
}
