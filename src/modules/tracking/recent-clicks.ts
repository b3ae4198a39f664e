import { ClickTally, type CountedClick } from "./click-tally.js";

/** Beyond this many clicks not yet rolled up (the rollup is failing), they are read back from the table instead. */
const maxHeld = 1_000_000;

/** A run of clicks with consecutive sequence numbers, counted. */
export interface HeldRun {
  first: number;
  last: number;
  tally: ClickTally;
}

/**
 * The clicks one SQLite connection has appended and committed, counted as they come (a tally per run of consecutive
 * sequence numbers) until the rollup takes them: it neither reads them back nor holds an object per click. On SQLite
 * one writer holds the lock for a whole batch, so a batch's sequence numbers are consecutive, and so are those of
 * batches no other process wrote between. Where the next number the rollup wants does not start a held run (another
 * process's clicks, a run partly counted elsewhere, or runs let go past `maxHeld`), it reads the table, which stays
 * the record.
 */
export class RecentClicks {
  private runs: HeldRun[] = [];
  private held = 0;

  /** Call after the batch has committed, never before: the rollup must only count what is in the table. */
  add(first: number, clicks: CountedClick[]): void {
    if (clicks.length === 0) return;
    if (this.held + clicks.length > maxHeld) {
      this.runs = [];
      this.held = 0;
      return;
    }
    let run = this.runs[this.runs.length - 1];
    if (!run || run.last + 1 !== first) {
      run = { first, last: first - 1, tally: new ClickTally() };
      this.runs.push(run);
    }
    for (const click of clicks) run.tally.add(click);
    run.last += clicks.length;
    this.held += clicks.length;
  }

  /** The held run numbered from after+1, no longer held once taken; null when after+1 does not start one. */
  take(after: number): HeldRun | null {
    for (;;) {
      const run = this.runs[0];
      if (!run || run.first > after + 1) return null;
      this.runs.shift();
      this.held -= run.last - run.first + 1;
      // A run ending at or before the watermark was counted by another process; one it ends inside, partly.
      if (run.first === after + 1) return run;
    }
  }
}
