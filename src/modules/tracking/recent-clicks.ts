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

  /**
   * Where a batch appended from sequence number `first` is counted while its transaction is open: the last held run
   * when the batch follows on, else a new one. Call `commit` once the batch has committed, `forget` if it failed:
   * the tally may then hold clicks that are not in the table. Null when holding the batch would pass `maxHeld`.
   */
  begin(first: number, count: number): HeldRun | null {
    if (this.held + count > maxHeld) {
      this.forget();
      return null;
    }
    const last = this.runs[this.runs.length - 1];
    if (last && last.last + 1 === first) return last;
    const run = { first, last: first - 1, tally: new ClickTally() };
    this.runs.push(run);
    return run;
  }

  /** The batch counted into `run` since `begin` has committed: its `count` clicks follow on in the run. */
  commit(run: HeldRun, count: number): void {
    run.last += count;
    this.held += count;
  }

  /** Nothing held can be trusted (a batch failed after it was counted): the rollup reads the table instead. */
  forget(): void {
    this.runs = [];
    this.held = 0;
  }

  /** A committed batch's clicks, counted in one step (tests, and writers that count after the commit). */
  add(first: number, clicks: CountedClick[]): void {
    if (clicks.length === 0) return;
    const run = this.begin(first, clicks.length);
    if (!run) return;
    for (const click of clicks) run.tally.add(click);
    this.commit(run, clicks.length);
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
