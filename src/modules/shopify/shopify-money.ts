import { currencyExponent, parseMinor } from "../../shared/money.js";

/**
 * Shopify sends money as decimal strings ("199.00", sometimes numbers); exact conversion to minor units, no floats.
 * Digits beyond the currency's precision (rare in Shopify) are rounded half up, once, here.
 */
export function shopifyMoneyToMinor(value: unknown, currency: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const text = typeof value === "number" ? value.toFixed(currencyExponent(currency)) : String(value);
  return parseMinor(text, currency, { round: true });
}
