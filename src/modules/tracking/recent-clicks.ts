import type { Selectable } from "kysely";
import type { TrackingClicksTable } from "./schema.js";

/** A click as the rollup reads it from the click table. */
export type StoredClick = Omit<Selectable<TrackingClicksTable>, "id" | "organisation_id">;

/** Beyond this many clicks not yet rolled up (the rollup is failing), they are read back from the table instead. */
const maxHeld = 200_000;

/**
 * The clicks one SQLite connection has appended and committed, in sequence order, until the rollup has counted them:
 * the rollup takes them from here instead of reading them back. On SQLite one writer holds the lock for a whole
 * batch, so a batch's sequence numbers are consecutive; where the next number the rollup wants is not here (another
 * process's clicks, or ones dropped past `maxHeld`), it reads the table, which stays the record.
 */
export class RecentClicks {
  private clicks: StoredClick[] = [];
  private first = 0;

  /** Call after the batch has committed, never before: the rollup must only count what is in the table. */
  add(batch: StoredClick[]): void {
    if (this.clicks.length - this.first + batch.length > maxHeld) {
      this.clicks = [];
      this.first = 0;
      return;
    }
    for (const click of batch) this.clicks.push(click);
  }

  /** Up to `limit` clicks numbered after+1, after+2, … with no gap; none when after+1 is not held. */
  take(after: number, limit: number): StoredClick[] {
    while (this.first < this.clicks.length && (this.clicks[this.first] as StoredClick).seq <= after)
      this.first += 1;
    if (this.first > 10_000 && this.first * 2 > this.clicks.length) {
      this.clicks = this.clicks.slice(this.first);
      this.first = 0;
    }
    const run: StoredClick[] = [];
    for (let i = this.first; i < this.clicks.length && run.length < limit; i++) {
      const click = this.clicks[i] as StoredClick;
      if (click.seq !== after + 1 + run.length) break;
      run.push(click);
    }
    return run;
  }
}
