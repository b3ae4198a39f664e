import { invalidField } from "../../http/errors.js";
import type { Bonus, CommissionTerms, Compensation, OfferTerms } from "./offer-terms.js";

/**
 * Compensation arithmetic, all in integer minor units of the campaign currency. Rates are fractions; they are turned
 * into parts per million once, so no float ever touches an amount. Rounding happens only in `commissionOn` (half away
 * from zero, per order line or revenue total) and in `splitBySchedule` (largest remainder).
 */

const ppm = 1_000_000n;

function toPartsPerMillion(rate: number): bigint {
  return BigInt(Math.round(rate * 1_000_000));
}

/** Commission owed on attributed sales (M7): net revenue × rate, or a fixed amount per order. Negative on net refunds. */
export function commissionOn(
  commission: CommissionTerms,
  sales: { netRevenue: number; orders: number },
): number {
  if (commission.basis === "fixed_per_order") return (commission.perOrder ?? 0) * sales.orders;
  const product = BigInt(sales.netRevenue) * toPartsPerMillion(commission.rate ?? 0);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  const rounded = (magnitude + ppm / 2n) / ppm;
  return Number(rounded * sign);
}

export interface Installment {
  trigger: "on_signing" | "on_approval" | "on_live";
  amount: number;
}

/**
 * Splits a fee by its schedule's shares. Each installment gets the floor of its share; the minor units left over go
 * one each to the installments with the largest remainders (the earlier one on a tie), so the parts always add up.
 */
export function splitBySchedule(
  amount: number,
  schedule: Array<{ trigger: Installment["trigger"]; share: number }>,
) {
  const parts = schedule.map((step, index) => {
    const exact = BigInt(amount) * toPartsPerMillion(step.share);
    return { index, trigger: step.trigger, floor: exact / ppm, remainder: exact % ppm };
  });
  let left = BigInt(amount) - parts.reduce((sum, p) => sum + p.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (left <= 0n) break;
    part.floor += 1n;
    left -= 1n;
  }
  return parts.map((p): Installment => ({ trigger: p.trigger, amount: Number(p.floor) }));
}

/** Bonuses earned: each bonus whose metric reached its threshold. */
export function bonusesEarned(bonuses: Bonus[], results: Partial<Record<Bonus["metric"], number>>): number {
  return bonuses.reduce((sum, b) => ((results[b.metric] ?? 0) >= b.threshold ? sum + b.amount : sum), 0);
}

/** Retail value of seeded products (M7 counts seeding at retail value by default). */
export function productValue(compensation: Compensation): number {
  if (compensation.model !== "product_seeding") return 0;
  return compensation.products.reduce((sum, p) => sum + p.retailValue * p.quantity, 0);
}

export function fixedFee(compensation: Compensation): number {
  if (compensation.model === "flat_fee") return compensation.amount;
  if (compensation.model === "hybrid") return compensation.fee.amount;
  return 0;
}

/** What signing commits to spend regardless of results: fixed fees plus product value. */
export function committedAmount(compensation: Compensation): number {
  return fixedFee(compensation) + productValue(compensation);
}

/** The most the performance bonuses can add. */
export function maximumBonus(compensation: Compensation): number {
  return compensation.model === "hybrid" ? compensation.bonuses.reduce((sum, b) => sum + b.amount, 0) : 0;
}

export interface CollaborationResults {
  netRevenue: number;
  orders: number;
  metrics?: Partial<Record<Bonus["metric"], number>>;
}

/** Cost of the creator in the campaign (M7) under these terms, given what the collaboration achieved. */
export function costOfCreator(compensation: Compensation, results: CollaborationResults): number {
  switch (compensation.model) {
    case "flat_fee":
      return compensation.amount;
    case "product_seeding":
      return productValue(compensation);
    case "affiliate":
      return commissionOn(compensation, results);
    case "hybrid":
      return (
        compensation.fee.amount +
        commissionOn(compensation.commission, results) +
        bonusesEarned(compensation.bonuses, results.metrics ?? {})
      );
  }
}

function assertCommission(field: string, commission: CommissionTerms): void {
  if (commission.basis === "percent_of_net_revenue" && commission.rate == null)
    throw invalidField(`${field}.rate`, "a percent-of-revenue commission needs a rate");
  if (commission.basis === "fixed_per_order" && commission.perOrder == null)
    throw invalidField(`${field}.perOrder`, "a per-order commission needs an amount per order");
}

function assertSchedule(field: string, schedule: Array<{ trigger: string; share: number }>): void {
  const total = schedule.reduce((sum, s) => sum + Math.round(s.share * 1_000_000), 0);
  if (total !== 1_000_000) throw invalidField(field, "the shares must add up to 1 (100%)");
  if (new Set(schedule.map((s) => s.trigger)).size !== schedule.length)
    throw invalidField(field, "each payment trigger appears once");
}

/** Rules the schema cannot state: schedules add up, commissions have their number, drafts come before due dates. */
export function assertOfferTerms(terms: OfferTerms, campaign: { startDate: string }): void {
  terms.deliverables.forEach((d, index) => {
    if (d.draftDueDate && d.draftDueDate > d.dueDate)
      throw invalidField(`terms.deliverables.${index}.draftDueDate`, "must be on or before dueDate");
    if (d.dueDate < campaign.startDate)
      throw invalidField(
        `terms.deliverables.${index}.dueDate`,
        "must be on or after the campaign's start date",
      );
  });
  const c = terms.compensation;
  if (c.model === "flat_fee") assertSchedule("terms.compensation.schedule", c.schedule);
  if (c.model === "affiliate") assertCommission("terms.compensation", c);
  if (c.model === "hybrid") {
    assertSchedule("terms.compensation.fee.schedule", c.fee.schedule);
    assertCommission("terms.compensation.commission", c.commission);
  }
  if (terms.collaborationType === "affiliate" && c.model !== "affiliate" && c.model !== "hybrid")
    throw invalidField("terms.compensation.model", "an affiliate collaboration is paid by commission");
}
