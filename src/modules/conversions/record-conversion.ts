import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import { awaitLateClicks } from "./attribute-late-clicks.js";
import { type ConversionView, findConversionRow, toConversionView } from "./conversion-view.js";
import { conversionClickIds, findAttribution, type WriteAnsweredClicks } from "./find-attribution.js";
import type { ConversionSource, ConversionsTable, ConversionType } from "./schema.js";

export interface ConversionInput {
  type?: ConversionType;
  orderId: string;
  occurredAt: string;
  /** Minor units, after discounts, excluding tax and shipping. */
  amount?: number | null;
  currency?: string | null;
  customerId?: string | null;
  isNewCustomer?: boolean | null;
  discountCodes?: string[];
  clickId?: string | null;
  landingUrl?: string | null;
}

function validate(input: ConversionInput): { type: ConversionType; occurredAt: string } {
  const type = input.type ?? "order";
  const at = Date.parse(input.occurredAt);
  if (Number.isNaN(at)) throw invalidField("occurredAt", "must be an ISO-8601 time");
  if (type === "order" && (input.amount === undefined || input.amount === null))
    throw invalidField("amount", "an order needs an amount in minor units");
  if (input.amount !== undefined && input.amount !== null) {
    if (!Number.isSafeInteger(input.amount) || input.amount < 0)
      throw invalidField("amount", "must be a whole, non-negative number of minor units");
    if (!input.currency) throw invalidField("currency", "an amount needs its currency");
  }
  return { type, occurredAt: new Date(at).toISOString() };
}

/**
 * Records an order or lead once per (organisation, orderId) and attributes it (M11). A repeat — even one racing the
 * first — changes nothing and comes back with `duplicate: true`. Unknown codes and stale or foreign click ids are
 * kept on the record but leave it unattributed rather than failing it. A click answered by this process is written
 * before the look-up (`writeAnsweredClicks`); one answered by another process and not stored yet is attributed by a
 * job once it is (attribute-late-clicks.ts), so every click answered before the conversion arrived counts.
 */
export async function recordConversion(
  db: Kysely<Database>,
  organisationId: string,
  input: ConversionInput,
  source: ConversionSource,
  writeAnsweredClicks?: WriteAnsweredClicks,
): Promise<{ conversion: ConversionView; duplicate: boolean }> {
  const { type, occurredAt } = validate(input);
  const discountCodes = [...new Set((input.discountCodes ?? []).map((c) => c.trim()).filter(Boolean))];

  const clickIds = conversionClickIds(input.clickId, input.landingUrl);
  const { attribution, awaitedClickIds } = await findAttribution(
    db,
    organisationId,
    { occurredAt, discountCodes, clickIds },
    writeAnsweredClicks,
  );

  const row: ConversionsTable = {
    id: newId(),
    organisation_id: organisationId,
    order_id: input.orderId,
    type,
    source,
    occurred_at: occurredAt,
    amount: input.amount ?? null,
    refunded_amount: 0,
    currency: input.currency ? input.currency.toUpperCase() : null,
    customer_id: input.customerId ?? null,
    is_new_customer:
      input.isNewCustomer === undefined || input.isNewCustomer === null ? null : input.isNewCustomer ? 1 : 0,
    discount_codes: JSON.stringify(discountCodes),
    click_id: clickIds[0] ?? null,
    landing_url: input.landingUrl ?? null,
    attribution: attribution.reason,
    campaign_id: attribution.campaignId,
    creator_id: attribution.creatorId,
    discount_code_id: attribution.discountCodeId,
    attributed_click_id: attribution.clickId,
    link_id: attribution.linkId,
    conflicting_creator_id: attribution.conflictingCreatorId,
    created_at: nowIso(),
    // A shop's page reports with a public key anyone can read, so its orders wait for a server-side source or a person.
    verified_at: source === "storefront" ? null : nowIso(),
    verified_by: source === "storefront" ? null : source,
  };
  // The unique (organisation, order) key settles concurrent duplicates: exactly one insert wins. The look-up of a
  // click still on its way is stored with the conversion it follows.
  const inserted = await inTransaction(db, async (trx) => {
    const id = await trx
      .insertInto("conversions")
      .values(row)
      .onConflict((oc) => oc.columns(["organisation_id", "order_id"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (id && awaitedClickIds.length > 0) await awaitLateClicks(trx, organisationId, row.id);
    return id;
  });
  if (inserted) return { conversion: toConversionView(row), duplicate: false };
  const existing = await findConversionRow(db, organisationId, input.orderId);
  if (existing.verified_at === null && row.verified_at !== null) {
    // The shop's own server confirms an order its page reported first: its facts replace the page's, which anyone
    // could have written. Only the first confirmation does so (the unverified row is the condition).
    const {
      id: _id,
      organisation_id: _organisation,
      order_id: _order,
      created_at: _created,
      refunded_amount: _refunded,
      ...facts
    } = row;
    const confirmed = await inTransaction(db, async (trx) => {
      const updated = await trx
        .updateTable("conversions")
        .set(facts)
        .where("id", "=", existing.id)
        .where("verified_at", "is", null)
        .returningAll()
        .executeTakeFirst();
      if (updated && awaitedClickIds.length > 0) await awaitLateClicks(trx, organisationId, existing.id);
      return updated;
    });
    if (confirmed) return { conversion: toConversionView(confirmed), duplicate: false };
  }
  return {
    conversion: toConversionView(await findConversionRow(db, organisationId, input.orderId)),
    duplicate: true,
  };
}
