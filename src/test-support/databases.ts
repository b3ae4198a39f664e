import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { describe } from "vitest";
import { type BuildAppOptions, buildApp } from "../app.js";
import { type AmplioDatabase, type DialectName, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";

export const postgresTestUrl =
  process.env.AMPLIO_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresTestUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await postgresReachable();
if (postgresProblem && process.env.CI) {
  throw new Error(`PostgreSQL is required in CI but ${postgresTestUrl} is unreachable: ${postgresProblem}`);
}
if (postgresProblem) {
  console.warn(
    `PostgreSQL tests skipped: ${postgresTestUrl} is unreachable (${postgresProblem}). Set AMPLIO_TEST_POSTGRES_URL or start PostgreSQL.`,
  );
}

export interface TestDatabase {
  database: AmplioDatabase;
  /** Drops what the test created: the PostgreSQL schema, or the in-memory SQLite database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory SQLite, or a PostgreSQL schema of its own so test files run in parallel. */
export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const database = openDatabase("sqlite::memory:");
    await migrateToLatest(database.db);
    return { database, drop: () => database.destroy() };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(postgresTestUrl, { schema });
  await migrateToLatest(database.db);
  return {
    database,
    async drop() {
      await database.destroy();
      const cleanup = new pg.Client({ connectionString: postgresTestUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export const testDialects: DialectName[] = ["sqlite", "postgres"];

/**
 * Runs the same suite on SQLite and PostgreSQL. Without PostgreSQL the PostgreSQL half is skipped with a warning
 * locally, and the run fails in CI (see the check above).
 */
export function describeEachDatabase(name: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of testDialects) {
    const run = dialect === "postgres" && postgresProblem ? describe.skip : describe;
    run(`${name} [${dialect}]`, () => suite(dialect));
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: AmplioDatabase;
  close(): Promise<void>;
}

export async function openTestApp(dialect: DialectName, options: BuildAppOptions = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase(dialect);
  const app = await buildApp({
    logLevel: "silent",
    webRoot: null,
    publicUrl: "http://amplio.test",
    // Suites sign up many users from one address; tests/integration/rate-limits.test.ts turns the limits on.
    rateLimits: false,
    ...options,
    database,
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await drop();
    },
  };
}
