import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { type LivePostView, type MetricSnapshotView, toPostView, toSnapshotView } from "./post-view.js";
import type { PostMetricSnapshotsTable } from "./schema.js";

/** The campaign's live posts, newest first, each with its paid spend and latest metrics; one page, or all of them. */
export async function listCampaignPosts(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  page?: PageRequest,
): Promise<Page<LivePostView>> {
  const { items: posts, nextCursor } = await keysetPage(
    db
      .selectFrom("live_posts")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("campaign_id", "=", campaignId),
    [
      { by: "posted_at", direction: "desc", value: (post) => post.posted_at },
      { by: "id", direction: "desc", value: (post) => post.id },
    ],
    page,
  );
  if (posts.length === 0) return { items: [], nextCursor };
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
  return {
    items: posts.map((post) =>
      toPostView(
        post,
        amplifications.filter((a) => a.live_post_id === post.id),
        latest.get(post.id) ?? null,
      ),
    ),
    nextCursor,
  };
}

/** The snapshots of one post, oldest first, for its chart. */
export async function getPostMetricHistory(
  db: Kysely<Database>,
  organisationId: string,
  postId: string,
  page: PageRequest,
): Promise<Page<MetricSnapshotView>> {
  const post = await db
    .selectFrom("live_posts")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", postId)
    .executeTakeFirst();
  if (!post) throw notFound("Post");
  const rows = await keysetPage(
    db
      .selectFrom("post_metric_snapshots")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("live_post_id", "=", postId),
    [
      { by: "captured_at", direction: "asc", value: (row) => row.captured_at },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    page,
  );
  return { items: rows.items.map(toSnapshotView), nextCursor: rows.nextCursor };
}
