import type SqliteDatabase from "better-sqlite3";
import { CompiledQuery, type Kysely, PostgresAdapter, sql } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import { committedThrough } from "../../db/ordered-appends.js";
import type { Database } from "../../db/schema.js";
import { ClickTally, type CountedClick, VisitorSet } from "./click-tally.js";
import type { HeldRun, RecentClicks } from "./recent-clicks.js";
import type {
  TrackingLinkDailyBreakdownTable,
  TrackingLinkDailyTable,
  TrackingLinkHourlyTable,
} from "./schema.js";
import { inSqliteTransaction, yieldToEventLoop } from "./write-clicks.js";

/** Clicks read from the table per statement (SQLite: between turns of the event loop; PostgreSQL: a round trip). */
const readSlices = { sqlite: 500, postgres: 10_000 };
const maxPerRun = 100_000;
/** Rollup rows per statement: under PostgreSQL's 65,535 parameters, and short enough to let requests through. */
const writeSlice = 200;

/** Whose a link is: fixed when the link is created, so cached for the life of the process. */
interface LinkOwner {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
}

interface Visitor {
  linkId: string;
  day: string;
  hash: string;
  /** The hourly row that counts them if they are new. */
  row: TrackingLinkHourlyTable;
}

/** A click as read back from the click table. */
type StoredClick = CountedClick & { seq: number };

/** What one transaction of the rollup reads and writes; SQLite through prepared statements, PostgreSQL through Kysely. */
interface RollupStore {
  watermark(): Promise<number>;
  readSlice: number;
  /** The run this process's writer counted from after+1, if it holds one (SQLite). */
  heldRun(after: number): HeldRun | null;
  readClicks(after: number, limit: number): Promise<StoredClick[]>;
  linkOwners(linkIds: string[]): Promise<LinkOwner[]>;
  /** Inserts the visitors not yet counted for their link and day; returns those that were new. */
  insertVisitors(visitors: Visitor[]): Promise<Visitor[]>;
  upsertHourly(rows: TrackingLinkHourlyTable[]): Promise<void>;
  upsertDaily(rows: TrackingLinkDailyTable[]): Promise<void>;
  upsertBreakdown(rows: TrackingLinkDailyBreakdownTable[]): Promise<void>;
  setWatermark(seq: number): Promise<void>;
}

const visitorKey = (linkId: string, day: string, hash: string) => `${linkId}|${day}|${hash}`;

function sliced<T>(rows: T[]): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < rows.length; i += writeSlice) slices.push(rows.slice(i, i + writeSlice));
  return slices;
}

/**
 * Brings the per-link hourly and daily rollups up to date with the clicks appended since the watermark, and moves
 * the watermark, in one transaction: after a crash the rollups equal the clicks up to the watermark, and the next
 * run counts the rest. Reports read only rollups. Any process may run it. On PostgreSQL it counts only up to a
 * sequence below which every click has committed: appends are made in commit order (src/db/ordered-appends.ts), so
 * that is the highest one it sees, and no append ever waits for a rollup; rollups of several processes take turns on
 * the watermark's row. On SQLite the write lock does both. The clicks this process's writer committed are taken from
 * it as counted (`RecentClicks`), the rest read back. Bots are counted apart (bot_clicks); a visitor is unique per
 * link and day.
 */
export class ClickRollup {
  /** Visitors already counted (link, day, hash): most repeat visits never reach the visitors table. */
  private readonly seenVisitors = new VisitorSet();
  private readonly owners = new Map<string, LinkOwner>();
  /** Hourly and daily rows (link|bucket) this process has written: added to by UPDATE (SQLite). */
  private readonly storedBuckets = new Set<string>();
  private running: Promise<number> | null = null;
  private readonly statements: ReturnType<typeof prepareSqliteStatements> | null;

