import * as iso4217 from "dinero.js/currencies";

/**
 * Money is an integer count of a currency's minor units (decision 0001). How many minor units make a major one is
 * the number of fraction digits the currency is written with (CLDR, as Intl formats it: USD 2, JPY 0, KWD 3, CLF 4).
 * Amplio has always stored amounts that way, so it stays the rule: for 17 currencies it differs from the ISO 4217
 * exponent (HUF, IDR, COP, IQD, MGA… are written, and stored, in whole units here), and changing it would change
 * what every stored amount in them means. ISO 4217 (dinero.js's table) says which codes are currencies at all.
 * Shared by the server, its PDFs and the web app.
 */

const currencies: Readonly<Record<string, unknown>> = iso4217;
const exponents = new Map<string, number>();

/** Whether `code` is a current ISO 4217 currency. */
export function isCurrency(code: string): boolean {
  return Object.hasOwn(currencies, code);
}

/** Digits after the decimal point in a currency's major unit, as it is written (see above); 2 for an unknown code. */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    if (!isCurrency(currency)) return 2;
    exponent =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2;
    exponents.set(currency, exponent);
  }
  return exponent;
}

/** Minor units as a number of major units, for a chart axis or arithmetic shown to a person. */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}

/** A number of major units (typed or given as a number) in whole minor units, rounded to the nearest. */
export function fromMajor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyExponent(currency));
}

/** Minor units as plain decimal text in major units, every minor digit shown: 123456 EUR → "1234.56", JPY → "123456". */
export function minorToDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(Math.round(minor))).padStart(exponent + 1, "0");
  const sign = minor < 0 ? "-" : "";
  return exponent === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * Decimal text in major units ("199.00", "-5", "12.345") as exact minor units, without floats; null when it is not a
 * plain decimal. More digits than the currency has are refused, or with `round` rounded half away from zero.
 */
export function parseMinor(text: string, currency: string, options: { round?: boolean } = {}): number | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const exponent = currencyExponent(currency);
  const fraction = match[3] ?? "";
  if (fraction.length > exponent && !options.round) return null;
  const kept = fraction.slice(0, exponent).padEnd(exponent, "0");
  const roundUp = fraction.length > exponent && Number(fraction[exponent]) >= 5;
  const minor = Number(match[2]) * 10 ** exponent + Number(kept || "0") + (roundUp ? 1 : 0);
  return match[1] === "-" && minor !== 0 ? -minor : minor;
}

export interface MoneyFormatOptions {
  /** Digits shown beyond the currency's own, for costs per unit below one minor unit. */
  extraDigits?: number;
  /** Show the extra digits even when they end in zeros (€0.7660), so unit costs line up. */
  padExtraDigits?: boolean;
  /** The ISO code instead of the symbol ("EUR 5.00"), for output whose fonts lack a symbol. */
  display?: "symbol" | "code";
}

/** Minor units shown in major units of their currency, as a person reads them: 123456 EUR → "€1,234.56". */
export function formatMoney(minor: number, currency: string, options: MoneyFormatOptions = {}): string {
  const exponent = currencyExponent(currency);
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency,
    currencyDisplay: options.display ?? "symbol",
    minimumFractionDigits: exponent + (options.padExtraDigits ? (options.extraDigits ?? 0) : 0),
    maximumFractionDigits: exponent + (options.extraDigits ?? 0),
  }).format(minor / 10 ** exponent);
}
