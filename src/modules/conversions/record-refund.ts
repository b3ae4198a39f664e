import { type Kysely, sql } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { type ConversionView, findConversionRow, toConversionView } from "./conversion-view.js";

export interface RefundInput {
  /** Minor units of the conversion's currency. */
  amount: number;
  occurredAt: string;
  /** The shop's refund id: the same refund sent twice is recorded once. */
  refundId?: string | null;
}

/**
 * Reverses revenue, partly or fully (M11). Refunds never exceed what is left, even when two race: the running total
 * is raised only while it stays within the amount. Commission reversal and clawback follow from the net amount.
 */
export async function recordRefund(
  db: Kysely<Database>,
  organisationId: string,
  orderId: string,
  input: RefundInput,
): Promise<{ conversion: ConversionView; duplicate: boolean }> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw invalidField("amount", "must be a positive whole number of minor units");
  const at = Date.parse(input.occurredAt);
  if (Number.isNaN(at)) throw invalidField("occurredAt", "must be an ISO-8601 time");
  const refundKey = input.refundId ?? null;
  try {
    await inTransaction(db, async (trx) => {
      const conversion = await findConversionRow(trx, organisationId, orderId);
      if (conversion.amount === null)
        throw new AppError("conflict", "This conversion has no amount to refund.", {
          errors: [{ field: "amount", message: "the conversion carries no revenue" }],
        });
      if (refundKey) {
        const seen = await trx
          .selectFrom("conversion_refunds")
          .select("id")
          .where("organisation_id", "=", organisationId)
          .where("refund_key", "=", refundKey)
          .executeTakeFirst();
        if (seen) throw new DuplicateRefund();
      }
      await trx
        .insertInto("conversion_refunds")
        .values({
          id: newId(),
          organisation_id: organisationId,
          conversion_id: conversion.id,
          refund_key: refundKey,
          amount: input.amount,
          occurred_at: new Date(at).toISOString(),
          created_at: nowIso(),
        })
        .execute();
      const updated = await trx
        .updateTable("conversions")
        .set({ refunded_amount: sql`refunded_amount + ${input.amount}` })
        .where("id", "=", conversion.id)
        .where(sql<boolean>`refunded_amount + ${input.amount} <= amount`)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new AppError("conflict", "The refund is larger than what is left of the order.", {
          errors: [{ field: "amount", message: "exceeds the amount not yet refunded" }],
        });
    });
  } catch (error) {
    if (!(error instanceof DuplicateRefund) && !(refundKey && isUniqueViolation(error))) throw error;
    return {
      conversion: toConversionView(await findConversionRow(db, organisationId, orderId)),
      duplicate: true,
    };
  }
  return {
    conversion: toConversionView(await findConversionRow(db, organisationId, orderId)),
    duplicate: false,
  };
}

class DuplicateRefund extends Error {}
