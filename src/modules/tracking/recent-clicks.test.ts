import { describe, expect, it } from "vitest";
import type { CountedClick } from "./click-tally.js";
import { RecentClicks } from "./recent-clicks.js";

const click = (over: Partial<CountedClick> = {}): CountedClick => ({
  link_id: "link",
  occurred_at: "2026-12-01T20:15:00.000Z",
  visitor_hash: "h",
  device: "mobile",
  referrer_host: null,
  country: null,
  is_bot: 0,
  ...over,
});
const clicks = (n: number) => Array.from({ length: n }, () => click());
const span = (run: { first: number; last: number } | null) => run && [run.first, run.last];

describe("recent clicks for the rollup", () => {
  it("hands out runs of consecutive clicks after the watermark, batches that follow on counted as one", () => {
    const recent = new RecentClicks();
    recent.add(1, clicks(2));
    recent.add(3, clicks(1));
    recent.add(6, clicks(2));
    const first = recent.take(0);
    expect(span(first)).toEqual([1, 3]);
    expect(first?.tally.count).toBe(3);
    // 4 and 5 are another process's: read from the table, then this process's 6 and 7 follow on.
    expect(recent.take(3)).toBeNull();
    expect(span(recent.take(5))).toEqual([6, 7]);
    expect(recent.take(7)).toBeNull();
  });

  it("gives a run rolled back by its transaction again only from the table", () => {
    const recent = new RecentClicks();
    recent.add(1, clicks(4));
    expect(span(recent.take(0))).toEqual([1, 4]);
    // The run failed: the watermark is still 0 and the run is no longer held, so the table answers.
    expect(recent.take(0)).toBeNull();
  });

  it("lets go of runs another process counted, wholly or in part", () => {
    const recent = new RecentClicks();
    recent.add(1, clicks(3));
    recent.add(10, clicks(3));
    recent.add(20, clicks(1));
    // 1–3 counted elsewhere; 10–12 counted elsewhere up to 11: only the table can give 12.
    expect(recent.take(11)).toBeNull();
    expect(span(recent.take(19))).toEqual([20, 20]);
  });

  it("counts clicks per hour and link, bots apart, each visitor once with the hour of their first click", () => {
    const recent = new RecentClicks();
    recent.add(1, [
      click({ referrer_host: "instagram.com", country: "DE" }),
      click({ occurred_at: "2026-12-01T20:59:59.999Z", device: "desktop" }),
      click({ occurred_at: "2026-12-01T21:00:00.000Z", visitor_hash: "h2" }),
      click({ occurred_at: "2026-12-01T21:00:01.000Z", is_bot: 1, device: "other" }),
      click({ occurred_at: "2026-12-01T21:00:02.000Z", link_id: "other" }),
    ]);
    const tally = recent.take(0)?.tally;
    expect(
      Object.fromEntries([...(tally?.hours ?? [])].map(([hour, links]) => [hour, Object.fromEntries(links)])),
    ).toEqual({
      "2026-12-01T20:00:00.000Z": {
        link: {
          clicks: 2,
          bot_clicks: 0,
          desktop_clicks: 1,
          mobile_clicks: 1,
          tablet_clicks: 0,
          other_clicks: 0,
        },
      },
      "2026-12-01T21:00:00.000Z": {
        link: {
          clicks: 1,
          bot_clicks: 1,
          desktop_clicks: 0,
          mobile_clicks: 1,
          tablet_clicks: 0,
          other_clicks: 0,
        },
        other: {
          clicks: 1,
          bot_clicks: 0,
          desktop_clicks: 0,
          mobile_clicks: 1,
          tablet_clicks: 0,
          other_clicks: 0,
        },
      },
    });
    expect(tally?.visitors.map((v) => [v.linkId, v.hash, v.hour])).toEqual([
      ["link", "h", "2026-12-01T20:00:00.000Z"],
      ["link", "h2", "2026-12-01T21:00:00.000Z"],
      ["other", "h", "2026-12-01T21:00:00.000Z"],
    ]);
    expect([...(tally?.breakdown.values() ?? [])].map((b) => [b.dimension, b.value, b.clicks])).toEqual([
      ["country", "DE", 1],
      ["referrer", "instagram.com", 1],
    ]);
  });

  it("forgets what a batch counted while it was written when its transaction fails, and what came before", () => {
    const recent = new RecentClicks();
    recent.add(1, clicks(2));
    const run = recent.begin(3, 2);
    run?.tally.add(click());
    // The batch's transaction rolled back after one click was counted: nothing held is trusted any more.
    recent.forget();
    expect(recent.take(0)).toBeNull();
    const next = recent.begin(3, 1);
    next?.tally.add(click());
    if (next) recent.commit(next, 1);
    expect(span(recent.take(2))).toEqual([3, 3]);
    expect(next?.tally.count).toBe(1);
  });
});
