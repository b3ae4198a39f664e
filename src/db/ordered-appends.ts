import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "./schema.js";

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Appends to a table whose sequence numbers must follow commit order (the click table, decision 0005). SQLite lets
 * one writer in at a time, so there it holds by itself; on PostgreSQL every appender first takes the same
 * transaction-scoped advisory lock, so appends run one at a time, the numbers a transaction draws are consecutive, and
 * a reader that sees a sequence number knows that every lower one has committed (or rolled back for good).
 */
export async function lockAppends(trx: Kysely<Database>, table: keyof Database & string): Promise<void> {
  if (!isPostgres(trx)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`amplio.appends.${table}`}))`.execute(trx);
}

/** The highest sequence number this transaction has appended to `table`, called after its inserts under `lockAppends`. */
export async function lastAppended(
  trx: Kysely<Database>,
  table: keyof Database & string,
  column: string,
): Promise<number> {
  // SQLite: the writer holds the lock, so the table's highest number is this transaction's.
  if (!isPostgres(trx)) return committedThrough(trx, table, column);
  // PostgreSQL: the last value this session drew from the column's sequence.
  const result = await sql<{
    n: string | number;
  }>`select currval(pg_get_serial_sequence(${table}, ${column})) as n`.execute(trx);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * The highest sequence number of `table` below which every append has committed: with appends in commit order
 * (`lockAppends`), simply the highest one this snapshot sees; no lock that appends would queue behind.
 */
export async function committedThrough(
  db: Kysely<Database>,
  table: keyof Database & string,
  column: string,
): Promise<number> {
  const result = await sql<{
    n: string | number | null;
  }>`select max(${sql.ref(column)}) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
