import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { assertCurrency, assertDateOrder, type CampaignInput, normaliseProfile } from "./campaign-input.js";
import { type CampaignView, findCampaignRow } from "./campaign-view.js";
import { replaceKpis } from "./create-campaign.js";
import { getCampaign } from "./get-campaign.js";

/**
 * Changes what is given; `kpis`, when given, replaces the whole list. `archived` puts the campaign away (hidden from
 * the list by default, every figure kept) or brings it back.
 */
export async function updateCampaign(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  input: Partial<CampaignInput> & { archived?: boolean },
): Promise<CampaignView> {
  return inTransaction(db, async (trx) => {
    const row = await findCampaignRow(trx, ctx.organisationId, campaignId);
    const startDate = input.startDate ?? row.start_date;
    const endDate = input.endDate ?? row.end_date;
    assertDateOrder(startDate, endDate);
    if (input.currency !== undefined) assertCurrency("currency", input.currency);
    if (input.currency !== undefined && input.currency !== row.currency) {
      // Campaign-level costs are in the campaign's currency and never converted (M8): they would no longer add up.
      const cost = await trx
        .selectFrom("campaign_costs")
        .select("id")
        .where("organisation_id", "=", ctx.organisationId)
        .where("campaign_id", "=", campaignId)
        .executeTakeFirst();
      if (cost)
        throw invalidField(
          "currency",
          `the campaign has costs entered in ${row.currency}; remove them before changing its currency`,
        );
    }
    if (input.budget != null && (!Number.isInteger(input.budget) || input.budget < 0))
      throw invalidField("budget", "money is a whole number of minor units, zero or more");
    if (input.name !== undefined && !input.name.trim()) throw invalidField("name", "must not be empty");
    if (
      input.attributionWindowDays !== undefined &&
      (!Number.isInteger(input.attributionWindowDays) ||
        input.attributionWindowDays < 1 ||
        input.attributionWindowDays > 365)
    )
      throw invalidField("attributionWindowDays", "must be a whole number of days from 1 to 365");
    await trx
      .updateTable("campaigns")
      .set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.brand !== undefined ? { brand: input.brand.trim() || row.brand } : {}),
        ...(input.goal !== undefined ? { goal: input.goal } : {}),
        start_date: startDate,
        end_date: endDate,
        ...(input.currency !== undefined ? { currency: input.currency } : {}),
        ...(input.budget !== undefined ? { budget: input.budget } : {}),
        ...(input.attributionWindowDays !== undefined
          ? { attribution_window_days: input.attributionWindowDays }
          : {}),
        ...(input.idealCustomerProfile !== undefined
          ? { ideal_customer_profile: JSON.stringify(normaliseProfile(input.idealCustomerProfile)) }
          : {}),
        ...(input.competitorBrands !== undefined
          ? { competitor_brands: JSON.stringify([...new Set(input.competitorBrands.map((b) => b.trim()))]) }
          : {}),
        ...(input.archived !== undefined
          ? { archived_at: input.archived ? (row.archived_at ?? nowIso()) : null }
          : {}),
        updated_at: nowIso(),
      })
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", campaignId)
      .execute();
    if (input.kpis !== undefined) await replaceKpis(trx, ctx.organisationId, campaignId, input.kpis);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action:
        input.archived === undefined || Object.keys(input).length > 1
          ? "campaign.updated"
          : input.archived
            ? "campaign.archived"
            : "campaign.unarchived",
      targetType: "campaign",
      targetId: campaignId,
      details: { fields: Object.keys(input) },
    });
    return getCampaign(trx, ctx.organisationId, campaignId);
  });
}
