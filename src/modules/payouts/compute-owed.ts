import { dayMs, dayOf } from "../../shared/time.js";
import { bonusesEarned, commissionOn } from "../contracts/compensation.js";
import type { ContractView } from "../contracts/offer-view.js";
import type { PayoutKind } from "./schema.js";

export interface OwedEntry {
  kind: PayoutKind;
  sourceKey: string;
  description: string;
  amount: number;
  payableFrom: string;
}

export interface CollaborationFacts {
  /** When the creator's contract took effect: its first version's acceptance (an amendment keeps that day). */
  tookEffectAt: string;
  /** When the creator's first post for the campaign went live; null while none has. */
  firstLiveAt: string | null;
  orders: Array<{ conversionId: string; occurredAt: string; netAmount: number }>;
  metrics: Partial<
    Record<"impressions" | "reach" | "views" | "engagements" | "clicks" | "conversions" | "leads", number>
  >;
}

/** Commissions wait this long after the order, so refunds land before money moves (issue 7's lock period). */
export const defaultLockDays = 30;

const triggerLabels = {
  on_signing: "on signing",
  on_approval: "on content approval",
  on_live: "on going live",
} as const;

/**
 * What a contract says the creator is owed so far (M7, M11), one entry per fee installment whose trigger happened,
 * per attributed order dated on or after the contract took effect (commission, net of refunds; M13 Commissions:
 * compared by UTC day, so an order on the day of signing earns it) and per bonus whose threshold was crossed. Content approval is
 * taken as happened once the content is live: nothing goes live unapproved.
 */
export function computeOwed(
  contract: ContractView,
  facts: CollaborationFacts,
  now: Date,
  lockDays = defaultLockDays,
): OwedEntry[] {
  const owed: OwedEntry[] = [];
  const triggeredAt = {
    on_signing: contract.acceptedAt,
    on_approval: facts.firstLiveAt,
    on_live: facts.firstLiveAt,
  };
  for (const installment of contract.installments) {
    const at = triggeredAt[installment.trigger];
    if (!at || installment.amount === 0) continue;
    owed.push({
      kind: "fee",
      sourceKey: `fee:${contract.id}:${installment.trigger}`,
      description: `Fee ${triggerLabels[installment.trigger]}`,
      amount: installment.amount,
      payableFrom: at,
    });
  }
  const compensation = contract.terms.compensation;
  const commission =
    compensation.model === "affiliate"
      ? compensation
      : compensation.model === "hybrid"
        ? compensation.commission
        : null;
  if (commission) {
    const effectiveDay = dayOf(facts.tookEffectAt);
    for (const order of facts.orders.filter((o) => dayOf(o.occurredAt) >= effectiveDay)) {
      const amount = commissionOn(commission, {
        netRevenue: order.netAmount,
        orders: order.netAmount > 0 ? 1 : 0,
      });
      owed.push({
        kind: "commission",
        sourceKey: `commission:${order.conversionId}`,
        description: `Commission on order of ${order.occurredAt.slice(0, 10)}`,
        amount,
        payableFrom: new Date(Date.parse(order.occurredAt) + lockDays * dayMs).toISOString(),
      });
    }
  }
  if (compensation.model === "hybrid") {
    for (const bonus of compensation.bonuses) {
      if (bonusesEarned([bonus], facts.metrics) === 0) continue;
      owed.push({
        kind: "bonus",
        sourceKey: `bonus:${contract.id}:${bonus.metric}:${bonus.threshold}`,
        description: `Bonus: ${bonus.metric} reached ${bonus.threshold}`,
        amount: bonus.amount,
        payableFrom: now.toISOString(),
      });
    }
  }
  return owed;
}
