import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { toCsv } from "../../http/csv.js";
import { getPayoutLedger } from "./payout-ledger.js";

/** The campaign's payout ledger as CSV, one row per entry; amounts in minor units of their currency. */
export async function exportPayoutsCsv(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<string> {
  const { items: entries } = await getPayoutLedger(db, organisationId, campaignId);
  return toCsv(
    [
      "entry_id",
      "creator_id",
      "kind",
      "description",
      "amount_minor",
      "currency",
      "status",
      "payable_from",
      "approved_by",
      "approved_at",
      "paid_at",
    ],
    entries.map((e) => [
      e.id,
      e.creatorId,
      e.kind,
      e.description,
      e.amount,
      e.currency,
      e.status,
      e.payableFrom,
      e.approvedBy,
      e.approvedAt,
      e.paidAt,
    ]),
  );
}
