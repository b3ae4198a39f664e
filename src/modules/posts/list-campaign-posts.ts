import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { type LivePostView, type MetricSnapshotView, toPostView, toSnapshotView } from "./post-view.js";
import type { PostMetricSnapshotsTable } from "./schema.js";

/** The campaign's live posts, newest first, each with its paid spend and latest metrics. */
export async function listCampaignPosts(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<LivePostView[]> {
  const posts = await db
    .selectFrom("live_posts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .orderBy("posted_at", "desc")
    .execute();
  if (posts.length === 0) return [];
  const ids = posts.map((p) => p.id);
  const [amplifications, snapshots] = await Promise.all([
    db
      .selectFrom("post_amplifications")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("live_post_id", "in", ids)
      .orderBy("start_date")
      .execute(),
    db
      .selectFrom("post_metric_snapshots")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("live_post_id", "in", ids)
      .orderBy("captured_at", "desc")
      .orderBy("id", "desc")
      .execute(),
  ]);
  const latest = new Map<string, PostMetricSnapshotsTable>();
  for (const snapshot of snapshots)
    if (!latest.has(snapshot.live_post_id)) latest.set(snapshot.live_post_id, snapshot);
  return posts.map((post) =>
    toPostView(
      post,
      amplifications.filter((a) => a.live_post_id === post.id),
      latest.get(post.id) ?? null,
    ),
  );
}

/** Every snapshot of one post, oldest first, for its chart. */
export async function getPostMetricHistory(
  db: Kysely<Database>,
  organisationId: string,
  postId: string,
): Promise<MetricSnapshotView[]> {
  const post = await db
    .selectFrom("live_posts")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", postId)
    .executeTakeFirst();
  if (!post) throw notFound("Post");
  const rows = await db
    .selectFrom("post_metric_snapshots")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("live_post_id", "=", postId)
    .orderBy("captured_at")
    .orderBy("id")
    .execute();
  return rows.map(toSnapshotView);
}