  /** `recent`: the clicks this connection's writer appended, taken instead of read back while they follow on (SQLite). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SqliteDatabase.Database,
    private readonly recent?: RecentClicks,
  ) {
    this.statements = sqlite ? prepareSqliteStatements(sqlite) : null;
  }

  /** Rolls up every click committed so far; returns how many it counted. Calls overlapping in this process share a run. */
  async run(): Promise<number> {
    while (this.running) await this.running;
    this.running = this.runAll();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async runAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const counted = await this.step();
      total += counted;
      if (counted < maxPerRun) return total;
    }
  }

  private async step(): Promise<number> {
    const { sqlite, statements } = this;
    let counted: { clicks: number; visitors: Visitor[] };
    if (sqlite && statements)
      counted = await this.db
        .connection()
        .execute(() =>
          inSqliteTransaction(sqlite, () =>
            this.rollUp(sqliteStore(statements, this.storedBuckets, this.recent)),
          ),
        );
    else {
      const postgres = this.db.getExecutor().adapter instanceof PostgresAdapter;
      const through = postgres ? await committedThrough(this.db, "tracking_clicks", "seq") : null;
      counted = await inTransaction(this.db, async (trx) => {
        // One rollup at a time across processes: the next reads the watermark this one moves.
        if (postgres)
          await sql`select rolled_up_through from tracking_rollup_state where id = 1 for update`.execute(trx);
        return this.rollUp(kyselyStore(trx, through, this.recent));
      });
    }
    // Only after the commit: a rolled-back run must count its visitors again.
    if (this.seenVisitors.size > 200_000) this.seenVisitors.clear();
    for (const v of counted.visitors) this.seenVisitors.add(v.day, v.linkId, v.hash);
    return counted.clicks;
  }

  private async rollUp(store: RollupStore): Promise<{ clicks: number; visitors: Visitor[] }> {
    // Tallies in sequence order: runs this process's writer counted as it appended them, and what was read back.
    const tallies: ClickTally[] = [];
    let reading: ClickTally | null = null;
    let counted = 0;
    let after = await store.watermark();
    const through = after;
    // Slice by slice, with the event loop let through between them: a second of heavy traffic is tens of thousands.
    while (counted < maxPerRun) {
      const held = store.heldRun(after);
      if (held) {
        tallies.push(held.tally);
        reading = null;
        counted += held.tally.count;
        after = held.last;
        continue;
      }
      const slice = await store.readClicks(after, Math.min(store.readSlice, maxPerRun - counted));
      if (slice.length === 0) break;
      if (!reading) {
        reading = new ClickTally();
        tallies.push(reading);
      }
      for (const click of slice) reading.add(click);
      counted += slice.length;
      after = (slice[slice.length - 1] as StoredClick).seq;
      await yieldToEventLoop();
    }
    if (after === through) return { clicks: 0, visitors: [] };

    const unknown = new Set<string>();
    for (const tally of tallies)
      for (const links of tally.hours.values())
        for (const linkId of links.keys()) if (!this.owners.has(linkId)) unknown.add(linkId);
    if (unknown.size > 0) {
      if (this.owners.size > 100_000) this.owners.clear();
      for (const owner of await store.linkOwners([...unknown])) this.owners.set(owner.id, owner);
    }
    const { hourly, breakdown, visitors: candidates } = this.merge(tallies);

    // Another process may have counted the same visitor today: the visitors table decides who counts them.
    const visitors = await store.insertVisitors(candidates);
    for (const v of visitors) v.row.unique_visitors += 1;
    await store.upsertHourly(hourly);
    await store.upsertDaily(dailyTotals(hourly));
    await store.upsertBreakdown(breakdown);
    await store.setWatermark(after);
    return { clicks: counted, visitors };
  }

  /**
   * The tallies as rollup rows, in order: a visitor is a candidate in the hour of their first click that no earlier
   * run counted. A click whose link is gone has no campaign to count towards.
   */
  private merge(tallies: ClickTally[]): {
    hourly: TrackingLinkHourlyTable[];
    breakdown: TrackingLinkDailyBreakdownTable[];
    visitors: Visitor[];
  } {
    const rows = new Map<string, Map<string, TrackingLinkHourlyTable>>();
    const breakdown = new Map<string, TrackingLinkDailyBreakdownTable>();
    const candidates = new VisitorSet();
    const visitors: Visitor[] = [];
    for (const tally of tallies) {
      for (const [hour, links] of tally.hours) {
        let hourRows = rows.get(hour);
        if (!hourRows) {
          hourRows = new Map();
          rows.set(hour, hourRows);
        }
        for (const [linkId, counts] of links) {
          const owner = this.owners.get(linkId);
          if (!owner) continue;
          const row = hourRows.get(linkId);
          if (row) for (const counter of tallied) row[counter] += counts[counter];
          else
            hourRows.set(linkId, {
              link_id: linkId,
              hour,
              organisation_id: owner.organisation_id,
              campaign_id: owner.campaign_id,
              creator_id: owner.creator_id,
              unique_visitors: 0,
              ...counts,
            });
        }
      }
      for (const v of tally.visitors) {
        const row = rows.get(v.hour)?.get(v.linkId);
        if (!row || this.seenVisitors.has(v.day, v.linkId, v.hash) || candidates.has(v.day, v.linkId, v.hash))
          continue;
        candidates.add(v.day, v.linkId, v.hash);
        visitors.push({ linkId: v.linkId, day: v.day, hash: v.hash, row });
      }
      for (const [key, b] of tally.breakdown) {
        const owner = this.owners.get(b.linkId);
        if (!owner) continue;
        const entry = breakdown.get(key);
        if (entry) entry.clicks += b.clicks;
        else
          breakdown.set(key, {
            link_id: b.linkId,
            day: b.day,
            dimension: b.dimension,
            value: b.value,
            organisation_id: owner.organisation_id,
            campaign_id: owner.campaign_id,
            creator_id: owner.creator_id,
            clicks: b.clicks,
          });
      }
    }
    const hourly = [...rows.values()].flatMap((hourRows) => [...hourRows.values()]);
    return { hourly, breakdown: [...breakdown.values()], visitors };
  }
}

