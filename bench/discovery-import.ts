/**
 * The creator import alone: streams N generated rows (default 100,000) as CSV through importCreators into a fresh
 * SQLite file (or PostgreSQL with BENCH_ENGINES=postgres), twice: the second pass updates nothing (re-import).
 *
 *   node --import tsx bench/discovery-import.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { importCreators } from "../src/modules/creators/import-creators.js";
import { createOrganisation } from "../src/modules/organisations/organisations.js";
import { benchCreator, benchCsvHeader, benchCsvLine } from "./discovery-data.js";

const count = Number(process.env.BENCH_CREATORS ?? 100_000);
const engine = process.env.BENCH_ENGINES ?? "sqlite";
const postgresUrl = process.env.AMPLIO_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const work = mkdtempSync(path.join(tmpdir(), "amplio-import-"));
const schema = `bench_import_${process.pid}`;

const lines = [benchCsvHeader];
for (let i = 0; i < count; i++) lines.push(benchCsvLine(benchCreator(i)));
const csv = lines.join("");

if (engine === "postgres") {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
}
const database =
  engine === "postgres"
    ? openDatabase(postgresUrl, { schema })
    : openDatabase(`sqlite:${path.join(work, "import.sqlite")}`);
try {
  await migrateToLatest(database.db);
  const organisation = await database.db
    .transaction()
    .execute((trx) =>
      createOrganisation(trx, { name: "Bench", slug: "bench", kind: "brand", actor: systemActor("bench") }),
    );
  const ctx = { organisationId: organisation.id, actor: systemActor("bench") };
  for (const pass of ["first import", "re-import"]) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await importCreators(database.db, ctx, Readable.from([csv]), {
      format: "csv",
      batchSize: 10_000,
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `${engine} ${pass}: ${Math.round(count / seconds).toLocaleString("en")} rows/s, ${Math.round(count / cpuSeconds).toLocaleString("en")} rows per CPU-second (imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected})`,
    );
  }
} finally {
  await database.destroy();
  if (engine === "postgres") {
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
  rmSync(work, { recursive: true, force: true });
}
