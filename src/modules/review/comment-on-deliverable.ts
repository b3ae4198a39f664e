import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { DeliverableDetail } from "./deliverable-view.js";
import { getDeliverable } from "./get-deliverable.js";
import { findDeliverableRow, type ReviewActor, recordReviewEvent } from "./review-actor.js";

export interface CommentInput {
  body: string;
  /** Comment on part of the latest draft's caption: UTF-16 indices, end exclusive. */
  quote?: { start: number; end: number } | null;
}

/** A comment on the whole deliverable, or on a quoted part of the latest draft's caption. */
export async function commentOnDeliverable(
  db: Kysely<Database>,
  who: ReviewActor,
  deliverableId: string,
  input: CommentInput,
): Promise<DeliverableDetail> {
  return inTransaction(db, async (trx) => {
    const row = await findDeliverableRow(trx, who, deliverableId);
    const body = input.body.trim();
    if (!body) throw invalidField("body", "write a comment");
    const draft = await trx
      .selectFrom("deliverable_drafts")
      .select(["id", "caption"])
      .where("deliverable_id", "=", row.id)
      .orderBy("version", "desc")
      .executeTakeFirst();
    let quote: { start: number; end: number; text: string } | null = null;
    if (input.quote) {
      if (!draft) throw invalidField("quote", "there is no draft to quote yet");
      const { start, end } = input.quote;
      if (start < 0 || end <= start || end > draft.caption.length)
        throw invalidField("quote", `must be a span inside the caption (0 to ${draft.caption.length})`);
      quote = { start, end, text: draft.caption.slice(start, end) };
    }
    await recordReviewEvent(trx, who, row.id, { kind: "comment", draftId: draft?.id ?? null, body, quote });
    return getDeliverable(trx, who, row.id);
  });
}
