import type SqliteDatabase from "better-sqlite3";
import type { Kysely, Selectable } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import { insertRows } from "../../db/insert-rows.js";
import { lastAppended, lockAppends } from "../../db/ordered-appends.js";
import type { Database } from "../../db/schema.js";
import { classifyUserAgent, referrerHost } from "./classify-visit.js";
import type { ClickBatch } from "./click-batch.js";
import type { HeldRun, RecentClicks } from "./recent-clicks.js";
import type { TrackingClicksTable } from "./schema.js";
import { VisitorSalts, visitorHasher } from "./visitor-salt.js";

/** Rows per statement group: a SQLite slice holds the event loop, so queued requests run between slices. */
const sliceSize = 100;
const dayMs = 86_400_000;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A click as appended: every column but the sequence number. */
export type ClickRow = Omit<Selectable<TrackingClicksTable>, "seq">;

export const clickColumns: Array<keyof ClickRow> = [
  "id",
  "organisation_id",
  "link_id",
  "occurred_at",
  "visitor_hash",
  "device",
  "referrer_host",
  "country",
  "is_bot",
];

/**
 * Appends a batch of clicks in one transaction: hashed visitor, device class, referrer host and bot flag worked out
 * here, never on the redirect. Only the click table is written; `ClickRollup` brings the per-link rollups up to date
 * from it. On SQLite the rows go through a prepared statement on the driver's connection (held through Kysely, so
 * no other query interleaves with the open transaction), in slices with the event loop let through between them; on
 * PostgreSQL as one statement with an array per column (`insertRows`), not a statement per hundred rows.
 */
export class ClickWriter {
  private readonly salts = new VisitorSalts();
  private readonly insertClick: SqliteDatabase.Statement | null;

  /** `recent`: where this process's rollup takes the clicks this writer committed from, instead of reading them back. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SqliteDatabase.Database,
    private readonly recent?: RecentClicks,
  ) {
    this.insertClick = sqlite
      ? sqlite.prepare(
          `insert into tracking_clicks (id, organisation_id, link_id, occurred_at, visitor_hash, device,
            referrer_host, country, is_bot) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
      : null;
  }

  async write(batch: ClickBatch): Promise<void> {
    if (batch.count === 0) return;
    // Keyed by UTC day number: the day's date text is only needed once a batch, for its salt.
    const hashers = new Map<number, Hasher>();
    let lastDay = Number.NaN;
    for (let i = 0; i < batch.count; i++) {
      const day = Math.floor((batch.at[i] as number) / dayMs);
      if (day === lastDay) continue;
      lastDay = day;
      if (!hashers.has(day)) {
        const date = new Date(day * dayMs).toISOString().slice(0, 10);
        hashers.set(day, visitorHasher(await this.salts.forDay(this.db, date)));
      }
    }
    const rows = new BatchRows(batch, hashers);
    if (this.sqlite && this.insertClick) await this.writeSqlite(this.sqlite, this.insertClick, rows);
    else await this.writeThroughKysely(rows);
  }

  /**
   * PostgreSQL (and SQLite without the driver's handle: the demo seeder): the batch as one statement, appended in
   * commit order (`lockAppends`) so that its sequence numbers are consecutive. The rollup runs on other connections
   * of the pool here, so the batch is counted for it only once committed.
   */
  private async writeThroughKysely(rows: BatchRows): Promise<void> {
    const all: ClickRow[] = [];
    for (let i = 0; i < rows.batch.count; i++) all.push(rows.row(i));
    const last = await inTransaction(this.db, async (trx) => {
      await lockAppends(trx, "tracking_clicks");
      await insertRows(trx, "tracking_clicks", clickColumns, all);
      return lastAppended(trx, "tracking_clicks", "seq");
    });
    this.recent?.add(last - all.length + 1, all);
  }

  private async writeSqlite(
    sqlite: SqliteDatabase.Database,
    insert: SqliteDatabase.Statement,
    rows: BatchRows,
  ): Promise<void> {
    const count = rows.batch.count;
    // Counted as appended, into the run the rollup will take; the run is given up if the transaction fails.
    let run: HeldRun | null = null;
    let first = 0;
    let last = 0;
    try {
      await this.db.connection().execute(() =>
        inSqliteTransaction(sqlite, async () => {
          for (let start = 0; start < count; start += sliceSize) {
            if (start > 0) await yieldToEventLoop();
            for (let i = start; i < Math.min(count, start + sliceSize); i++) {
              const r = rows.row(i);
              const { lastInsertRowid } = insert.run(
                r.id,
                r.organisation_id,
                r.link_id,
                r.occurred_at,
                r.visitor_hash,
                r.device,
                r.referrer_host,
                r.country,
                r.is_bot,
              );
              last = Number(lastInsertRowid);
              if (i === 0) {
                first = last;
                run = this.recent?.begin(first, count) ?? null;
              }
              run?.tally.add(r);
            }
          }
        }),
      );
    } catch (error) {
      if (run) this.recent?.forget();
      throw error;
    }
    // Under the write lock a batch's sequence numbers are consecutive; were they not, the table has them all the same.
    if (!run) return;
    if (last - first + 1 === count) this.recent?.commit(run, count);
    else this.recent?.forget();
  }
}

type Hasher = ReturnType<typeof visitorHasher>;

/**
 * A batch's clicks as rows: hashed visitor, device class, referrer host and bot flag, worked out here and never on
 * the redirect.
 */
class BatchRows {
  /** A batch's clicks share a few referrers: each is parsed once. */
  private readonly hosts = new Map<string, string | null>();
  /** Clicks come in time order, many in the same millisecond: its ISO text is made once, its day's hasher found once. */
  private lastAt = Number.NaN;
  private lastTime = "";
  private lastDay = Number.NaN;
  private hasher: Hasher | undefined;

  constructor(
    readonly batch: ClickBatch,
    private readonly hashers: Map<number, Hasher>,
  ) {}

  row(i: number): ClickRow {
    const b = this.batch;
    const at = b.at[i] as number;
    if (at !== this.lastAt) {
      this.lastAt = at;
      this.lastTime = new Date(at).toISOString();
      const day = Math.floor(at / dayMs);
      if (day !== this.lastDay) {
        this.lastDay = day;
        this.hasher = this.hashers.get(day);
      }
    }
    const userAgent = b.userAgent[i] as string;
    const visit = classifyUserAgent(userAgent);
    const referer = b.referer[i];
    let host: string | null = null;
    if (referer) {
      const known = this.hosts.get(referer);
      host = known === undefined ? referrerHost(referer) : known;
      if (known === undefined) this.hosts.set(referer, host);
    }
    const hasher = this.hasher as Hasher;
    return {
      id: b.clickId[i] as string,
      organisation_id: b.organisationId[i] as string,
      link_id: b.linkId[i] as string,
      occurred_at: this.lastTime,
      visitor_hash: hasher(b.ip[i] as string, userAgent),
      device: visit.device,
      referrer_host: host,
      country: b.country[i] ?? null,
      is_bot: visit.isBot ? 1 : 0,
    };
  }
}

/**
 * A SQLite write transaction that may span several turns of the event loop. BEGIN IMMEDIATE takes the write lock at
 * once, so another process waits (busy timeout) instead of failing halfway; the caller holds Kysely's connection.
 */
export async function inSqliteTransaction<T>(
  sqlite: SqliteDatabase.Database,
  work: () => Promise<T>,
): Promise<T> {
  sqlite.exec("begin immediate");
  try {
    const result = await work();
    sqlite.exec("commit");
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("rollback");
    throw error;
  }
}
