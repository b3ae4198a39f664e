import { randomInt } from "node:crypto";
import { invalidField } from "../../http/errors.js";

/** No 0/O, 1/I/L: a code read off a video or a podcast must survive being typed. */
export const unambiguousAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** `PREFIX-XXXXXX` or `XXXX-XXXX`, random part from the unambiguous alphabet (31^6 ≈ 887M per prefix). */
export function generateDiscountCode(prefix?: string): string {
  const pick = (n: number) =>
    Array.from({ length: n }, () => unambiguousAlphabet[randomInt(unambiguousAlphabet.length)]).join("");
  return prefix ? `${prefix}-${pick(6)}` : `${pick(4)}-${pick(4)}`;
}

/** A prefix for generated codes ("MAYA", "SPRING26"): upper-case, unambiguous characters only. */
export function assertCodePrefix(prefix: string): string {
  const upper = prefix.trim().toUpperCase();
  if (!/^[A-Z2-9]{2,12}$/.test(upper) || [...upper].some((c) => !unambiguousAlphabet.includes(c)))
    throw invalidField("prefix", "use 2 to 12 letters and digits without 0, O, 1, I or L");
  return upper;
}

/** Imported codes come from the shop; letters, digits, - and _ only, so they are safe in URLs and CSV. */
export function assertImportedCode(code: string, field: string): string {
  const trimmed = code.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{2,49}$/.test(trimmed))
    throw invalidField(field, "use 3 to 50 letters, digits, - or _, starting with a letter or digit");
  return trimmed;
}

/** Codes match case-insensitively, as at Shopify's checkout. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}
