import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { codeKey } from "./discount-code-format.js";
import { type DiscountCodeView, toDiscountCodeView } from "./discount-code-view.js";

/** A campaign's codes (optionally one creator's) by code; one page, or all of them without one. */
export async function listDiscountCodes(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId?: string,
  page?: PageRequest,
): Promise<Page<DiscountCodeView>> {
  await getCampaign(db, organisationId, campaignId);
  const rows = await keysetPage(
    db
      .selectFrom("discount_codes")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("campaign_id", "=", campaignId)
      .$if(Boolean(creatorId), (q) => q.where("creator_id", "=", creatorId as string)),
    [
      { by: "code_key", direction: "asc", value: (row) => row.code_key },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    page,
  );
  return { items: rows.items.map(toDiscountCodeView), nextCursor: rows.nextCursor };
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

/** The code a creator shares for a campaign: the first one issued to them (by code), or null when none was. */
export async function findCreatorDiscountCode(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
): Promise<DiscountCodeView | null> {
  const row = await db
    .selectFrom("discount_codes")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "=", creatorId)
    .orderBy("created_at", "asc")
    .orderBy("code_key", "asc")
    .limit(1)
    .executeTakeFirst();
  return row ? toDiscountCodeView(row) : null;
}
