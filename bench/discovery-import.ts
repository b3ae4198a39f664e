/**
 * The creator import alone: streams N generated rows (default 100,000) as a CSV file through importCreators into a
 * fresh SQLite file (or PostgreSQL with BENCH_ENGINES=postgres), twice: the second pass updates nothing (re-import).
 * It does so with the file read on the writing thread and read in a worker thread (decision 0006).
 *
 * Beside it, in the same run, two floors of what the database itself allows, each into a fresh database:
 * - write floor: the very rows the import wrote (read back), pre-built, inserted through `insertRows` in the same
 *   10,000-row transactions, with every index and foreign key: the import with reading, checking and building free;
 * - bare-table floor: the same rows into tables with the same columns and no index, key or foreign key.
 *
 *   node --import tsx bench/discovery-import.ts
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompiledQuery, type Kysely } from "kysely";
import type { DialectName } from "../src/db/database.js";
import { insertRows } from "../src/db/insert-rows.js";
import { migrateToLatest } from "../src/db/migrate.js";
import type { Database } from "../src/db/schema.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { importCreators } from "../src/modules/creators/import-creators.js";
import type { CreatorsTable, SocialAccountsTable } from "../src/modules/creators/schema.js";
import { createOrganisation } from "../src/modules/organisations/organisations.js";
import { openBenchDatabase } from "./bench-support.js";
import { benchCreator, benchCsvHeader, benchCsvLine } from "./discovery-data.js";

const count = Number(process.env.BENCH_CREATORS ?? 100_000);
const engine = (process.env.BENCH_ENGINES ?? "sqlite") as DialectName;
const batchSize = 10_000;
const work = mkdtempSync(path.join(tmpdir(), "amplio-import-"));

const lines = [benchCsvHeader];
for (let i = 0; i < count; i++) lines.push(benchCsvLine(benchCreator(i)));
// Read from a file, as `amplio creators import` does: the parser then takes it in 64 KiB chunks.
const csvFile = path.join(work, "creators.csv");
writeFileSync(csvFile, lines.join(""));

async function freshWorkspace(name: string) {
  const directory = mkdtempSync(path.join(work, `${name}-`));
  const bench = await openBenchDatabase(engine, { name: `import_${name}`, directory });
  await migrateToLatest(bench.database.db);
  const organisation = await bench.database.db
    .transaction()
    .execute((trx) =>
      createOrganisation(trx, { name: "Bench", slug: "bench", kind: "brand", actor: systemActor("bench") }),
    );
  return { ...bench, db: bench.database.db, organisationId: organisation.id };
}

function report(label: string, seconds: number, cpu: NodeJS.CpuUsage, detail = ""): number {
  const rowsPerSecond = count / seconds;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${engine} ${label}: ${Math.round(rowsPerSecond).toLocaleString("en")} rows/s, ${Math.round(count / cpuSeconds).toLocaleString("en")} rows per CPU-second of this process${detail}`,
  );
  return rowsPerSecond;
}

async function timed(run: () => Promise<void>): Promise<{ seconds: number; cpu: NodeJS.CpuUsage }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run();
  return { seconds: (performance.now() - started) / 1000, cpu: process.cpuUsage(cpu) };
}

/** Inserts creators and their accounts batch by batch, one transaction each, as the import's write does. */
async function insertBatches(
  db: Kysely<Database>,
  creators: { table: string; rows: CreatorsTable[] },
  accounts: { table: string; rows: SocialAccountsTable[] },
): Promise<void> {
  for (let start = 0; start < creators.rows.length; start += batchSize)
    await db.transaction().execute(async (trx) => {
      for (const { table, rows } of [creators, accounts]) {
        const chunk: object[] = rows.slice(start, start + batchSize);
        await insertRows(trx, table as "creators", Object.keys(chunk[0] ?? {}) as never, chunk);
      }
    });
}

let written: { creators: CreatorsTable[]; accounts: SocialAccountsTable[] } | undefined;
let importRate = 0;
for (const readInWorker of [false, true]) {
  const workspace = await freshWorkspace(readInWorker ? "worker" : "inline");
  const reading = readInWorker ? "read in a worker thread" : "read inline";
  try {
    const ctx = { organisationId: workspace.organisationId, actor: systemActor("bench") };
    for (const pass of ["first import", "re-import"]) {
      let summary = { imported: 0, updated: 0, unchanged: 0, rejected: 0 };
      const { seconds, cpu } = await timed(async () => {
        const input = readInWorker ? { file: csvFile } : createReadStream(csvFile);
        summary = await importCreators(workspace.db, ctx, input, { format: "csv", batchSize });
      });
      const rate = report(
        `${pass}, ${reading}`,
        seconds,
        cpu,
        ` (imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected})`,
      );
      if (pass === "first import") importRate = Math.max(importRate, rate);
    }
    if (!written) {
      // Each creator was imported with one account, so account i belongs to creator i in id order.
      const creators = await workspace.db.selectFrom("creators").selectAll().orderBy("id").execute();
      const accounts = await workspace.db
        .selectFrom("social_accounts")
        .selectAll()
        .orderBy("creator_id")
        .execute();
      written = { creators, accounts };
    }
  } finally {
    await workspace.drop();
  }
}
if (!written) throw new Error("the import wrote nothing to compare with");
const rows = written;

{
  const workspace = await freshWorkspace("floor");
  try {
    const organisation = { organisation_id: workspace.organisationId };
    const creators = rows.creators.map((row) => ({ ...row, ...organisation }));
    const accounts = rows.accounts.map((row) => ({ ...row, ...organisation }));
    const { seconds, cpu } = await timed(() =>
      insertBatches(
        workspace.db,
        { table: "creators", rows: creators },
        { table: "social_accounts", rows: accounts },
      ),
    );
    const floor = count / seconds;
    report(
      "write floor (same rows pre-built, every index and key)",
      seconds,
      cpu,
      `; faster import ÷ floor ${(importRate / floor).toFixed(2)}`,
    );
  } finally {
    await workspace.drop();
  }
}

{
  const workspace = await freshWorkspace("bare");
  try {
    // Same columns, nothing else: no primary key, unique constraint, index or foreign key to maintain (PostgreSQL keeps the not-null checks).
    for (const table of ["creators", "social_accounts"])
      await workspace.db.executeQuery(
        CompiledQuery.raw(
          engine === "postgres"
            ? `create table bare_${table} (like ${table})`
            : `create table bare_${table} as select * from ${table} where 0`,
        ),
      );
    const { seconds, cpu } = await timed(() =>
      insertBatches(
        workspace.db,
        { table: "bare_creators", rows: rows.creators },
        { table: "bare_social_accounts", rows: rows.accounts },
      ),
    );
    report("bare-table floor (same rows, no index or key)", seconds, cpu);
  } finally {
    await workspace.drop();
  }
}
rmSync(work, { recursive: true, force: true });
