import { describe, expect, it } from "vitest";
import {
  currencyExponent,
  formatMoney,
  fromMajor,
  isCurrency,
  minorToDecimal,
  parseMinor,
  toMajor,
} from "./money.js";

describe("money", () => {
  it("takes the digits each currency is written with, as amounts have always been stored", () => {
    expect(["USD", "EUR", "JPY", "KWD", "CLF", "HUF", "IDR", "ISK", "MGA"].map(currencyExponent)).toEqual([
      2, 2, 0, 3, 4, 0, 0, 0, 0,
    ]);
    expect(currencyExponent("XXY")).toBe(2);
    expect(isCurrency("EUR")).toBe(true);
    expect(isCurrency("XXY")).toBe(false);
    expect(isCurrency("eur")).toBe(false);
  });

  it("converts between minor and major units exactly", () => {
    expect(toMajor(123_456, "EUR")).toBe(1_234.56);
    expect(toMajor(1_234, "JPY")).toBe(1_234);
    expect(toMajor(12_345, "KWD")).toBe(12.345);
    expect(fromMajor(19.99, "EUR")).toBe(1_999);
    expect(fromMajor(0.1 + 0.2, "USD")).toBe(30);
    expect(fromMajor(1.5, "JPY")).toBe(2);
    expect(minorToDecimal(123_456, "EUR")).toBe("1234.56");
    expect(minorToDecimal(-5, "EUR")).toBe("-0.05");
    expect(minorToDecimal(1_234, "JPY")).toBe("1234");
    expect(minorToDecimal(7, "KWD")).toBe("0.007");
    expect(minorToDecimal(12_345, "CLF")).toBe("1.2345");
  });

  it("parses decimal text without floats, refusing or rounding extra digits", () => {
    expect(parseMinor("199.00", "EUR")).toBe(19_900);
    expect(parseMinor(" 25 ", "EUR")).toBe(2_500);
    expect(parseMinor("12.5", "KWD")).toBe(12_500);
    expect(parseMinor("1234", "JPY")).toBe(1_234);
    expect(parseMinor("-3.10", "USD")).toBe(-310);
    expect(parseMinor("1.005", "EUR")).toBeNull();
    expect(parseMinor("1.005", "EUR", { round: true })).toBe(101);
    expect(parseMinor("-1.005", "EUR", { round: true })).toBe(-101);
    expect(parseMinor("1.004", "EUR", { round: true })).toBe(100);
    expect(parseMinor("12.3456", "KWD", { round: true })).toBe(12_346);
    expect(parseMinor("1e3", "EUR")).toBeNull();
    expect(parseMinor("", "EUR")).toBeNull();
  });

  it("formats every minor digit of the currency, and more on request", () => {
    expect(formatMoney(123_456, "EUR")).toBe("€1,234.56");
    expect(formatMoney(1_234, "JPY")).toBe("¥1,234");
    expect(formatMoney(12_345, "KWD")).toBe("KWD\u00a012.345");
    expect(formatMoney(100, "HUF")).toBe("HUF\u00a0100");
    expect(formatMoney(0.4, "USD", { extraDigits: 2 })).toBe("$0.004");
    expect(formatMoney(500, "EUR", { display: "code" })).toBe("EUR\u00a05.00");
  });
});
