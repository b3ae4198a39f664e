/**
 * Shopify's ids are 64-bit integers sent as JSON numbers; past 2^53 JSON.parse would silently change them (their own
 * documentation's order 820982911946154508 is one). Long integers under keys ending in "id" are quoted before parsing
 * so they arrive as exact strings. The lookbehind skips escaped quotes, i.e. text inside string values.
 */
export function parseShopifyJson(raw: string): unknown {
  return JSON.parse(raw.replace(/(?<!\\)"(\w*id)"\s*:\s*(-?\d{16,})(?=\s*[,}\]])/g, '"$1":"$2"'));
}
