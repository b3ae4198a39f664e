/** What the benchmarks share: their databases (a SQLite file, or a PostgreSQL schema of their own) and percentiles. */
import path from "node:path";
import pg from "pg";
import { type AmplioDatabase, type DialectName, openDatabase } from "../src/db/database.js";

export const benchPostgresUrl =
  process.env.AMPLIO_BENCH_POSTGRES_URL ??
  process.env.AMPLIO_TEST_POSTGRES_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

/** The p-th percentile (nearest rank) of the values; NaN for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * A fresh database for a benchmark: `bench.sqlite` in `directory`, or the schema `bench_<name>_<pid>` on PostgreSQL
 * (dropped by `drop`, so runs leave nothing behind).
 */
export async function openBenchDatabase(
  dialect: DialectName,
  options: { name: string; directory: string },
): Promise<{ database: AmplioDatabase; drop(): Promise<void> }> {
  if (dialect === "sqlite") {
    const database = openDatabase(`sqlite:${path.join(options.directory, "bench.sqlite")}`);
    return { database, drop: async () => database.destroy() };
  }
  const schema = `bench_${options.name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: benchPostgresUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.end();
  const database = openDatabase(benchPostgresUrl, { schema });
  return {
    database,
    async drop() {
      await database.destroy();
      const cleanup = new pg.Client({ connectionString: benchPostgresUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
