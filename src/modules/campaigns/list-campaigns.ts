import { type Kysely, sql } from "kysely";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type CampaignView, loadKpis, toCampaignView } from "./campaign-view.js";
import type { Stage } from "./stages.js";

export interface CampaignListItem extends CampaignView {
  creatorsByStage: Partial<Record<Stage, number>>;
}

export type CampaignStatusFilter = "active" | "archived" | "all";

/**
 * Newest first, with how many creators sit in each pipeline stage; one page, or every campaign without one.
 * Every campaign, archived ones too, unless `status` narrows it (the list page hides archived ones by default).
 */
export async function listCampaigns(
  db: Kysely<Database>,
  organisationId: string,
  page?: PageRequest,
  status: CampaignStatusFilter = "all",
): Promise<Page<CampaignListItem>> {
  let query = db.selectFrom("campaigns").selectAll().where("organisation_id", "=", organisationId);
  if (status === "active") query = query.where("archived_at", "is", null);
  if (status === "archived") query = query.where("archived_at", "is not", null);
  const { items: rows, nextCursor } = await keysetPage(query, newestFirst(), page);
  const ids = rows.map((r) => r.id);
  const kpis = await loadKpis(db, organisationId, ids);
  const counts =
    ids.length === 0
      ? []
      : await db
          .selectFrom("campaign_creators")
          .select(["campaign_id", "stage", sql<number>`count(*)`.as("n")])
          .where("organisation_id", "=", organisationId)
          .where("campaign_id", "in", ids)
          .groupBy(["campaign_id", "stage"])
          .execute();
  const items = rows.map((row) => {
    const creatorsByStage: Partial<Record<Stage, number>> = {};
    for (const c of counts) if (c.campaign_id === row.id) creatorsByStage[c.stage as Stage] = Number(c.n);
    return { ...toCampaignView(row, kpis.get(row.id) ?? []), creatorsByStage };
  });
  return { items, nextCursor };
}
