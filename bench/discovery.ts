/**
 * Creator discovery benchmark (issue 3): times the real streamed CSV import on the first 100,000 generated creators,
 * loads the rest (to N, default 1,000,000) with multi-row inserts in big transactions, into SQLite and PostgreSQL,
 * then runs a fixed mix of 200 searches (filters + sort + exact total + facets,
 * 40% with full text) through searchCreators (change-counter check, in-memory index, page rows from the database),
 * beside a baseline measured in the same run: a plain scan over typed arrays of the same rows.
 *
 *   npm run bench:discovery                    # 1,000,000 creators
 *   BENCH_CREATORS=100000 npm run bench:discovery
 *   BENCH_ENGINES=sqlite npm run bench:discovery   # one engine only
 *   AMPLIO_BENCH_POSTGRES_URL=postgres://… (default: the test database URL)
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DialectName } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { type CreatorInput, insertCreators } from "../src/modules/creators/creators.js";
import { importCreators } from "../src/modules/creators/import-creators.js";
import { tierForFollowers, tiers } from "../src/modules/creators/tiers.js";
import { type SearchCreatorsQuery, searchCreators } from "../src/modules/discovery/search-creators.js";
import { createOrganisation } from "../src/modules/organisations/organisations.js";
import { openBenchDatabase, percentile } from "./bench-support.js";
import {
  benchCountries,
  benchCreator,
  benchCsvHeader,
  benchCsvLine,
  benchNiches,
  benchPlatforms,
  queryMix,
} from "./discovery-data.js";

const count = Number(process.env.BENCH_CREATORS ?? 1_000_000);
const imported = Math.min(count, 100_000);
const work = mkdtempSync(path.join(tmpdir(), "amplio-bench-"));

/** The baseline: the same rows in typed arrays, each query a plain scan (text by substring). */
function buildBaseline() {
  const platform = new Uint8Array(count);
  const tier = new Uint8Array(count);
  const followers = new Float64Array(count);
  const rate = new Float32Array(count);
  const country = new Uint8Array(count);
  const niches = new Uint32Array(count);
  const email = new Uint8Array(count);
  const text: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const c = benchCreator(i);
    platform[i] = benchPlatforms.indexOf(c.platform);
    tier[i] = tiers.indexOf(tierForFollowers(c.followers));
    followers[i] = c.followers;
    rate[i] = c.engagementRate;
    country[i] = benchCountries.indexOf(c.country);
    let mask = 0;
    for (const n of c.niches) mask |= 1 << benchNiches.indexOf(n);
    niches[i] = mask;
    email[i] = c.email ? 1 : 0;
    text[i] = `${c.name} ${c.handle} ${c.bio}`.toLowerCase();
  }
  return (q: SearchCreatorsQuery) => {
    const terms = q.q ? q.q.toLowerCase().split(/\s+/) : [];
    const wantPlatform = q.platform
      ? benchPlatforms.indexOf(q.platform[0] as (typeof benchPlatforms)[number])
      : -1;
    const wantTier = q.tier ? tiers.indexOf(q.tier[0] as (typeof tiers)[number]) : -1;
    const wantCountry = q.country ? benchCountries.indexOf(q.country[0] as string) : -1;
    let nicheMask = 0;
    for (const n of q.niche ?? []) nicheMask |= 1 << benchNiches.indexOf(n);
    const platformCounts = new Int32Array(4);
    const tierCounts = new Int32Array(6);
    const countryCounts = new Int32Array(16);
    const nicheCounts = new Int32Array(32);
    const top: Array<[number, number]> = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (wantPlatform >= 0 && platform[i] !== wantPlatform) continue;
      if (wantTier >= 0 && tier[i] !== wantTier) continue;
      if (wantCountry >= 0 && country[i] !== wantCountry) continue;
      if (nicheMask && ((niches[i] as number) & nicheMask) === 0) continue;
      const f = followers[i] as number;
      if (q.minFollowers !== undefined && f < q.minFollowers) continue;
      if (q.maxFollowers !== undefined && f > q.maxFollowers) continue;
      if (q.minEngagementRate !== undefined && (rate[i] as number) < q.minEngagementRate) continue;
      if (q.hasEmail && email[i] !== 1) continue;
      if (terms.length && !terms.every((t) => (text[i] as string).includes(t))) continue;
      total += 1;
      platformCounts[platform[i] as number] = (platformCounts[platform[i] as number] as number) + 1;
      tierCounts[tier[i] as number] = (tierCounts[tier[i] as number] as number) + 1;
      countryCounts[country[i] as number] = (countryCounts[country[i] as number] as number) + 1;
      for (let n = 0; n < benchNiches.length; n++)
        if (((niches[i] as number) >> n) & 1) nicheCounts[n] = (nicheCounts[n] as number) + 1;
      const key = q.sort === "engagementRate" ? (rate[i] as number) : f;
      if (top.length < 50) {
        top.push([key, i]);
        if (top.length === 50) top.sort((a, b) => a[0] - b[0]);
      } else if (key > (top[0] as [number, number])[0]) {
        top[0] = [key, i];
        top.sort((a, b) => a[0] - b[0]);
      }
    }
    return total;
  };
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(benchCsvHeader);
  let chunk = "";
  for (let i = 0; i < imported; i++) {
    chunk += benchCsvLine(benchCreator(i));
    if (chunk.length > 1_000_000) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = "";
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

interface Figures {
  engine: string;
  importRowsPerSecond: number | null;
  indexBuildMs: number | null;
  all: number[];
  filtered: number[];
  text: number[];
}

async function runEngine(
  dialect: DialectName,
  csv: string,
  queries: SearchCreatorsQuery[],
): Promise<Figures> {
  const { database, drop } = await openBenchDatabase(dialect, { name: "discovery", directory: work });
  try {
    const { db } = database;
    await migrateToLatest(db);
    const organisation = await db.transaction().execute((trx) =>
      createOrganisation(trx, {
        name: "Bench",
        slug: `bench-${dialect}`,
        kind: "brand",
        actor: systemActor("bench"),
      }),
    );
    const ctx = { organisationId: organisation.id, actor: systemActor("bench") };
    process.stderr.write(`${dialect}: importing ${imported.toLocaleString("en")} creators from CSV…\n`);
    let started = performance.now();
    // As `amplio creators import` does: the file read in a worker thread beside the writes.
    const summary = await importCreators(db, ctx, { file: csv }, { format: "csv", batchSize: 10_000 });
    const importSeconds = (performance.now() - started) / 1000;
    if (summary.imported !== imported)
      throw new Error(
        `imported ${summary.imported} of ${imported}: ${JSON.stringify(summary.rejections.slice(0, 3))}`,
      );
    process.stderr.write(
      `${dialect}: ${Math.round(imported / importSeconds).toLocaleString("en")} rows/s; loading the rest…\n`,
    );
    for (let start = imported; start < count; start += 50_000) {
      const inputs: CreatorInput[] = [];
      for (let i = start; i < Math.min(count, start + 50_000); i++) {
        const c = benchCreator(i);
        inputs.push({
          name: c.name,
          email: c.email || null,
          accounts: [
            {
              platform: c.platform,
              handle: c.handle,
              followers: c.followers,
              engagementRate: c.engagementRate,
              country: c.country,
              language: c.language,
              niches: c.niches,
              bio: c.bio,
            },
          ],
        });
      }
      await db.transaction().execute((trx) => insertCreators(trx, organisation.id, inputs));
    }
    process.stderr.write(`${dialect}: building the index…\n`);
    started = performance.now();
    await searchCreators(db, organisation.id, { limit: 50 });
    const indexBuildMs = performance.now() - started;
    const times: number[] = [];
    for (const query of [...queries.slice(0, 20), ...queries]) {
      const t = performance.now();
      await searchCreators(db, organisation.id, query);
      times.push(performance.now() - t);
    }
    const measured = times.slice(20);
    return {
      engine: dialect === "sqlite" ? "SQLite + in-memory index" : "PostgreSQL + in-memory index",
      importRowsPerSecond: imported / importSeconds,
      indexBuildMs,
      all: measured,
      filtered: measured.filter((_, i) => !queries[i]?.q),
      text: measured.filter((_, i) => Boolean(queries[i]?.q)),
    };
  } finally {
    await drop();
  }
}

const csv = path.join(work, "creators.csv");
try {
  process.stderr.write(`Generating ${count.toLocaleString("en")} creators…\n`);
  await writeCsv(csv);
  process.stderr.write(`CSV: ${(statSync(csv).size / 1e6).toFixed(0)} MB\n`);
  const queries = queryMix();

  const results: Figures[] = [];
  const engines = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",") as DialectName[];
  for (const dialect of engines) results.push(await runEngine(dialect, csv, queries));

  process.stderr.write("Baseline: building typed arrays…\n");
  const scan = buildBaseline();
  const baselineTimes: number[] = [];
  for (const query of [...queries.slice(0, 20), ...queries]) {
    const t = performance.now();
    scan(query);
    baselineTimes.push(performance.now() - t);
  }
  const measured = baselineTimes.slice(20);
  const baseline: Figures = {
    engine: "baseline: plain scan over typed arrays",
    importRowsPerSecond: null,
    indexBuildMs: null,
    all: measured,
    filtered: measured.filter((_, i) => !queries[i]?.q),
    text: measured.filter((_, i) => Boolean(queries[i]?.q)),
  };

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const lines = [
    `Import: the streamed CSV import of the first ${imported.toLocaleString("en")} rows. Creator search, ${count.toLocaleString("en")} creators, 200 queries (${baseline.filtered.length} filtered, ${baseline.text.length} with full text), limit 50, exact total + 4 facets`,
    "",
    "| engine | import | index build | p50 all | p95 filtered | p95 full text | p95 all | p95 ÷ baseline p95 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...[...results, baseline].map((f) =>
      [
        f.engine,
        f.importRowsPerSecond === null
          ? ""
          : `${Math.round(f.importRowsPerSecond).toLocaleString("en")} rows/s`,
        f.indexBuildMs === null ? "" : `${(f.indexBuildMs / 1000).toFixed(1)} s`,
        ms(percentile(f.all, 50)),
        ms(percentile(f.filtered, 95)),
        ms(percentile(f.text, 95)),
        ms(percentile(f.all, 95)),
        `${(percentile(f.all, 95) / percentile(baseline.all, 95)).toFixed(2)}×`,
      ]
        .join(" | ")
        .replace(/^/, "| ")
        .replace(/$/, " |"),
    ),
  ];
  console.log(lines.join("\n"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
