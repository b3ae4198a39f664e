import { describe, expect, it } from "vitest";
import { addDays, campaignWindowEnd, dayOf, daysFrom, endOfDay, isCalendarDay, startOfDay } from "./time.js";

describe("UTC days", () => {
  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", 30)).toBe("2026-03-31");
  });

  it("lists every day of a range, both ends included", () => {
    expect(daysFrom("2026-12-30", "2027-01-02")).toEqual([
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
    ]);
    expect(daysFrom("2026-05-01", "2026-05-01")).toEqual(["2026-05-01"]);
    expect(daysFrom("2026-05-02", "2026-05-01")).toEqual([]);
  });

  it("starts a day at midnight and ends it at its last millisecond", () => {
    expect(startOfDay("2026-05-01")).toBe("2026-05-01T00:00:00.000Z");
    expect(endOfDay("2026-05-01")).toBe("2026-05-01T23:59:59.999Z");
    expect(Date.parse(endOfDay("2026-05-01")) + 1).toBe(Date.parse(startOfDay("2026-05-02")));
    expect(dayOf("2026-05-01T23:59:59.999Z")).toBe("2026-05-01");
    expect(dayOf(new Date("2026-05-02T00:00:00.000Z"))).toBe("2026-05-02");
  });

  it("knows a calendar day from a look-alike", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-5-1")).toBe(false);
  });

  it("ends a campaign's window at the last millisecond of its end date plus the attribution window", () => {
    expect(campaignWindowEnd({ endDate: "2026-12-25", attributionWindowDays: 7 })).toBe(
      "2027-01-01T23:59:59.999Z",
    );
    expect(campaignWindowEnd({ endDate: "2026-05-31", attributionWindowDays: 0 })).toBe(
      "2026-05-31T23:59:59.999Z",
    );
  });
});
