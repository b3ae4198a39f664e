import { describe, expect, it } from "vitest";
import {
  bonusesEarned,
  commissionOn,
  committedAmount,
  costOfCreator,
  maximumBonus,
  splitBySchedule,
} from "./compensation.js";
import { compensationSchema } from "./offer-terms.js";

const hybrid = compensationSchema.parse({
  model: "hybrid",
  fee: { amount: 100_000, schedule: [{ trigger: "on_signing", share: 1 }] },
  commission: { basis: "percent_of_net_revenue", rate: 0.125, attributionWindowDays: 30, cookie: true },
  bonuses: [
    { metric: "conversions", threshold: 100, amount: 25_000 },
    { metric: "impressions", threshold: 1_000_000, amount: 50_000 },
  ],
});

describe("compensation arithmetic in integer minor units", () => {
  it("rounds a percentage commission half away from zero, exactly, also on refunds", () => {
    const commission = {
      basis: "percent_of_net_revenue" as const,
      rate: 0.125,
      attributionWindowDays: 30,
      cookie: true,
    };
    expect(commissionOn(commission, { netRevenue: 19_999, orders: 3 })).toBe(2_500); // 2,499.875
    expect(commissionOn(commission, { netRevenue: 4, orders: 1 })).toBe(1); // 0.5 rounds up
    expect(commissionOn(commission, { netRevenue: -4, orders: 1 })).toBe(-1);
    // 0.145 is not exact in binary; parts per million keep 1,000 × 14.5% at 145.
    expect(commissionOn({ ...commission, rate: 0.145 }, { netRevenue: 1_000, orders: 1 })).toBe(145);
    expect(commissionOn({ ...commission, rate: 0.1 }, { netRevenue: 9_007_199_254_740, orders: 1 })).toBe(
      900_719_925_474,
    );
  });

  it("pays a fixed amount per order", () => {
    expect(
      commissionOn(
        { basis: "fixed_per_order", perOrder: 350, attributionWindowDays: 14, cookie: false },
        { netRevenue: 0, orders: 7 },
      ),
    ).toBe(2_450);
  });

  it("splits a fee so the installments always add up", () => {
    expect(
      splitBySchedule(100_001, [
        { trigger: "on_signing", share: 0.5 },
        { trigger: "on_live", share: 0.5 },
      ]),
    ).toEqual([
      { trigger: "on_signing", amount: 50_001 },
      { trigger: "on_live", amount: 50_000 },
    ]);
    const thirds = splitBySchedule(100, [
      { trigger: "on_signing", share: 1 / 3 },
      { trigger: "on_approval", share: 1 / 3 },
      { trigger: "on_live", share: 1 / 3 },
    ]);
    expect(thirds.map((i) => i.amount)).toEqual([34, 33, 33]);
    const uneven = splitBySchedule(999, [
      { trigger: "on_signing", share: 0.3 },
      { trigger: "on_live", share: 0.7 },
    ]);
    expect(uneven.map((i) => i.amount)).toEqual([300, 699]);
  });

  it("adds bonuses only when the metric crosses the threshold", () => {
    if (hybrid.model !== "hybrid") throw new Error("parsed as hybrid");
    expect(bonusesEarned(hybrid.bonuses, { conversions: 99, impressions: 2_000_000 })).toBe(50_000);
    expect(bonusesEarned(hybrid.bonuses, { conversions: 100, impressions: 999_999 })).toBe(25_000);
    expect(maximumBonus(hybrid)).toBe(75_000);
  });

  it("totals the cost of a creator per model (M7)", () => {
    expect(committedAmount(hybrid)).toBe(100_000);
    expect(
      costOfCreator(hybrid, {
        netRevenue: 400_000,
        orders: 120,
        metrics: { conversions: 120, impressions: 10 },
      }),
    ).toBe(100_000 + 50_000 + 25_000);
    const seeding = compensationSchema.parse({
      model: "product_seeding",
      products: [
        { name: "Trail jacket", retailValue: 18_999, quantity: 1 },
        { name: "Wool socks", retailValue: 1_499, quantity: 3 },
      ],
    });
    expect(committedAmount(seeding)).toBe(23_496);
    expect(costOfCreator(seeding, { netRevenue: 0, orders: 0 })).toBe(23_496);
  });

  it("refuses a rate above 100% and negative money", () => {
    const tooHigh = compensationSchema.safeParse({
      model: "affiliate",
      basis: "percent_of_net_revenue",
      rate: 1.2,
      attributionWindowDays: 30,
      cookie: true,
    });
    expect(tooHigh.success).toBe(false);
    expect(tooHigh.error?.issues[0]?.path).toEqual(["rate"]);
    const negative = compensationSchema.safeParse({
      model: "flat_fee",
      amount: -5,
      schedule: [{ trigger: "on_signing", share: 1 }],
    });
    expect(negative.error?.issues[0]?.path).toEqual(["amount"]);
  });
});
