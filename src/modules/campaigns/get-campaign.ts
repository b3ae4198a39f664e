import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type CampaignView, findCampaignRow, loadKpis, toCampaignView } from "./campaign-view.js";

export async function getCampaign(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignView> {
  const row = await findCampaignRow(db, organisationId, campaignId);
  const kpis = await loadKpis(db, organisationId, [row.id]);
  return toCampaignView(row, kpis.get(row.id) ?? []);
}
