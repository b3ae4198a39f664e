import { describe, expect, it } from "vitest";
import type { IdealCustomerProfile } from "../campaigns/ideal-customer-profile.js";
import { ageShare, audienceFit, type FitSubject } from "./audience-fit.js";

const profile: IdealCustomerProfile = {
  countries: ["US", "CA"],
  ageMin: 25,
  ageMax: 44,
  genders: ["female"],
  niches: ["hiking", "camping"],
  languages: ["en"],
  tiers: ["micro"],
};

const subject: FitSubject = {
  niches: ["hiking", "travel"],
  language: "en",
  tier: "micro",
  audience: {
    countries: { US: 0.5, CA: 0.1, GB: 0.4 },
    ages: { "18-24": 0.3, "25-34": 0.4, "35-44": 0.2, "45-54": 0.1 },
    genders: { female: 0.7, male: 0.3 },
  },
};

const componentValue = (fit: ReturnType<typeof audienceFit>, name: string) =>
  fit.components.find((c) => c.name === name)?.value;

describe("audience fit (M6)", () => {
  it("scores each component 0–1", () => {
    const fit = audienceFit(subject, profile);
    expect(componentValue(fit, "countries")).toBeCloseTo(0.6);
    expect(componentValue(fit, "age")).toBeCloseTo(0.6);
    expect(componentValue(fit, "gender")).toBeCloseTo(0.7);
    expect(componentValue(fit, "niches")).toBeCloseTo(1 / 3);
    expect(componentValue(fit, "language")).toBe(1);
    expect(componentValue(fit, "tier")).toBe(1);
    const expected = 0.3 * 0.6 + 0.2 * 0.6 + 0.1 * 0.7 + 0.25 * (1 / 3) + 0.1 + 0.05;
    expect(fit.score).toBe(Math.round(expected * 100));
    expect(fit.unknown).toEqual([]);
  });

  it("renormalises over known components when the audience is missing, and names the unknown ones", () => {
    const fit = audienceFit({ ...subject, audience: null, language: null }, profile);
    expect(fit.unknown).toEqual(["countries", "age", "gender", "language"]);
    // Known: niches (1/3, weight 0.25) and tier (1, weight 0.05).
    expect(fit.score).toBe(Math.round((100 * (0.25 / 3 + 0.05)) / 0.3));
  });

  it("leaves out what the campaign does not target and honours edited weights", () => {
    const open: IdealCustomerProfile = { ...profile, countries: [], ageMin: null, ageMax: null, genders: [] };
    const fit = audienceFit(subject, open, {
      countries: 0.3,
      age: 0.2,
      gender: 0.1,
      niches: 0,
      language: 1,
      tier: 0,
    });
    expect(fit.components.find((c) => c.name === "countries")?.status).toBe("not_targeted");
    expect(fit.score).toBe(100);
  });

  it("counts age buckets cut by the range by the years inside it", () => {
    expect(ageShare({ "25-34": 0.5, "35-44": 0.5 }, 30, 44)).toBeCloseTo(0.25 + 0.5);
    expect(ageShare({ "65+": 0.2 }, 18, null)).toBeCloseTo(0.2);
  });

  it("is null when nothing is known", () => {
    const none: IdealCustomerProfile = {
      countries: ["US"],
      ageMin: null,
      ageMax: null,
      genders: [],
      niches: [],
      languages: [],
      tiers: [],
    };
    expect(audienceFit({ ...subject, audience: null }, none).score).toBeNull();
  });
});
