import { describe, expect, it } from "vitest";
import { formatCoverage, formatKpiValue, formatUnitCost } from "./report-format.js";

describe("report formatting, one rule for web and PDF", () => {
  it("shows a unit cost below one major unit with two more digits, from one major unit with the currency's", () => {
    expect(formatUnitCost(23.88, "EUR")).toBe("€0.2388");
    expect(formatUnitCost(18.1818, "EUR")).toBe("€0.1818");
    expect(formatUnitCost(1_234.5678, "EUR")).toBe("€12.35");
    expect(formatUnitCost(76.6, "EUR")).toBe("€0.7660");
    expect(formatUnitCost(0.5, "JPY")).toBe("¥0.50");
    expect(formatUnitCost(2_388, "JPY")).toBe("¥2,388");
  });

  it("writes KPI values in their catalogue unit, EMV in the rate card's currency", () => {
    const currencies = { currency: "EUR", emvCurrency: "USD" };
    expect(formatKpiValue("cpe", 23.88, currencies)).toBe("€0.2388");
    expect(formatKpiValue("revenue", 510_000, currencies)).toBe("€5,100.00");
    expect(formatKpiValue("emv", 173_002, currencies)).toBe("$1,730.02");
    expect(formatKpiValue("conversion_rate", 0.0425, currencies)).toBe("4.25%");
    expect(formatKpiValue("roas", 2.9142857, currencies)).toBe("2.91×");
    expect(formatKpiValue("conversions", 4_600, currencies)).toBe("4,600");
  });

  it("says coverage as people read it", () => {
    expect(formatCoverage({ covered: 3, of: 4, unit: "creators" })).toBe("3 of 4 creators");
    expect(formatCoverage({ covered: 1, of: 1, unit: "posts" })).toBe("1 of 1 post");
  });
});
