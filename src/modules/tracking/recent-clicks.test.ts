import { describe, expect, it } from "vitest";
import { RecentClicks, type StoredClick } from "./recent-clicks.js";

const click = (seq: number): StoredClick => ({
  seq,
  link_id: "link",
  occurred_at: "2026-12-01T20:00:00.000Z",
  visitor_hash: "h",
  device: "mobile",
  referrer_host: null,
  country: null,
  is_bot: 0,
});
const seqs = (clicks: StoredClick[]) => clicks.map((c) => c.seq);

describe("recent clicks for the rollup", () => {
  it("hands out consecutive clicks after the watermark and stops at a gap another process's clicks fill", () => {
    const recent = new RecentClicks();
    recent.add([1, 2, 3].map(click));
    recent.add([6, 7].map(click));
    expect(seqs(recent.take(0, 10))).toEqual([1, 2, 3]);
    // 4 and 5 are another process's: read from the table, then this process's 6 and 7 follow on.
    expect(recent.take(3, 10)).toEqual([]);
    expect(seqs(recent.take(5, 10))).toEqual([6, 7]);
    expect(seqs(recent.take(5, 1))).toEqual([6]);
  });

  it("gives a run rolled back by its transaction again only from the table", () => {
    const recent = new RecentClicks();
    recent.add([1, 2, 3, 4].map(click));
    expect(seqs(recent.take(0, 2))).toEqual([1, 2]);
    expect(seqs(recent.take(2, 2))).toEqual([3, 4]);
    // The run failed: the watermark is still 0, and 1 and 2 are no longer held, so the table answers.
    expect(recent.take(0, 2)).toEqual([]);
    expect(seqs(recent.take(2, 2))).toEqual([3, 4]);
  });

  it("holds nothing for clicks another process already counted", () => {
    const recent = new RecentClicks();
    recent.add([1, 2, 3].map(click));
    expect(recent.take(3, 10)).toEqual([]);
    recent.add([4].map(click));
    expect(seqs(recent.take(3, 10))).toEqual([4]);
  });
});
