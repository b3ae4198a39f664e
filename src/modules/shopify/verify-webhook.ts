import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Shopify signs each webhook with base64(HMAC-SHA256(raw body, app secret)) in X-Shopify-Hmac-Sha256. Compared in
 * constant time over the exact bytes received, before anything parses them.
 */
export function verifyShopifyHmac(rawBody: Buffer, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = createHmac("sha256", secret).update(rawBody).digest();
  const given = Buffer.from(header, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
