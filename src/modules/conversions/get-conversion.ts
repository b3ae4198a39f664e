import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type ConversionView, findConversionRow, toConversionView } from "./conversion-view.js";

export interface RefundView {
  id: string;
  refundId: string | null;
  /** Minor units of the conversion's currency. */
  amount: number;
  occurredAt: string;
  createdAt: string;
}

/** One conversion with every refund recorded against it, oldest first. */
export async function getConversion(
  db: Kysely<Database>,
  organisationId: string,
  orderId: string,
): Promise<ConversionView & { refunds: RefundView[] }> {
  const row = await findConversionRow(db, organisationId, orderId);
  const refunds = await db
    .selectFrom("conversion_refunds")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("conversion_id", "=", row.id)
    .orderBy("occurred_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return {
    ...toConversionView(row),
    refunds: refunds.map((r) => ({
      id: r.id,
      refundId: r.refund_key,
      amount: r.amount,
      occurredAt: r.occurred_at,
      createdAt: r.created_at,
    })),
  };
}
