import { describe, expect, it } from "vitest";
import { kpiShortfall } from "./kpi-shortfall.js";

describe("kpiShortfall", () => {
  it("says a met target is met, with nothing more to spend", () => {
    expect(kpiShortfall("clicks", 1_000, 1_200, [])).toEqual({
      metric: "clicks",
      target: 1_000,
      forecast: 1_200,
      share: 1.2,
      met: true,
      extraBudget: 0,
    });
  });

  it("fills the gap with the cheapest spare deliverables per click, whole ones", () => {
    // Target 50,000, mix reaches 31,000: 19,000 short.
    // Cheapest per click: B at 100 for 400 clicks (0.25 a click), 10 spare → 4,000 clicks for 1,000.
    // Next: A at 300 for 1,000 clicks (0.30 a click), 20 spare → 15,000 still short → 15 deliverables, 4,500.
    // C at 1,000 for 1,000 clicks is never needed. Extra: 1,000 + 4,500 = 5,500.
    const reach = kpiShortfall("clicks", 50_000, 31_000, [
      { cost: 300, value: 1_000, count: 20 },
      { cost: 100, value: 400, count: 10 },
      { cost: 1_000, value: 1_000, count: 5 },
    ]);
    expect(reach.share).toBe(0.62);
    expect(reach.met).toBe(false);
    expect(reach.extraBudget).toBe(5_500);
  });

  it("rounds a part deliverable up to a whole one", () => {
    // 150 short, 100 clicks for 70 each: two deliverables, 140.
    expect(kpiShortfall("clicks", 1_000, 850, [{ cost: 70, value: 100, count: 5 }]).extraBudget).toBe(140);
  });

  it("says no budget closes the gap when every spare deliverable still falls short", () => {
    const reach = kpiShortfall("conversions", 100, 40, [
      { cost: 500, value: 10, count: 3 },
      { cost: 50, value: 0, count: 9 },
    ]);
    expect(reach).toMatchObject({ share: 0.4, met: false, extraBudget: null });
  });
});
