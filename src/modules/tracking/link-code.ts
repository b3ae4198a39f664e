import { randomBytes } from "node:crypto";
import { invalidField } from "../../http/errors.js";

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** 8 random base62 characters (about 47 bits): not enumerable, short enough to type from a screen. */
export const generatedCodeLength = 8;

/** Rejection sampling keeps every character equally likely (256 is not a multiple of 62). */
export function generateLinkCode(length = generatedCodeLength): string {
  let code = "";
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && code.length < length) code += base62[byte % 62];
    }
  }
  return code;
}

const slugPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$/;

/** A custom slug a brand chooses ("maya-spring"); it is public, so only its form is checked. */
export function assertSlug(slug: string): string {
  if (!slugPattern.test(slug))
    throw invalidField("slug", "use 3 to 64 letters, digits, '-' or '_', starting with a letter or digit");
  return slug;
}

/** What may appear after /r/: anything else answers 404 without a lookup. */
export function isLinkCodeShape(code: string): boolean {
  return slugPattern.test(code);
}
