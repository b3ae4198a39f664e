import { CompiledQuery, type Kysely, PostgresAdapter } from "kysely";
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

/**
 * Multi-row inserts for bulk loads (imports, demo data), without building a query tree per value: the statement
 * text is cached per shape and only the parameters change. Placeholders are `?` on SQLite and `$n` on PostgreSQL.
 * Table and column names come from code, never from input.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  columns: readonly string[],
  rows: unknown[][],
): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await db.executeQuery(
      CompiledQuery.raw(statementFor(postgres, table, columns, chunk.length), chunk.flat()),
    );
  }
}
