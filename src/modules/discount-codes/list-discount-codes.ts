import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { codeKey } from "./discount-code-format.js";
import { type DiscountCodeView, toDiscountCodeView } from "./discount-code-view.js";

export async function listDiscountCodes(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId?: string,
): Promise<DiscountCodeView[]> {
  await getCampaign(db, organisationId, campaignId);
  const rows = await db
    .selectFrom("discount_codes")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .$if(Boolean(creatorId), (q) => q.where("creator_id", "=", creatorId as string))
    .orderBy("code_key")
    .execute();
  return rows.map(toDiscountCodeView);
}

/** The organisation's codes among those an order carried (case-insensitive), in the order's order. */
export async function findDiscountCodes(
  db: Kysely<Database>,
  organisationId: string,
  codes: string[],
): Promise<DiscountCodeView[]> {
  const keys = [...new Set(codes.map(codeKey).filter(Boolean))];
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("discount_codes")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("code_key", "in", keys)
    .execute();
  const byKey = new Map(rows.map((r) => [r.code_key, r]));
  return keys.flatMap((key) => {
    const row = byKey.get(key);
    return row ? [toDiscountCodeView(row)] : [];
  });
}
