import { describe, expect, it } from "vitest";
import type { Schemas } from "../../api/client";
import { startingValues, toTerms } from "./offer-form-values";
import type { Campaign } from "./types";

const campaign = {
  id: "c1",
  currency: "EUR",
  startDate: "2026-11-01",
  attributionWindowDays: 30,
} as Campaign;

const hybrid: Schemas["OfferTerms"] = {
  collaborationType: "sponsored_post",
  deliverables: [
    { platform: "instagram", format: "reel", quantity: 2, dueDate: "2026-12-10", draftDueDate: "2026-12-03" },
  ],
  usageRights: { channels: ["organic"], durationDays: 90, paidAds: true, whitelisting: false },
  exclusivity: { category: "skincare", periodDays: 60 },
  compensation: {
    model: "hybrid",
    fee: {
      amount: 100_000,
      schedule: [
        { trigger: "on_signing", share: 0.333333 },
        { trigger: "on_approval", share: 0.333333 },
        { trigger: "on_live", share: 0.333334 },
      ],
    },
    commission: { basis: "percent_of_net_revenue", rate: 0.12345, attributionWindowDays: 14, cookie: false },
    bonuses: [{ metric: "views", threshold: 50_000, amount: 25_000 }],
  },
  disclosure: "Label every post #ad at its start.",
};

describe("the offer form's starting values", () => {
  it("carry every term of the latest version into the next one unchanged", () => {
    const next = toTerms(startingValues(campaign, hybrid), "EUR", hybrid.disclosure);
    expect(next).toEqual(hybrid);
  });

  it("keep a schedule in thirds adding up to 100%, rather than rounding it to 99%", () => {
    const form = startingValues(campaign, hybrid);
    expect(form.onSigning + form.onApproval + form.onLive).toBeCloseTo(100, 6);
    expect(form.ratePercent).toBe(12.345);
  });
});
