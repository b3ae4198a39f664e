import { describe, expect, it } from "vitest";
import { attributeConversion, type ClickCandidate } from "./attribute-conversion.js";

const orderAt = "2026-04-30T12:00:00.000Z";
const click = (
  id: string,
  creatorId: string,
  occurredAt: string,
  attributionWindowDays = 30,
): ClickCandidate => ({
  clickId: id,
  linkId: `link-${creatorId}`,
  campaignId: "campaign",
  creatorId,
  occurredAt,
  attributionWindowDays,
});
const code = (creatorId: string) => ({
  discountCodeId: `code-${creatorId}`,
  campaignId: "campaign",
  creatorId,
});

describe("M11 attribution", () => {
  it("credits a discount code first, even with a click for the same creator", () => {
    const result = attributeConversion({
      occurredAt: orderAt,
      codes: [code("maya")],
      clicks: [click("k1", "maya", "2026-04-29T12:00:00.000Z")],
    });
    expect(result).toMatchObject({ reason: "code", creatorId: "maya", discountCodeId: "code-maya" });
    expect(result.conflictingCreatorId).toBeNull();
  });

  it("lets the code win a conflict with another creator's click and records the conflict", () => {
    const result = attributeConversion({
      occurredAt: orderAt,
      codes: [code("maya")],
      clicks: [click("k1", "leo", "2026-04-29T12:00:00.000Z")],
    });
    expect(result).toMatchObject({ reason: "code", creatorId: "maya", conflictingCreatorId: "leo" });
  });

  it("a click outside the window is no conflict", () => {
    const result = attributeConversion({
      occurredAt: orderAt,
      codes: [code("maya")],
      clicks: [click("k1", "leo", "2026-03-01T11:59:59.999Z")],
    });
    expect(result.conflictingCreatorId).toBeNull();
  });

  it("credits the last click within the window", () => {
    const result = attributeConversion({
      occurredAt: orderAt,
      codes: [],
      clicks: [
        click("early", "maya", "2026-04-20T00:00:00.000Z"),
        click("late", "leo", "2026-04-28T00:00:00.000Z"),
      ],
    });
    expect(result).toMatchObject({ reason: "click", creatorId: "leo", clickId: "late", linkId: "link-leo" });
  });

  it("counts a click exactly at the window's edge and not a millisecond before it", () => {
    const edge = attributeConversion({
      occurredAt: orderAt,
      codes: [],
      clicks: [click("k", "maya", "2026-03-31T12:00:00.000Z")],
    });
    expect(edge.reason).toBe("click");
    const stale = attributeConversion({
      occurredAt: orderAt,
      codes: [],
      clicks: [click("k", "maya", "2026-03-31T11:59:59.999Z")],
    });
    expect(stale.reason).toBe("none");
  });

  it("uses the click's campaign window (7 days here) and ignores clicks after the order", () => {
    expect(
      attributeConversion({
        occurredAt: orderAt,
        codes: [],
        clicks: [click("k", "maya", "2026-04-22T12:00:00.000Z", 7)],
      }).reason,
    ).toBe("none");
    expect(
      attributeConversion({
        occurredAt: orderAt,
        codes: [],
        clicks: [click("k", "maya", "2026-04-30T12:00:00.001Z")],
      }).reason,
    ).toBe("none");
  });

  it("leaves a conversion with neither unattributed", () => {
    expect(attributeConversion({ occurredAt: orderAt, codes: [], clicks: [] })).toMatchObject({
      reason: "none",
      creatorId: null,
      campaignId: null,
    });
  });
});
