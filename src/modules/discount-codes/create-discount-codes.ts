import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { OrgAuth } from "../../http/auth.js";
import { AppError, invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import {
  assertCodePrefix,
  assertImportedCode,
  codeKey,
  generateDiscountCode,
} from "./discount-code-format.js";
import { type DiscountCodeView, toDiscountCodeView } from "./discount-code-view.js";
import type { DiscountCodesTable, DiscountValueType } from "./schema.js";

export interface DiscountValue {
  valueType: DiscountValueType;
  /** Percent codes: a fraction in (0, 1]. Fixed codes: minor units of the campaign currency. */
  value: number;
}

export interface DiscountCodeItem extends DiscountValue {
  creatorId: string;
  /** Given: imported as is. Absent: generated. */
  code?: string;
  prefix?: string;
}

function valueColumns(value: DiscountValue, field: string) {
  if (value.valueType === "percent") {
    if (!(value.value > 0 && value.value <= 1))
      throw invalidField(field, "a percent value is a fraction between 0 and 1 (0.15 = 15%)");
    return { percent_off: value.value, amount_off: null };
  }
  if (!Number.isInteger(value.value) || value.value <= 0)
    throw invalidField(field, "a fixed value is a positive whole number of minor units (1000 = 10.00)");
  return { percent_off: null, amount_off: value.value };
}

/**
 * Creates or imports discount codes for creators in a campaign, all or none. Codes are unique per organisation,
 * case-insensitively; a generated code that collides is drawn again, an imported one that collides is refused.
 */
export async function createDiscountCodes(
  db: Kysely<Database>,
  auth: Pick<OrgAuth, "organisationId" | "actor">,
  campaignId: string,
  items: DiscountCodeItem[],
): Promise<DiscountCodeView[]> {
  const members = new Map<string, Awaited<ReturnType<typeof getCampaignCreator>>>();
  for (const item of items)
    if (!members.has(item.creatorId))
      members.set(
        item.creatorId,
        await getCampaignCreator(db, auth.organisationId, campaignId, item.creatorId),
      );

  const seen = new Set<string>();
  const prepared = items.map((item, index) => {
    const field = items.length > 1 ? `items.${index}` : "";
    const at = (name: string) => (field ? `${field}.${name}` : name);
    const imported = item.code === undefined ? null : assertImportedCode(item.code, at("code"));
    if (imported) {
      if (seen.has(codeKey(imported))) throw invalidField(at("code"), "appears twice in this request");
      seen.add(codeKey(imported));
    }
    return {
      item,
      imported,
      prefix: item.prefix === undefined ? undefined : assertCodePrefix(item.prefix),
      value: valueColumns(item, at("value")),
      currency: members.get(item.creatorId)?.currency ?? "",
      at,
    };
  });

  return inTransaction(db, async (trx) => {
    const created: DiscountCodeView[] = [];
    for (const entry of prepared) {
      for (let attempt = 0; ; attempt++) {
        const code = entry.imported ?? generateDiscountCode(entry.prefix);
        const row: DiscountCodesTable = {
          id: newId(),
          organisation_id: auth.organisationId,
          campaign_id: campaignId,
          creator_id: entry.item.creatorId,
          code,
          code_key: codeKey(code),
          value_type: entry.item.valueType,
          ...entry.value,
          currency: entry.currency,
          source: entry.imported ? "imported" : "generated",
          created_at: nowIso(),
        };
        const inserted = await trx
          .insertInto("discount_codes")
          .values(row)
          .onConflict((oc) => oc.columns(["organisation_id", "code_key"]).doNothing())
          .returning("id")
          .executeTakeFirst();
        if (inserted) {
          created.push(toDiscountCodeView(row));
          break;
        }
        if (entry.imported)
          throw new AppError("conflict", `The code "${code}" already exists in this organisation.`, {
            errors: [{ field: entry.at("code"), message: "already exists" }],
          });
        if (attempt >= 9) throw new AppError("conflict", "Could not draw a free code; use another prefix.");
      }
    }
    await recordAuditEvent(trx, {
      organisationId: auth.organisationId,
      actor: auth.actor,
      action: "discount_codes.created",
      targetType: "campaign",
      targetId: campaignId,
      details: { count: created.length, codes: created.slice(0, 50).map((c) => c.code) },
    });
    return created;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A discount code already exists.");
    throw error;
  });
}
