import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from "kysely";
import type { Database } from "./schema.js";

/** How many values one `anyOfText` should hold: SQLite binds each one (at most 32,766 a statement). */
export function anyOfTextLimit(db: Kysely<Database>): number {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 10_000 : 1_000;
}

/**
 * `column in (values)` for long lists of text. PostgreSQL gets one array parameter (`= any($1::text[])`): a
 * parameter per value cost an import's look-ups three times as much there (bench/discovery-import.ts). SQLite has
 * no arrays and binds a parameter per value. `column` comes from code, never from input.
 */
export function anyOfText(
  db: Kysely<Database>,
  column: string,
  values: readonly string[],
): Expression<SqlBool> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<SqlBool>`${sql.ref(column)} = any(${values}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join(values)})`;
}
