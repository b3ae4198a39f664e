import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getOrganisation } from "../organisations/organisations.js";
import { slugify } from "../organisations/slug.js";
import {
  assertCurrency,
  assertDateOrder,
  assertKpis,
  type CampaignInput,
  type KpiInput,
  normaliseProfile,
} from "./campaign-input.js";
import type { CampaignView } from "./campaign-view.js";
import { getCampaign } from "./get-campaign.js";

export const defaultAttributionWindowDays = 30;

async function freeSlug(db: Kysely<Database>, organisationId: string, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await db
        .selectFrom("campaigns")
        .select("slug")
        .where("organisation_id", "=", organisationId)
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function replaceKpis(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  kpis: KpiInput[],
): Promise<void> {
  assertKpis(kpis);
  await db.deleteFrom("campaign_kpis").where("campaign_id", "=", campaignId).execute();
  if (kpis.length === 0) return;
  await db
    .insertInto("campaign_kpis")
    .values(
      kpis.map((kpi, position) => ({
        id: newId(),
        organisation_id: organisationId,
        campaign_id: campaignId,
        position,
        metric: kpi.metric,
        comparison: kpi.comparison,
        target: kpi.target,
      })),
    )
    .execute();
}

export async function createCampaign(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: CampaignInput,
): Promise<CampaignView> {
  const name = input.name.trim();
  if (!name) throw invalidField("name", "must not be empty");
  assertDateOrder(input.startDate, input.endDate);
  assertCurrency("currency", input.currency);
  if (input.budget != null && (!Number.isInteger(input.budget) || input.budget < 0))
    throw invalidField("budget", "money is a whole number of minor units, zero or more");
  const window = input.attributionWindowDays ?? defaultAttributionWindowDays;
  if (!Number.isInteger(window) || window < 1 || window > 365)
    throw invalidField("attributionWindowDays", "must be a whole number of days from 1 to 365");
  const profile = normaliseProfile(input.idealCustomerProfile);
  return inTransaction(db, async (trx) => {
    const brand = input.brand?.trim() || (await getOrganisation(trx, ctx.organisationId)).name;
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto("campaigns")
      .values({
        id,
        organisation_id: ctx.organisationId,
        slug: await freeSlug(trx, ctx.organisationId, name),
        name,
        brand,
        goal: input.goal,
        start_date: input.startDate,
        end_date: input.endDate,
        currency: input.currency,
        budget: input.budget ?? null,
        attribution_window_days: window,
        ideal_customer_profile: JSON.stringify(profile),
        competitor_brands: JSON.stringify([...new Set((input.competitorBrands ?? []).map((b) => b.trim()))]),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await replaceKpis(trx, ctx.organisationId, id, input.kpis ?? []);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.created",
      targetType: "campaign",
      targetId: id,
      details: { name, goal: input.goal },
    });
    return getCampaign(trx, ctx.organisationId, id);
  });
}
