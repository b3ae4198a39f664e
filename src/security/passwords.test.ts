import { describe, expect, it } from "vitest";
import { hashPassword, unknownUserHash, verifyPassword } from "./passwords.js";

describe("password hashing", () => {
  it("verifies the right password and rejects others; each hash has its own salt", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse battery", first)).toBe(true);
    expect(await verifyPassword("correct horse batterY", first)).toBe(false);
  });

  it("treats a Unicode password the same in composed and decomposed forms", async () => {
    const hash = await hashPassword("caf\u00e9 au lait!");
    expect(await verifyPassword("cafe\u0301 au lait!", hash)).toBe(true);
  });

  it("never verifies against the placeholder used for unknown users, or a malformed hash", async () => {
    expect(await verifyPassword("", unknownUserHash)).toBe(false);
    expect(await verifyPassword("anything", "plain-text")).toBe(false);
  });
});
