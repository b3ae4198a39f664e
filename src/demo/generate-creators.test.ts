import { describe, expect, it } from "vitest";
import { benchmarkFor } from "../modules/creators/engagement-benchmarks.js";
import { type Tier, tierForFollowers } from "../modules/creators/tiers.js";
import { generateCreators } from "./generate-creators.js";

describe("demo creators", () => {
  const creators = generateCreators(2_000);
  const accounts = creators.flatMap((c) => c.accounts);

  it("is deterministic for a seed", () => {
    expect(generateCreators(50)).toEqual(generateCreators(50));
    expect(generateCreators(50, 7)).not.toEqual(generateCreators(50));
  });

  it("covers all four platforms with unique handles per platform", () => {
    const platforms = new Set(accounts.map((a) => a.platform));
    expect([...platforms].sort()).toEqual(["instagram", "linkedin", "tiktok", "youtube"]);
    const keys = accounts.map((a) => `${a.platform}:${a.handle}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has log-normal followers: mostly nano and micro, a long tail up to mega", () => {
    const tiers = accounts.map((a) => tierForFollowers(a.followers));
    const share = (tier: Tier) => tiers.filter((t) => t === tier).length / tiers.length;
    expect(share("nano") + share("micro")).toBeGreaterThan(0.5);
    expect(share("mega")).toBeGreaterThan(0);
    expect(share("mega")).toBeLessThan(share("mid"));
  });

  it("has engagement rates that fall with tier, around the M3 benchmarks", () => {
    const instagram = accounts.filter((a) => a.platform === "instagram");
    const median = (tier: Tier) => {
      const rates = instagram
        .filter((a) => tierForFollowers(a.followers) === tier)
        .map((a) => a.engagementRate ?? 0)
        .sort((a, b) => a - b);
      return rates[Math.floor(rates.length / 2)] ?? 0;
    };
    expect(median("nano")).toBeGreaterThan(median("micro"));
    expect(median("micro")).toBeGreaterThan(median("mid"));
    const benchmark = benchmarkFor("instagram", "micro") ?? 0;
    expect(median("micro")).toBeGreaterThan(benchmark * 0.7);
    expect(median("micro")).toBeLessThan(benchmark * 1.3);
  });
});
