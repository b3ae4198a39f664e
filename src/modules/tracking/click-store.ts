import type { AmplioDatabase } from "../../db/database.js";
import type { ClickBatch } from "./click-batch.js";
import { RecentClicks } from "./recent-clicks.js";
import { ClickRollup } from "./roll-up-clicks.js";
import { ClickWriter } from "./write-clicks.js";

/**
 * How often the rollups catch up with the appended clicks: reports are at most about this much behind. A run costs
 * about one upsert per (link, hour) it touches, not per click, so a longer interval makes busy links cheaper to count.
 */
export const rollupIntervalMs = 5_000;

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

  constructor(
    database: AmplioDatabase,
    private readonly log?: Log,
  ) {
    const recent = new RecentClicks();
    this.writer = new ClickWriter(database.db, database.sqlite, recent);
    this.rollup = new ClickRollup(database.db, database.sqlite, recent);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.rollup
        .run()
        .catch((error: unknown) => this.log?.error({ err: error }, "rolling up clicks failed; will retry"));
    }, rollupIntervalMs);
    this.timer.unref();
  }

  write(batch: ClickBatch): Promise<void> {
    return this.writer.write(batch);
  }

  rollUp(): Promise<number> {
    return this.rollup.run();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.rollup.run();
  }
}
