import type SqliteDatabase from "better-sqlite3";
import type { Insertable, Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { classifyUserAgent, referrerHost } from "./classify-visit.js";
import type { ClickEvent } from "./click-event.js";
import type { RecentClicks, StoredClick } from "./recent-clicks.js";
import type { TrackingClicksTable } from "./schema.js";
import { VisitorSalts, visitorHasher } from "./visitor-salt.js";

/** Rows per statement group: a SQLite slice holds the event loop, so queued requests run between slices. */
const sliceSize = 100;
const dayMs = 86_400_000;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type ClickRow = Insertable<TrackingClicksTable>;

/**
 * Appends a batch of clicks in one transaction: hashed visitor, device class, referrer host and bot flag worked out
 * here, never on the redirect. Only the click table is written; `ClickRollup` brings the per-link rollups up to date
 * from it. On SQLite the rows go through a prepared statement on the driver's connection (held through Kysely, so
 * no other query interleaves with the open transaction), in slices with the event loop let through between them.
 */
export class ClickWriter {
  private readonly salts = new VisitorSalts();
  private readonly insertClick: SqliteDatabase.Statement | null;

  /** `recent`: where the rollup of the same connection takes committed clicks from (SQLite). */
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

  async write(events: ClickEvent[]): Promise<void> {
    if (events.length === 0) return;
    // Keyed by UTC day number: the day's date text is only needed once a batch, for its salt.
    const hashers = new Map<number, ReturnType<typeof visitorHasher>>();
    for (const event of events) {
      const day = Math.floor(event.at / dayMs);
      if (!hashers.has(day)) {
        const date = new Date(day * dayMs).toISOString().slice(0, 10);
        hashers.set(day, visitorHasher(await this.salts.forDay(this.db, date)));
      }
    }
    const toRow = (event: ClickEvent): ClickRow => {
      const occurredAt = new Date(event.at).toISOString();
      const visit = classifyUserAgent(event.userAgent);
      return {
        id: event.clickId,
        organisation_id: event.organisationId,
        link_id: event.linkId,
        occurred_at: occurredAt,
        visitor_hash: (hashers.get(Math.floor(event.at / dayMs)) as ReturnType<typeof visitorHasher>)(
          event.ip,
          event.userAgent,
        ),
        device: visit.device,
        referrer_host: referrerHost(event.referer),
        country: event.country,
        is_bot: visit.isBot ? 1 : 0,
      };
    };
    if (this.sqlite && this.insertClick) await this.writeSqlite(this.sqlite, this.insertClick, events, toRow);
    else
      await inTransaction(this.db, async (trx) => {
        for (let start = 0; start < events.length; start += sliceSize)
          await trx
            .insertInto("tracking_clicks")
            .values(events.slice(start, start + sliceSize).map(toRow))
            .execute();
      });
  }

  private async writeSqlite(
    sqlite: SqliteDatabase.Database,
    insert: SqliteDatabase.Statement,
    events: ClickEvent[],
    toRow: (event: ClickEvent) => ClickRow,
  ): Promise<void> {
    const appended: StoredClick[] = [];
    await this.db.connection().execute(() =>
      inSqliteTransaction(sqlite, async () => {
        for (let start = 0; start < events.length; start += sliceSize) {
          if (start > 0) await yieldToEventLoop();
          for (const event of events.slice(start, start + sliceSize)) {
            const r = toRow(event);
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
            if (this.recent)
              appended.push({
                seq: Number(lastInsertRowid),
                link_id: r.link_id,
                occurred_at: r.occurred_at,
                visitor_hash: r.visitor_hash,
                device: r.device,
                referrer_host: r.referrer_host ?? null,
                country: r.country ?? null,
                is_bot: r.is_bot,
              });
          }
        }
      }),
    );
    this.recent?.add(appended);
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
