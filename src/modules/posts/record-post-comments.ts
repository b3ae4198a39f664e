import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { sentimentScore } from "../creators/audience-sentiment.js";

/** A comment as a platform gives it. */
export interface CommentInput {
  /** The platform's id for the comment. */
  platformId: string;
  text: string;
  postedAt: string;
}

/**
 * Stores a live post's comments, each scored with the discovery sentiment model (VADER). Comments already stored
 * for the post (by platform id) are skipped, so fetching the same comments again adds nothing. Returns how many
 * were new.
 */
export async function recordPostComments(
  db: Kysely<Database>,
  organisationId: string,
  postId: string,
  comments: CommentInput[],
): Promise<number> {
  const createdAt = nowIso();
  const seen = new Set<string>();
  const rows = comments.flatMap((comment) => {
    const postedAt = Date.parse(comment.postedAt);
    if (comment.text.trim() === "" || Number.isNaN(postedAt) || seen.has(comment.platformId)) return [];
    seen.add(comment.platformId);
    return [
      {
        id: newId(),
        organisation_id: organisationId,
        live_post_id: postId,
        platform_comment_id: comment.platformId,
        text: comment.text,
        posted_at: new Date(postedAt).toISOString(),
        sentiment: sentimentScore(comment.text),
        created_at: createdAt,
      },
    ];
  });
  if (rows.length === 0) return 0;
  const result = await db
    .insertInto("post_comments")
    .values(rows)
    .onConflict((oc) => oc.columns(["live_post_id", "platform_comment_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
