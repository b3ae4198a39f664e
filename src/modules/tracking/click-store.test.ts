import { afterEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "../../test-support/databases.js";
import { InProcessClickStore } from "./click-store.js";
import { ClickRollup } from "./roll-up-clicks.js";

describe("the click store's rollup timer", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs every 5 s while runs are quick, and waits 100 times a long run before the next", async () => {
    const test = await openTestDatabase("sqlite");
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const durations = [2, 200, 2];
    const runs: Array<{ started: number; ended: number }> = [];
    vi.spyOn(ClickRollup.prototype, "run").mockImplementation(async () => {
      const started = performance.now();
      // The run takes its time on the faked clock.
      vi.advanceTimersByTime(durations.shift() ?? 2);
      runs.push({ started, ended: performance.now() });
      return 0;
    });
    const store = new InProcessClickStore(test.database);
    store.start();
    for (let step = 0; step < 40 && runs.length < 3; step++) await vi.advanceTimersByTimeAsync(1_000);
    const [first, second, third] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    expect(first.started).toBe(5_000);
    // A 2 ms run: the next 5 s after it ended. A 200 ms run: the next 20 s after it ended.
    expect(second.started - first.ended).toBe(5_000);
    expect(second.ended - second.started).toBe(200);
    expect(third.started - second.ended).toBe(20_000);
    vi.useRealTimers();
    vi.restoreAllMocks();
    await store.close();
    await test.drop();
  });
});
