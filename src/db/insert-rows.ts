import { CompiledQuery, type Kysely, PostgresAdapter } from "kysely";
import { LRUCache } from "lru-cache";
import type { Database } from "./schema.js";

const statements = new LRUCache<string, string>({ max: 200 });
// SQLite accepts 32,766 bound parameters in one statement; 30,000 leaves room.
const maxParameters = 30_000;
// On PostgreSQL each column travels as one array, so a statement's size is bounded by memory, not parameters.
const postgresRowsPerStatement = 10_000;

function statementFor(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}:${columns.join(",")}:${rows}`;
  let text = statements.get(key);
  if (!text) {
    const tuple = `(${columns.map(() => "?").join(",")})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(",")}) values ${Array(rows).fill(tuple).join(",")}`;
    statements.set(key, text);
  }
  return text;
}

const columnTypes = new Map<string, Map<string, string>>();

/** The PostgreSQL type of each column of `table` (int8, text, float8, …), read once per process. */
async function postgresTypes(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    const result = await db.executeQuery<{ column_name: string; udt_name: string }>(
      CompiledQuery.raw(
        "select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = $1",
        [table],
      ),
    );
    types = new Map(result.rows.map((row) => [row.column_name, row.udt_name]));
    columnTypes.set(table, types);
  }
  return types;
}

/**
 * Multi-row inserts for bulk loads, without building a query tree per value. On SQLite, the statement text is cached
 * per shape and only the parameters change. On PostgreSQL, each column is bound as one array and expanded by
 * `unnest`: a statement with 30,000 placeholders costs the server far more to parse and plan than one with a
 * parameter per column (bench/discovery-import.ts). `valueAt(c, r)` gives column c of row r, read straight into the
 * parameters. Table and column names come from code, never from input.
 */
async function insertValues(
  db: Kysely<Database>,
  table: keyof Database & string,
  names: readonly string[],
  count: number,
  valueAt: (column: number, row: number) => unknown,
): Promise<void> {
  if (count === 0) return;
  const width = names.length;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const types = await postgresTypes(db, table);
    const arrays = names.map((column, c) => {
      if (!types.has(column)) throw new Error(`bulk insert: ${table} has no column ${column}`);
      return `$${c + 1}::${types.get(column)}[]`;
    });
    const text = `insert into "${table}" (${names.map((c) => `"${c}"`).join(",")}) select * from unnest(${arrays.join(",")})`;
    for (let start = 0; start < count; start += postgresRowsPerStatement) {
      const rows = Math.min(postgresRowsPerStatement, count - start);
      const parameters = names.map((_, c) => Array.from({ length: rows }, (_, r) => valueAt(c, start + r)));
      await db.executeQuery(CompiledQuery.raw(text, parameters));
    }
    return;
  }
  const perStatement = Math.max(1, Math.floor(maxParameters / width));
  for (let start = 0; start < count; start += perStatement) {
    const rows = Math.min(perStatement, count - start);
    const parameters: unknown[] = new Array(rows * width);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < width; c++) parameters[r * width + c] = valueAt(c, start + r);
    await db.executeQuery(CompiledQuery.raw(statementFor(table, names, rows), parameters));
  }
}

/** Bulk insert of row objects (demo data, creators), each read by column name. */
export async function insertRows<Row extends object>(
  db: Kysely<Database>,
  table: keyof Database & string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: readonly Row[],
): Promise<void> {
  await insertValues(db, table, columns, rows.length, (c, r) => (rows[r] as Row)[columns[c] as keyof Row]);
}

/** A column given as one value per row, or as one value for every row. */
export type ColumnValues = readonly unknown[] | { every: unknown };

/**
 * Bulk insert from one array per column, as an import's batch arrives from its reading thread (decision 0006): no
 * object is built per row. `count` rows; a column given as `{ every }` has that value in each.
 */
export async function insertColumns(
  db: Kysely<Database>,
  table: keyof Database & string,
  columns: Record<string, ColumnValues>,
  count: number,
): Promise<void> {
  const names = Object.keys(columns);
  const values = names.map((name) => columns[name] as ColumnValues);
  await insertValues(db, table, names, count, (c, r) => {
    const column = values[c] as ColumnValues;
    return Array.isArray(column) ? column[r] : (column as { every: unknown }).every;
  });
}
