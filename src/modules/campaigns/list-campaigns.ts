import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import { type CampaignView, loadKpis, toCampaignView } from "./campaign-view.js";
import type { Stage } from "./stages.js";

export interface CampaignListItem extends CampaignView {
  creatorsByStage: Partial<Record<Stage, number>>;
}

/** Newest first, with how many creators sit in each pipeline stage. */
export async function listCampaigns(
  db: Kysely<Database>,
  organisationId: string,
): Promise<CampaignListItem[]> {
  const rows = await db
    .selectFrom("campaigns")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
    .execute();
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
  return rows.map((row) => {
    const creatorsByStage: Partial<Record<Stage, number>> = {};
    for (const c of counts) if (c.campaign_id === row.id) creatorsByStage[c.stage as Stage] = Number(c.n);
    return { ...toCampaignView(row, kpis.get(row.id) ?? []), creatorsByStage };
  });
}