/** The counters a tally holds; unique visitors are counted from the visitors table. */
const tallied = [
  "clicks",
  "bot_clicks",
  "desktop_clicks",
  "mobile_clicks",
  "tablet_clicks",
  "other_clicks",
] as const;

const counters = [
  "clicks",
  "bot_clicks",
  "unique_visitors",
  "desktop_clicks",
  "mobile_clicks",
  "tablet_clicks",
  "other_clicks",
] as const;

/** The hourly rows summed per link and UTC day (unique visitors too: each is counted in one hour of the day). */
function dailyTotals(hourly: Iterable<TrackingLinkHourlyTable>): TrackingLinkDailyTable[] {
  const daily = new Map<string, TrackingLinkDailyTable>();
  for (const { hour, ...row } of hourly) {
    const day = hour.slice(0, 10);
    const key = `${row.link_id}|${day}`;
    const entry = daily.get(key);
    if (!entry) daily.set(key, { ...row, day });
    else for (const counter of counters) entry[counter] += row[counter];
  }
  return [...daily.values()];
}

const increments = (table: string) =>
  counters.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(",\n  ");

const additions = counters.map((c) => `${c} = ${c} + ?`).join(", ");

/** The hourly and daily tables differ only in their bucket column: an upsert and a plain addition for each. */
function countStatements(sqlite: SqliteDatabase.Database, table: string, bucket: "hour" | "day") {
  return {
    upsert: sqlite.prepare(
      `insert into ${table} (link_id, ${bucket}, organisation_id, campaign_id, creator_id, ${counters.join(", ")})
        values (?, ?, ?, ?, ?, ${counters.map(() => "?").join(", ")})
        on conflict (link_id, ${bucket}) do update set ${increments(table)}`,
    ),
    add: sqlite.prepare(`update ${table} set ${additions} where link_id = ? and ${bucket} = ?`),
  };
}

