import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type DeliverableView, toDeliverableView } from "./deliverable-view.js";
import type { DeliverableDraftsTable } from "./schema.js";

/**
 * A campaign's deliverables (or one creator's), each with its latest draft and overdue flag, by due date; one page,
 * or all of them without one.
 */
export async function listDeliverables(
  db: Kysely<Database>,
  organisationId: string,
  filter: { campaignId?: string; creatorId?: string },
  page?: PageRequest,
): Promise<Page<DeliverableView>> {
  let query = db.selectFrom("deliverables").selectAll().where("organisation_id", "=", organisationId);
  if (filter.campaignId) query = query.where("campaign_id", "=", filter.campaignId);
  if (filter.creatorId) query = query.where("creator_id", "=", filter.creatorId);
  const { items: rows, nextCursor } = await keysetPage(
    query,
    [
      { by: "due_date", direction: "asc", value: (row) => row.due_date },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    page,
  );
  if (rows.length === 0) return { items: [], nextCursor };
  const drafts = await db
    .selectFrom("deliverable_drafts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where(
      "deliverable_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("version")
    .execute();
  const latest = new Map<string, DeliverableDraftsTable>();
  for (const draft of drafts) latest.set(draft.deliverable_id, draft);
  return { items: rows.map((row) => toDeliverableView(row, latest.get(row.id) ?? null)), nextCursor };
}
