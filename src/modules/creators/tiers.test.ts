import { describe, expect, it } from "vitest";
import { tierForFollowers } from "./tiers.js";

describe("creator tiers (M1)", () => {
  it.each([
    [0, "emerging"],
    [999, "emerging"],
    [1_000, "nano"],
    [9_999, "nano"],
    [10_000, "micro"],
    [99_999, "micro"],
    [100_000, "mid"],
    [499_999, "mid"],
    [500_000, "macro"],
    [999_999, "macro"],
    [1_000_000, "mega"],
    [250_000_000, "mega"],
  ])("%i followers is %s (inclusive below, exclusive above)", (followers, tier) => {
    expect(tierForFollowers(followers)).toBe(tier);
  });
});
