import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const version = "v1";

/**
 * Seals a secret (a creator's OAuth token, a platform client secret) with AES-256-GCM under the server's key: a fresh
 * 96-bit nonce per value, and the authentication tag checked on opening, so a changed or swapped value is refused.
 * Stored as `v1.<nonce>.<tag>.<ciphertext>` in base64url.
 */
export function seal(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [version, nonce, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function open(key: Buffer, sealed: string): string {
  const [prefix, nonce, tag, ciphertext] = sealed.split(".");
  if (prefix !== version || !nonce || !tag || ciphertext === undefined)
    throw new Error("not a value sealed by this server");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
