import type { AmplioDatabase } from "../../db/database.js";
import type { ClickBatch } from "./click-batch.js";
import { RecentClicks } from "./recent-clicks.js";
import { ClickRollup } from "./roll-up-clicks.js";
import { ClickWriter } from "./write-clicks.js";

/**
 * How often the rollups catch up with the appended clicks. A run costs about one upsert per (link, hour) and (link,
 * day) it touches, not per click, so under heavy traffic over many links a run is long (10,000 links: ~150 ms) and
 * running it less often is what makes it cheap. The next run waits 100 times as long as the last one took (the
 * rollup takes at most ~1% of the click store's time), never less than `rollupMinIntervalMs`, never more than
 * `rollupMaxIntervalMs`: reports are ~5 s behind at ordinary traffic and at most ~30 s behind at the heaviest.
 */
export const rollupMinIntervalMs = 5_000;
export const rollupMaxIntervalMs = 30_000;
const rollupDutyFactor = 100;

/** The wait before the next rollup run, given how long the last one took. */
export function nextRollupDelay(lastRunMs: number): number {
  return Math.min(rollupMaxIntervalMs, Math.max(rollupMinIntervalMs, lastRunMs * rollupDutyFactor));
}

export type Log = { error(object: unknown, message: string): void };

/** Where the click buffer's batches go: appended to the click table and, on a timer, counted into the rollups. */
export interface ClickStore {
  start(): void;
  write(batch: ClickBatch): Promise<void>;
  /** Rolls up every click committed so far, this process's and any other's; returns how many it counted. */
  rollUp(): Promise<number>;
  /** Stops the timer and rolls up what is left. */
  close(): Promise<void>;
}

/** The writer and the rollup on the thread that calls them, over the given database. */
export class InProcessClickStore implements ClickStore {
  private readonly writer: ClickWriter;
  private readonly rollup: ClickRollup;
  private timer: NodeJS.Timeout | null = null;
  private started = false;

  constructor(
    database: AmplioDatabase,
    private readonly log?: Log,
  ) {
    const recent = new RecentClicks();
    this.writer = new ClickWriter(database.db, database.sqlite, recent);
    this.rollup = new ClickRollup(database.db, database.sqlite, recent);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(rollupMinIntervalMs);
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      const began = performance.now();
      this.rollup.run().then(
        () => {
          if (this.started) this.schedule(nextRollupDelay(performance.now() - began));
        },
        (error: unknown) => {
          this.log?.error({ err: error }, "rolling up clicks failed; will retry");
          if (this.started) this.schedule(rollupMinIntervalMs);
        },
      );
    }, delay);
    this.timer.unref();
  }

  write(batch: ClickBatch): Promise<void> {
    return this.writer.write(batch);
  }

  rollUp(): Promise<number> {
    return this.rollup.run();
  }

  async close(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.rollup.run();
  }
}
