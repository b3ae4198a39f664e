import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEncryptionKey } from "../config.js";
import { open, seal } from "./encryption.js";

describe("sealing secrets (AES-256-GCM)", () => {
  const key = randomBytes(32);

  it("opens what it sealed, with a fresh nonce each time and no plaintext in the sealed text", () => {
    const a = seal(key, "ya29.secret-token");
    const b = seal(key, "ya29.secret-token");
    expect(a).not.toBe(b);
    expect(a).not.toContain("secret");
    expect(open(key, a)).toBe("ya29.secret-token");
  });

  it("refuses a changed value or another key", () => {
    const sealed = seal(key, "token");
    const parts = sealed.split(".");
    const ciphertext = Buffer.from(parts[3] as string, "base64url");
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    const changed = [...parts.slice(0, 3), ciphertext.toString("base64url")].join(".");
    expect(() => open(key, changed)).toThrow();
    expect(() => open(randomBytes(32), sealed)).toThrow();
    expect(() => open(key, "plain")).toThrow(/not a value sealed/);
  });

  it("takes the key as hex or base64 and refuses any other length", () => {
    expect(parseEncryptionKey(undefined)).toBeNull();
    expect(parseEncryptionKey(key.toString("hex"))?.equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString("base64"))?.equals(key)).toBe(true);
    expect(() => parseEncryptionKey("too-short")).toThrow(/must be 32 bytes/);
  });
});
