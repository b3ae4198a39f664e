import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Notes that a connector asked the platform about a post (whether or not it answered with metrics), and the
 * platform's id for the post once found, so the next fetch needs no lookup.
 */
export async function markMetricsFetched(
  db: Kysely<Database>,
  organisationId: string,
  postId: string,
  fetchedAt: string,
  platformMediaId?: string,
): Promise<void> {
  await db
    .updateTable("live_posts")
    .set({
      metrics_fetched_at: fetchedAt,
      ...(platformMediaId ? { platform_media_id: platformMediaId } : {}),
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", postId)
    .execute();
}
