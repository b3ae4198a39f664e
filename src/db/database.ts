import { mkdirSync } from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase as SqliteDatabaseLike, SqliteDialect } from "kysely";
import { LRUCache } from "lru-cache";
import pg from "pg";
import type { Database } from "./schema.js";

export type DialectName = "sqlite" | "postgres";

export interface AmplioDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it was opened from, so a worker thread can open a connection of its own to the same database. */
  url: string;
  schema?: string;
  /** The SQLite connection under `db`, for the few hot paths that run prepared statements (click writes). */
  sqlite?: SqliteDatabase.Database;
  destroy(): Promise<void>;
}

// bigint columns hold money in minor units and counts; both stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export function dialectOf(url: string): DialectName {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgres";
  if (url.startsWith("sqlite:")) return "sqlite";
  throw new Error(`Unsupported database URL "${url}": use sqlite:<path> or postgres://…`);
}

/**
 * Reuses prepared statements by their text: Kysely prepares every query anew, and compiling a bulk insert of
 * ~1,000 rows costs SQLite about as much as a quarter of running it (bench/discovery-import.ts). A statement still
 * iterating is never handed out twice.
 */
function reusingStatements(sqlite: SqliteDatabase.Database): SqliteDatabaseLike {
  const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: 64 });
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const cached = statements.get(text);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(text);
      statements.set(text, statement);
      return statement;
    },
  };
}

export function openDatabase(url: string, options: { schema?: string } = {}): AmplioDatabase {
  const dialect = dialectOf(url);
  if (dialect === "postgres") {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect, url, schema: options.schema, destroy: () => db.destroy() };
  }
  const file = url.slice("sqlite:".length);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  return { db, dialect, url, sqlite, destroy: () => db.destroy() };
}

/** True when a write failed on a unique constraint, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
