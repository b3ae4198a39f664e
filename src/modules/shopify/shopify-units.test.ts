import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  assertCodePrefix,
  generateDiscountCode,
  unambiguousAlphabet,
} from "../discount-codes/discount-code-format.js";
import { shopifyMoneyToMinor } from "./shopify-money.js";
import { verifyShopifyHmac } from "./verify-webhook.js";

describe("Shopify webhook signature", () => {
  const secret = "shpss_0123456789abcdef";
  const body = Buffer.from('{"id":820982911946154508,"subtotal_price":"199.00"}');
  const sign = (bytes: Buffer, key = secret) => createHmac("sha256", key).update(bytes).digest("base64");

  it("accepts the exact bytes signed with the secret", () => {
    expect(verifyShopifyHmac(body, secret, sign(body))).toBe(true);
  });
  it("refuses another secret, a changed byte, a missing or malformed header", () => {
    expect(verifyShopifyHmac(body, secret, sign(body, "another-secret-value"))).toBe(false);
    const changed = Buffer.from(body.toString().replace("199.00", "199.01"));
    expect(verifyShopifyHmac(changed, secret, sign(body))).toBe(false);
    expect(verifyShopifyHmac(body, secret, undefined)).toBe(false);
    expect(verifyShopifyHmac(body, secret, "not base64 at all")).toBe(false);
  });
});

describe("Shopify money", () => {
  it("turns decimal strings into minor units exactly, by the currency's precision", () => {
    expect(shopifyMoneyToMinor("199.00", "EUR")).toBe(19_900);
    expect(shopifyMoneyToMinor("0.10", "USD")).toBe(10);
    expect(shopifyMoneyToMinor("1234", "JPY")).toBe(1_234);
    expect(shopifyMoneyToMinor("12.345", "KWD")).toBe(12_345);
    expect(shopifyMoneyToMinor(19.99, "USD")).toBe(1_999);
    expect(shopifyMoneyToMinor(null, "USD")).toBeNull();
    expect(shopifyMoneyToMinor("abc", "USD")).toBeNull();
  });
});

describe("discount code format", () => {
  it("generates codes from the unambiguous alphabet only", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateDiscountCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      for (const c of code.replace("-", "")) expect(unambiguousAlphabet).toContain(c);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(generateDiscountCode("MAYA")).toMatch(/^MAYA-[A-Z2-9]{6}$/);
    expect(() => assertCodePrefix("OLIVIA")).toThrow(/prefix/);
  });
});

describe("Shopify JSON", () => {
  it("keeps 64-bit ids exact and leaves ids inside text alone", async () => {
    const { parseShopifyJson } = await import("./parse-shopify-json.js");
    const parsed = parseShopifyJson(
      '{"id": 820982911946154508,"order_number":1001,"customer":{"id":115310627314723950},"note":"{\\"id\\":1234567890123456789}","line_items":[{"product_id":632910392,"variant_id":39072856123456789}]}',
    ) as Record<string, unknown>;
    expect(parsed.id).toBe("820982911946154508");
    expect(parsed.order_number).toBe(1001);
    expect((parsed.customer as { id: string }).id).toBe("115310627314723950");
    expect(parsed.note).toBe('{"id":1234567890123456789}');
    expect((parsed.line_items as Array<{ variant_id: string }>)[0]?.variant_id).toBe("39072856123456789");
  });
});
