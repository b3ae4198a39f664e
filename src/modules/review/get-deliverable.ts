import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import {
  type DeliverableDetail,
  toDeliverableView,
  toDraftView,
  toReviewEventView,
} from "./deliverable-view.js";
import { findDeliverableRow, type ReviewActor } from "./review-actor.js";

/** One deliverable with every draft and its timeline; a creator sees only their own. */
export async function getDeliverable(
  db: Kysely<Database>,
  who: Pick<ReviewActor, "organisationId" | "creatorId">,
  deliverableId: string,
): Promise<DeliverableDetail> {
  const row = await findDeliverableRow(db, who, deliverableId);
  const drafts = await db
    .selectFrom("deliverable_drafts")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("deliverable_id", "=", row.id)
    .orderBy("version", "desc")
    .execute();
  const events = await db
    .selectFrom("review_events")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("deliverable_id", "=", row.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return {
    ...toDeliverableView(row, drafts[0] ?? null),
    drafts: drafts.map(toDraftView),
    timeline: events.map(toReviewEventView),
  };
}
