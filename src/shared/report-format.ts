import { kpiDefinition } from "./kpi-catalogue.js";
import { formatMoney, type MoneyFormatOptions, toMajor } from "./money.js";

/**
 * How the report's figures are written for people, the same in the web page and the PDF (the rule is also stated in
 * the report's `units` block). Shared with the web app: no server dependencies.
 */
export const unitCostRule =
  "Costs per unit (CPM, CPV, CPE, CPC, CPL, CPA, CAC) below one major unit show exactly two digits beyond the currency's (€0.2388, €0.7660); from one major unit up, the currency's digits (€12.35).";

/** A cost per unit in minor units (fractions allowed), by unitCostRule. */
export function formatUnitCost(minor: number, currency: string, options: MoneyFormatOptions = {}): string {
  return formatMoney(minor, currency, {
    ...options,
    extraDigits: Math.abs(toMajor(minor, currency)) < 1 ? 2 : 0,
    padExtraDigits: true,
  });
}

/** A fraction as a percentage with two decimals: 0.04256 → "4.26%". */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

/** A multiple with two decimals: 3.4 → "3.40×". */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

const whole = new Intl.NumberFormat("en");

/** A KPI's target or actual in the unit its catalogue entry gives; EMV in the rate card's currency. */
export function formatKpiValue(
  metric: string,
  value: number,
  currencies: { currency: string; emvCurrency: string },
  options: MoneyFormatOptions = {},
): string {
  const definition = kpiDefinition(metric);
  switch (definition?.unit) {
    case "money": {
      const currency = definition.rateCardCurrency ? currencies.emvCurrency : currencies.currency;
      return definition.perUnit
        ? formatUnitCost(value, currency, options)
        : formatMoney(Math.round(value), currency, options);
    }
    case "fraction":
      return formatPercent(value);
    case "ratio":
      return formatRatio(value);
    default:
      return whole.format(value);
  }
}

export interface CoverageText {
  covered: number;
  of: number;
  unit: "posts" | "creators";
}

/** "3 of 4 creators", "1 of 1 post". */
export function formatCoverage(coverage: CoverageText): string {
  const noun = coverage.of === 1 ? coverage.unit.slice(0, -1) : coverage.unit;
  return `${whole.format(coverage.covered)} of ${whole.format(coverage.of)} ${noun}`;
}
