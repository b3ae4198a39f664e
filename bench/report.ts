/**
 * Campaign report benchmark (issue 7): one campaign with 500 creators under contract (flat fee, affiliate, hybrid),
 * each with a tracking link, a discount code and 1–3 live posts with metric snapshots; 5,000,000 clicks over six
 * weeks appended by the real ClickWriter and counted by the real ClickRollup; 200,000 conversions stored as
 * recordConversion stores them (attributed by the real M11 function; some unattributed, some refunded, some leads).
 * Then `GET /api/v1/campaigns/{id}/report` through app.inject, 50 runs after 5 warm-ups, beside a baseline timed in
 * the same run: reading the campaign's rolled-up hourly rows alone. Target: report p95 ≤ 300 ms on both databases.
 * Then each loader the report calls, timed alone, to show where the time goes.
 *
 *   npm run bench:report
 *   BENCH_CLICKS=500000 npm run bench:report      # a quick run: conversions stay one per 25 clicks
 *   BENCH_ENGINES=sqlite npm run bench:report     # one engine only
 *   AMPLIO_BENCH_POSTGRES_URL=postgres://… (default: the test database URL)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildApp } from "../src/app.js";
import type { DialectName } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { getCampaign } from "../src/modules/campaigns/get-campaign.js";
import { listCampaignCreators } from "../src/modules/campaigns/list-campaign-creators.js";
import { listContracts } from "../src/modules/contracts/list-contracts.js";
import { summariseCampaignConversions } from "../src/modules/conversions/summarise-campaign-conversions.js";
import { checkForecasts } from "../src/modules/planner/forecast-vs-actual.js";
import { listCampaignPosts } from "../src/modules/posts/list-campaign-posts.js";
import { getCampaignReport } from "../src/modules/reports/get-campaign-report.js";
import { getLinkAnalytics } from "../src/modules/tracking/link-analytics.js";
import { openBenchDatabase, percentile } from "./bench-support.js";
import { clicksPerConversion, loadBenchCampaign } from "./report-data.js";

const clickTotal = Number(process.env.BENCH_CLICKS ?? 5_000_000);
const creatorCount = 500;
const warmUps = 5;
const runs = Number(process.env.BENCH_RUNS ?? 50);
const targetMs = 300;
const publicUrl = "http://bench.test";
const work = mkdtempSync(path.join(tmpdir(), "amplio-bench-report-"));
const log = (message: string) => process.stderr.write(`${message}\n`);

async function time(work: () => Promise<unknown>, times: number, warm = 0): Promise<number[]> {
  const measured: number[] = [];
  for (let i = 0; i < warm + times; i++) {
    const started = performance.now();
    await work();
    if (i >= warm) measured.push(performance.now() - started);
  }
  return measured;
}

interface Figures {
  engine: string;
  loadSeconds: number;
  report: number[];
  baseline: number[];
  baselineRows: number;
  loaders: Array<[string, number[]]>;
}

async function runEngine(dialect: DialectName): Promise<Figures> {
  const { database, drop } = await openBenchDatabase(dialect, { name: "report", directory: work });
  try {
    const { db } = database;
    await migrateToLatest(db);
    const loaded = await loadBenchCampaign(database, dialect, {
      clicks: clickTotal,
      creators: creatorCount,
      publicUrl,
      log,
    });
    const { organisationId, campaignId } = loaded;
    const app = await buildApp({ database, logLevel: "silent", webRoot: null, publicUrl });
    try {
      const getReport = async () => {
        const response = await app.inject({
          method: "GET",
          url: `/api/v1/campaigns/${campaignId}/report`,
          headers: { authorization: `Bearer ${loaded.apiKey}` },
        });
        if (response.statusCode !== 200) throw new Error(`report: ${response.statusCode} ${response.body}`);
        return response;
      };
      const readRollups = () =>
        db
          .selectFrom("tracking_link_hourly")
          .selectAll()
          .where("organisation_id", "=", organisationId)
          .where("campaign_id", "=", campaignId)
          .execute();
      const totals = (await getReport()).json().totals;
      log(
        `${dialect}: report totals: clicks ${totals.clicks}, orders ${totals.orders}, revenue ${totals.revenue}, cost ${totals.cost}, attribution ${JSON.stringify(totals.attribution)}`,
      );
      // Alternating, so both see the same state of the machine.
      const report: number[] = [];
      const baseline: number[] = [];
      let baselineRows = 0;
      for (let i = 0; i < warmUps + runs; i++) {
        const [reportMs] = await time(getReport, 1);
        const [baselineMs] = await time(async () => {
          baselineRows = (await readRollups()).length;
        }, 1);
        if (i >= warmUps) {
          report.push(reportMs as number);
          baseline.push(baselineMs as number);
        }
      }

      // Where the time goes: each loader the report calls, alone.
      const campaign = await getCampaign(db, organisationId, campaignId);
      const to = new Date().toISOString();
      const built = await getCampaignReport(db, organisationId, campaignId);
      const loaders: Array<[string, () => Promise<unknown>]> = [
        ["getCampaign", () => getCampaign(db, organisationId, campaignId)],
        ["listCampaignCreators", () => listCampaignCreators(db, organisationId, campaignId)],
        ["listContracts", () => listContracts(db, organisationId, { campaignId, inForceOnly: true })],
        ["listCampaignPosts", () => listCampaignPosts(db, organisationId, campaignId)],
        [
          "getLinkAnalytics",
          () =>
            getLinkAnalytics(
              db,
              organisationId,
              { campaignId },
              { from: `${campaign.startDate}T00:00:00.000Z`, to, granularity: "day" },
              // As the report calls it: the whole days up to now, without the country and referrer rows.
              { now: new Date(to), breakdowns: false },
            ),
        ],
        [
          "summariseCampaignConversions",
          () => summariseCampaignConversions(db, organisationId, campaignId, campaign.currency),
        ],
        [
          "getCampaignReport (all of the above, built)",
          () => getCampaignReport(db, organisationId, campaignId),
        ],
        ["checkForecasts (planner)", () => checkForecasts(db, organisationId, built)],
      ];
      const loaderTimes: Array<[string, number[]]> = [];
      for (const [name, work] of loaders) loaderTimes.push([name, await time(work, 10, 2)]);
      return {
        engine: dialect === "sqlite" ? "SQLite" : "PostgreSQL",
        loadSeconds:
          loaded.seconds.setup + loaded.seconds.clicks + loaded.seconds.rollup + loaded.seconds.conversions,
        report,
        baseline,
        baselineRows,
        loaders: loaderTimes,
      };
    } finally {
      await app.close();
    }
  } finally {
    await drop();
  }
}

try {
  const engines = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",") as DialectName[];
  const results: Figures[] = [];
  for (const dialect of engines) results.push(await runEngine(dialect));
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  console.log(
    [
      `Campaign report: ${creatorCount} creators, ${clickTotal.toLocaleString("en")} clicks, ${(clickTotal / clicksPerConversion).toLocaleString("en")} conversions; GET /api/v1/campaigns/{id}/report through app.inject, ${runs} runs after ${warmUps} warm-ups; baseline: select * from tracking_link_hourly for the campaign (${results.map((f) => `${f.baselineRows.toLocaleString("en")} rows`).join(", ")})`,
      "",
      row([
        "engine",
        "data load",
        "report p50",
        "report p95",
        "baseline p50",
        "baseline p95",
        "p95 ÷ baseline p95",
        `target: report p95 ≤ ${targetMs} ms`,
      ]),
      row(Array(8).fill("---")),
      ...results.map((f) =>
        row([
          f.engine,
          `${f.loadSeconds.toFixed(0)} s`,
          ms(percentile(f.report, 50)),
          ms(percentile(f.report, 95)),
          ms(percentile(f.baseline, 50)),
          ms(percentile(f.baseline, 95)),
          `${(percentile(f.report, 95) / percentile(f.baseline, 95)).toFixed(2)}×`,
          percentile(f.report, 95) <= targetMs ? "met" : "not met",
        ]),
      ),
      "",
      "Each loader alone (10 runs after 2 warm-ups):",
      "",
      row(["loader", ...results.flatMap((f) => [`${f.engine} p50`, `${f.engine} p95`])]),
      row(Array(1 + 2 * results.length).fill("---")),
      ...(results[0]?.loaders ?? []).map(([name], i) =>
        row([
          name,
          ...results.flatMap((f) => {
            const times = f.loaders[i]?.[1] ?? [];
            return [ms(percentile(times, 50)), ms(percentile(times, 95))];
          }),
        ]),
      ),
    ].join("\n"),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