/** Prepared once: statement text parsed and planned on every run would cost more than the rows. */
function prepareSqliteStatements(sqlite: SqliteDatabase.Database) {
  return {
    watermark: sqlite.prepare("select rolled_up_through from tracking_rollup_state where id = 1").pluck(),
    setWatermark: sqlite.prepare("update tracking_rollup_state set rolled_up_through = ? where id = 1"),
    readClicks: sqlite.prepare(
      `select seq, link_id, occurred_at, visitor_hash, device, referrer_host, country, is_bot
        from tracking_clicks where seq > ? order by seq limit ?`,
    ),
    linkOwner: sqlite.prepare(
      "select id, organisation_id, campaign_id, creator_id from tracking_links where id = ?",
    ),
    visitor: sqlite.prepare(
      "insert into tracking_daily_visitors (link_id, day, visitor_hash) values (?, ?, ?) on conflict do nothing",
    ),
    hourly: countStatements(sqlite, "tracking_link_hourly", "hour"),
    daily: countStatements(sqlite, "tracking_link_daily", "day"),
    breakdown: sqlite.prepare(
      `insert into tracking_link_daily_breakdown (link_id, day, dimension, value, organisation_id, campaign_id,
        creator_id, clicks) values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (link_id, day, dimension, value) do update set
        clicks = tracking_link_daily_breakdown.clicks + excluded.clicks`,
    ),
  };
}

/**
 * Hourly and daily rows share their columns but the bucket. A row this process has written before is added to with
 * a plain UPDATE, about half the cost of an upsert's failed insert; one that is not there (yet, or any more) is
 * upserted. Run in slices.
 */
async function addCounts<Row extends Omit<TrackingLinkHourlyTable, "hour">>(
  statements: { upsert: SqliteDatabase.Statement; add: SqliteDatabase.Statement },
  stored: Set<string>,
  rows: Row[],
  bucketOf: (row: Row) => string,
): Promise<void> {
  for (const slice of sliced(rows)) {
    for (const r of slice) {
      const bucket = bucketOf(r);
      const key = `${r.link_id}|${bucket}`;
      if (stored.has(key) && statements.add.run(...counters.map((c) => r[c]), r.link_id, bucket).changes > 0)
        continue;
      statements.upsert.run(
        r.link_id,
        bucket,
        r.organisation_id,
        r.campaign_id,
        r.creator_id,
        ...counters.map((c) => r[c]),
      );
      if (stored.size >= 200_000) stored.clear();
      stored.add(key);
    }
    await yieldToEventLoop();
  }
}

function sqliteStore(
  s: ReturnType<typeof prepareSqliteStatements>,
  stored: Set<string>,
  recent: RecentClicks | undefined,
): RollupStore {
  return {
    watermark: async () => Number(s.watermark.get() ?? 0),
    readSlice: readSlices.sqlite,
    heldRun: (after) => recent?.take(after) ?? null,
    readClicks: async (after, limit) => s.readClicks.all(after, limit) as StoredClick[],
    linkOwners: async (linkIds) => linkIds.flatMap((id) => s.linkOwner.all(id) as LinkOwner[]),
    insertVisitors: async (visitors) => {
      const inserted: Visitor[] = [];
      for (const slice of sliced(visitors)) {
        for (const v of slice) if (s.visitor.run(v.linkId, v.day, v.hash).changes > 0) inserted.push(v);
        await yieldToEventLoop();
      }
      return inserted;
    },
    upsertHourly: (rows) => addCounts(s.hourly, stored, rows, (r) => r.hour),
    upsertDaily: (rows) => addCounts(s.daily, stored, rows, (r) => r.day),
    upsertBreakdown: async (rows) => {
      for (const slice of sliced(rows)) {
        for (const b of slice)
          s.breakdown.run(
            b.link_id,
            b.day,
            b.dimension,
            b.value,
            b.organisation_id,
            b.campaign_id,
            b.creator_id,
            b.clicks,
          );
        await yieldToEventLoop();
      }
    },
    setWatermark: async (seq) => {
      s.setWatermark.run(seq);
    },
  };
}

/** Rows per statement on PostgreSQL, where each column travels as one array. */
const postgresRowsPerStatement = 10_000;
/** Whose a rollup row is, beside its key. */
const owned = ["organisation_id", "campaign_id", "creator_id"] as const;

/**
 * Adds rows to a rollup table through Kysely, the counters added to a row that is there. On PostgreSQL one statement
 * per 10,000 rows, each column bound as one array and expanded by `unnest`; on SQLite without the driver's handle
 * (the demo seeder) multi-row upserts. Table and column names come from this module.
 */
