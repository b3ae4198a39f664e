import type SqliteDatabase from "better-sqlite3";
import { CompiledQuery, type DialectAdapter, type Kysely, PostgresAdapter } from "kysely";
import type { Database } from "./schema.js";

const statements = new Map<string, string>();
// Both databases accept 30,000 bound parameters in one statement (SQLite's cap is 32,766, PostgreSQL's 65,535).
const maxParameters = 30_000;

function statementFor(postgres: boolean, table: string, columns: readonly string[], rows: number): string {
  const key = `${postgres}:${table}:${columns.join(",")}:${rows}`;
  let text = statements.get(key);
  if (!text) {
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) {
      const marks: string[] = [];
      for (let c = 0; c < columns.length; c++) marks.push(postgres ? `$${++n}` : "?");
      tuples.push(`(${marks.join(",")})`);
    }
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(",")}) values ${tuples.join(",")}`;
    if (statements.size < 200) statements.set(key, text);
  }
  return text;
}

// The SQLite connection under a Kysely instance, by its adapter (a transaction shares its root's adapter).
const sqliteConnections = new WeakMap<DialectAdapter, SqliteDatabase.Database>();
const preparedStatements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();
/**
 * Rows per prepared statement: SQLite binds and compiles a statement of thousands of rows slower, row for row, than
 * a small cached one run many times.
 */
const preparedRows = 64;

/**
 * From now on, bulk inserts on this SQLite database run as cached prepared statements on `sqlite`, which must be
 * the connection under `db`.
 */
export function prepareBulkInserts(db: Kysely<Database>, sqlite: SqliteDatabase.Database): void {
  sqliteConnections.set(db.getExecutor().adapter, sqlite);
}

function preparedFor(
  sqlite: SqliteDatabase.Database,
  table: string,
  columns: readonly string[],
  rows: number,
): SqliteDatabase.Statement {
  let statements = preparedStatements.get(sqlite);
  if (!statements) {
    statements = new Map();
    preparedStatements.set(sqlite, statements);
  }
  const key = `${table}:${columns.join(",")}:${rows}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = sqlite.prepare(statementFor(false, table, columns, rows));
    statements.set(key, statement);
  }
  return statement;
}

function insertPrepared(
  sqlite: SqliteDatabase.Database,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
): void {
  let start = 0;
  if (rows.length >= preparedRows) {
    const many = preparedFor(sqlite, table, columns, preparedRows);
    for (; start + preparedRows <= rows.length; start += preparedRows)
      many.run(rows.slice(start, start + preparedRows).flat());
  }
  if (start < rows.length) {
    const one = preparedFor(sqlite, table, columns, 1);
    for (; start < rows.length; start++) one.run(rows[start] as unknown[]);
  }
}

/**
 * Multi-row inserts for bulk loads (imports, demo data), without building a query tree per value: the statement
 * text is cached per shape and only the parameters change. Placeholders are `?` on SQLite and `$n` on PostgreSQL.
 * Table and column names come from code, never from input. On a SQLite database registered with
 * `prepareBulkInserts` the statements are prepared once and reused.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  columns: readonly string[],
  rows: unknown[][],
): Promise<void> {
  const sqlite = sqliteConnections.get(db.getExecutor().adapter);
  if (sqlite) {
    // Within a transaction the connection is already this caller's; otherwise hold it, so no other query runs
    // between these statements on the shared connection.
    if (db.isTransaction) insertPrepared(sqlite, table, columns, rows);
    else await db.connection().execute(async () => insertPrepared(sqlite, table, columns, rows));
    return;
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await db.executeQuery(
      CompiledQuery.raw(statementFor(postgres, table, columns, chunk.length), chunk.flat()),
    );
  }
}
