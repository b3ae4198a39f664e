import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignReport } from "../reports/get-campaign-report.js";
import { bringLedgerUpToDate } from "./bring-ledger-up-to-date.js";
import type { PayoutEntriesTable, PayoutKind, PayoutStatus } from "./schema.js";

export interface PayoutEntryView {
  id: string;
  campaignId: string;
  creatorId: string;
  contractId: string;
  kind: PayoutKind;
  description: string;
  amount: number;
  currency: string;
  status: PayoutStatus;
  payableFrom: string;
  /** Not yet approvable: its trigger or lock period lies ahead. */
  locked: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  paidAt: string | null;
}

export interface CreatorBalance {
  creatorId: string;
  pending: number;
  approved: number;
  paid: number;
}

function toView(row: PayoutEntriesTable, now: string): PayoutEntryView {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    contractId: row.contract_id,
    kind: row.kind,
    description: row.description,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    payableFrom: row.payable_from,
    locked: row.payable_from > now,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    paidAt: row.paid_at,
  };
}

/**
 * The campaign's payout ledger (optionally one creator's), brought up to date first: entries by when they become
 * payable, one page or all of them without one, and every creator's balances over the whole ledger.
 */
export async function getPayoutLedger(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  options: { creatorId?: string; now?: Date; page?: PageRequest } = {},
): Promise<Page<PayoutEntryView> & { balances: CreatorBalance[] }> {
  const now = options.now ?? new Date();
  const report = await getCampaignReport(db, organisationId, campaignId, now);
  await bringLedgerUpToDate(db, organisationId, campaignId, report, now);
  let query = db
    .selectFrom("payout_entries")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId);
  if (options.creatorId) query = query.where("creator_id", "=", options.creatorId);
  const rows = await keysetPage(
    query.selectAll(),
    [
      { by: "payable_from", direction: "asc", value: (row) => row.payable_from },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    options.page,
  );
  // Balances cover the whole ledger, not the page: summed in the database.
  const sums = await query
    .select((eb) => ["creator_id", "status", eb.fn.sum<number>("amount").as("amount")])
    .where("status", "in", ["pending", "approved", "paid"])
    .groupBy(["creator_id", "status"])
    .orderBy("creator_id")
    .execute();
  const balances = new Map<string, CreatorBalance>();
  for (const sum of sums) {
    const balance = balances.get(sum.creator_id) ?? {
      creatorId: sum.creator_id,
      pending: 0,
      approved: 0,
      paid: 0,
    };
    balance[sum.status as "pending" | "approved" | "paid"] += Number(sum.amount);
    balances.set(sum.creator_id, balance);
  }
  const stamp = now.toISOString();
  return {
    items: rows.items.map((row) => toView(row, stamp)),
    nextCursor: rows.nextCursor,
    balances: [...balances.values()],
  };
}

const transitions: Record<"approve" | "pay" | "void", { from: PayoutStatus[]; to: PayoutStatus }> = {
  approve: { from: ["pending"], to: "approved" },
  pay: { from: ["approved"], to: "paid" },
  void: { from: ["pending", "approved"], to: "void" },
};

/** pending → approved (once payable) → paid, or void before payment; who approved is recorded. Run in a transaction. */
export async function changePayoutStatus(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  entryId: string,
  action: "approve" | "pay" | "void",
  now = new Date(),
): Promise<PayoutEntryView> {
  const row = await db
    .selectFrom("payout_entries")
    .selectAll()
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", entryId)
    .executeTakeFirst();
  if (!row) throw notFound("Payout entry");
  const rule = transitions[action];
  if (!rule.from.includes(row.status))
    throw new AppError(
      "conflict",
      `A ${row.status} entry cannot be ${rule.to === "paid" ? "marked paid" : `${rule.to}d`}; it must be ${rule.from.join(" or ")}.`,
    );
  const stamp = now.toISOString();
  if (action === "approve" && row.payable_from > stamp)
    throw new AppError(
      "conflict",
      `Not payable before ${row.payable_from}: ${row.kind === "commission" ? "the refund lock period has not ended" : "its trigger has not happened"}.`,
    );
  const changes =
    action === "approve"
      ? { status: rule.to, approved_by: ctx.actor.label, approved_at: stamp, updated_at: nowIso() }
      : action === "pay"
        ? { status: rule.to, paid_at: stamp, updated_at: nowIso() }
        : { status: rule.to, updated_at: nowIso() };
  await db.updateTable("payout_entries").set(changes).where("id", "=", entryId).execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: `payout.${action === "pay" ? "paid" : `${action}d`}`,
    targetType: "payout_entry",
    targetId: entryId,
    details: { amount: row.amount, currency: row.currency, kind: row.kind },
  });
  return toView({ ...row, ...changes } as PayoutEntriesTable, stamp);
}
