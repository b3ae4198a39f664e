import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import type { DeliverablesTable, ReviewEventKind } from "./schema.js";

/** Who acts on a deliverable: the brand's team (session or API key) or the creator through the portal. */
export interface ReviewActor {
  organisationId: string;
  actor: Actor;
  author: "brand" | "creator";
  /** Portal callers only: the creator whose deliverables these are; anyone else's answer 404. */
  creatorId?: string;
}

/** The deliverable row, scoped to the organisation and, for a creator, to their own deliverables. */
export async function findDeliverableRow(
  db: Kysely<Database>,
  who: Pick<ReviewActor, "organisationId" | "creatorId">,
  deliverableId: string,
): Promise<DeliverablesTable> {
  let query = db
    .selectFrom("deliverables")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("id", "=", deliverableId);
  if (who.creatorId) query = query.where("creator_id", "=", who.creatorId);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound("Deliverable");
  return row;
}

export async function recordReviewEvent(
  db: Kysely<Database>,
  who: ReviewActor,
  deliverableId: string,
  event: {
    kind: ReviewEventKind;
    draftId?: string | null;
    body?: string | null;
    quote?: { start: number; end: number; text: string } | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto("review_events")
    .values({
      id: newId(),
      organisation_id: who.organisationId,
      deliverable_id: deliverableId,
      draft_id: event.draftId ?? null,
      kind: event.kind,
      author: who.author,
      author_label: who.actor.label,
      body: event.body ?? null,
      quote_start: event.quote?.start ?? null,
      quote_end: event.quote?.end ?? null,
      quote_text: event.quote?.text ?? null,
      details: JSON.stringify(event.details ?? {}),
      created_at: nowIso(),
    })
    .execute();
}

export async function setDeliverableStatus(
  db: Kysely<Database>,
  row: DeliverablesTable,
  changes: Partial<Pick<DeliverablesTable, "status" | "approved_at" | "live_post_id">>,
): Promise<void> {
  await db
    .updateTable("deliverables")
    .set({ ...changes, updated_at: nowIso() })
    .where("organisation_id", "=", row.organisation_id)
    .where("id", "=", row.id)
    .execute();
}