async function upsertRows<Table extends RollupTable>(
  trx: Kysely<Database>,
  table: Table,
  key: ReadonlyArray<keyof Database[Table] & string>,
  rest: readonly string[],
  rows: ReadonlyArray<Database[Table]>,
): Promise<void> {
  const counted = rest.filter((c) => !(owned as readonly string[]).includes(c));
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
    const added = Object.fromEntries(
      counted.map((c) => [c, sql<number>`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
    );
    for (const slice of sliced([...rows]))
      await trx
        .insertInto(table)
        .values(slice as never)
        .onConflict((oc) => oc.columns(key as never).doUpdateSet(added as never))
        .execute();
    return;
  }
  const columns = [...key, ...rest];
  const arrays = columns.map((c, i) => `$${i + 1}::${counted.includes(c) ? "int8" : "text"}[]`);
  const text = `insert into ${table} (${columns.join(", ")}) select * from unnest(${arrays.join(", ")})
    on conflict (${key.join(", ")}) do update set ${counted.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(", ")}`;
  for (let start = 0; start < rows.length; start += postgresRowsPerStatement) {
    const slice = rows.slice(start, start + postgresRowsPerStatement);
    await trx.executeQuery(
      CompiledQuery.raw(
        text,
        columns.map((c) => slice.map((row) => row[c as keyof Database[Table]])),
      ),
    );
  }
}

type RollupTable = "tracking_link_hourly" | "tracking_link_daily" | "tracking_link_daily_breakdown";

/** `through`: count no click past this sequence (PostgreSQL, `committedThrough`); null: every click read. */
function kyselyStore(trx: Kysely<Database>, through: number | null, recent?: RecentClicks): RollupStore {
  return {
    readSlice: readSlices.postgres,
    heldRun: (after) => recent?.take(after) ?? null,
    watermark: async () =>
      Number(
        (
          await trx
            .selectFrom("tracking_rollup_state")
            .select("rolled_up_through")
            .where("id", "=", 1)
            .executeTakeFirst()
        )?.rolled_up_through ?? 0,
      ),
    readClicks: async (after, limit) =>
      (await trx
        .selectFrom("tracking_clicks")
        .select([
          "seq",
          "link_id",
          "occurred_at",
          "visitor_hash",
          "device",
          "referrer_host",
          "country",
          "is_bot",
        ])
        .where("seq", ">", after)
        .$if(through !== null, (q) => q.where("seq", "<=", through as number))
        .orderBy("seq")
        .limit(limit)
        .execute()) as StoredClick[],
    linkOwners: (linkIds) =>
      trx
        .selectFrom("tracking_links")
        .select(["id", "organisation_id", "campaign_id", "creator_id"])
        .where("id", "in", linkIds)
        .execute(),
    insertVisitors: async (visitors) => {
      const byKey = new Map(visitors.map((v) => [visitorKey(v.linkId, v.day, v.hash), v]));
      const inserted: Visitor[] = [];
      for (const slice of sliced(visitors)) {
        const rows = await trx
          .insertInto("tracking_daily_visitors")
          .values(slice.map((v) => ({ link_id: v.linkId, day: v.day, visitor_hash: v.hash })))
          .onConflict((oc) => oc.columns(["link_id", "day", "visitor_hash"]).doNothing())
          .returning(["link_id", "day", "visitor_hash"])
          .execute();
        for (const r of rows) {
          const v = byKey.get(visitorKey(r.link_id, r.day, r.visitor_hash));
          if (v) inserted.push(v);
        }
      }
      return inserted;
    },
    upsertHourly: (rows) =>
      upsertRows(trx, "tracking_link_hourly", ["link_id", "hour"], [...owned, ...counters], rows),
    upsertDaily: (rows) =>
      upsertRows(trx, "tracking_link_daily", ["link_id", "day"], [...owned, ...counters], rows),
    upsertBreakdown: (rows) =>
      upsertRows(
        trx,
        "tracking_link_daily_breakdown",
        ["link_id", "day", "dimension", "value"],
        [...owned, "clicks"],
        rows,
      ),
    setWatermark: async (seq) => {
      await trx
        .updateTable("tracking_rollup_state")
        .set({ rolled_up_through: seq })
        .where("id", "=", 1)
        .execute();
    },
  };
}
