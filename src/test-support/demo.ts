import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { demoOrganisationSlug, seedDemo } from "../demo/seed-demo.js";
import { type CampaignListItem, listCampaigns } from "../modules/campaigns/list-campaigns.js";

/**
 * The demo workspace with 300 creators and the measured campaign's light traffic, as the demo tests need it: the
 * brand's id and its measured campaign ("Summer Summit Series").
 */
export async function seedLightDemo(
  db: Kysely<Database>,
): Promise<{ organisationId: string; measured: CampaignListItem }> {
  await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
  const org = await db
    .selectFrom("organisations")
    .select("id")
    .where("slug", "=", demoOrganisationSlug)
    .executeTakeFirstOrThrow();
  const measured = (await listCampaigns(db, org.id)).items.find((c) => c.name === "Summer Summit Series");
  if (!measured) throw new Error("the demo has no measured campaign");
  return { organisationId: org.id, measured };
}
