import { currencyExponent } from "../discount-codes/export-discount-codes-csv.js";

/** Shopify sends money as decimal strings ("199.00", sometimes numbers); exact conversion to minor units, no floats. */
export function shopifyMoneyToMinor(value: unknown, currency: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const text = typeof value === "number" ? value.toFixed(currencyExponent(currency)) : String(value).trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const exponent = currencyExponent(currency);
  const fraction = (match[3] ?? "").padEnd(exponent, "0");
  // Digits beyond the currency's precision (rare in Shopify) are rounded half up, once, here.
  const kept = fraction.slice(0, exponent);
  const roundUp = fraction.length > exponent && Number(fraction[exponent]) >= 5;
  const minor = Number(match[2]) * 10 ** exponent + Number(kept || "0") + (roundUp ? 1 : 0);
  return match[1] === "-" ? -minor : minor;
}
