/**
 * npm run bench:redirect — issue 6: Amplio's GET /r/:code (SQLite, 10,000 links, every click recorded) against a bare
 * node:http server answering a fixed 302, both driven by autocannon (50 connections, 10 s), alternating, twice.
 * Targets: ≥ 75% of the bare server's requests/s and p99 ≤ 10 ms; after a graceful shutdown the database holds
 * exactly as many clicks as 302s were served.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildApp } from "../src/app.js";
import { openDatabase } from "../src/db/database.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { createLink } from "../src/modules/tracking/create-link.js";
import { asUser, signUp } from "../src/test-support/http.js";

const linkCount = 10_000;
const connections = 50;
// BENCH_SECONDS shortens the runs while iterating; BENCH_PROFILE=<dir> writes a CPU profile of the Amplio process.
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const amplioPort = 3_811;
const barePort = 3_812;
const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

const directory = mkdtempSync(path.join(tmpdir(), "amplio-bench-"));
const databaseUrl = `sqlite:${path.join(directory, "amplio.db")}`;

async function seed(): Promise<string[]> {
  const app = await buildApp({ databaseUrl, logLevel: "warn", webRoot: null });
  const user = await signUp(app, { organisationName: "Bench Brand" });
  const as = asUser(app, user);
  const creator = await as({
    method: "POST",
    url: "/api/v1/creators",
    payload: {
      name: "Bench Creator",
      accounts: [{ platform: "instagram", handle: "bench", followers: 50_000 }],
    },
  });
  const campaign = await as({
    method: "POST",
    url: "/api/v1/campaigns",
    payload: {
      name: "Bench",
      goal: "conversion",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      currency: "EUR",
    },
  });
  const creatorId = (creator.json() as { id: string }).id;
  const campaignId = (campaign.json() as { id: string }).id;
  await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
  const codes: string[] = [];
  const auth = { organisationId: user.organisationId, actor: systemActor("bench") };
  for (let i = 0; i < linkCount; i++) {
    const link = await createLink(
      app.amplio.database.db,
      auth,
      campaignId,
      { creatorId, destinationUrl: `https://shop.example.com/products/${i}?ref=bench` },
      "http://127.0.0.1",
    );
    codes.push(link.code);
  }
  await app.close();
  return codes;
}

function start(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`server exited early (${code})`)));
  });
}

// Both servers report the CPU time they spent after "ready" and the 302s they answered, on SIGTERM.
const bareServer = `let served = 0, from;
require("node:http").createServer((req, res) => {
  served++; res.writeHead(302, { location: "https://shop.example.com/products/1?ref=bench" }); res.end();
}).listen(${barePort}, "127.0.0.1", () => { from = process.cpuUsage(); process.stdout.write("ready\\n"); });
process.once("SIGTERM", () => {
  const cpu = process.cpuUsage(from); process.stdout.write(JSON.stringify({ redirects: served, cpuMicros: cpu.user + cpu.system }) + "\\n"); process.exit(0);
});`;

interface Run {
  requestsPerSecond: number;
  p99: number;
  redirects: number;
}

async function drive(port: number, codes: string[]): Promise<Run> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationSeconds,
    headers: { "user-agent": chrome },
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          next = (next + 7_919) % codes.length;
          return { ...request, path: `/r/${codes[next]}` };
        },
      },
    ],
  });
  if (result.errors > 0 || result.non2xx !== result["3xx"])
    throw new Error(`unexpected answers on port ${port}`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, redirects: result["3xx"] };
}

const codes = await seed();
const profileDirectory = process.env.BENCH_PROFILE;
const amplio = await start([
  ...(profileDirectory ? ["--cpu-prof", "--cpu-prof-dir", profileDirectory] : []),
  "--import",
  "tsx",
  path.join(import.meta.dirname, "redirect-server.ts"),
  databaseUrl,
  String(amplioPort),
]);
const bare = await start(["-e", bareServer]);
const runs: Array<{ server: "amplio" | "bare"; run: Run }> = [];
let bareReport: Promise<ServerReport> | undefined;
try {
  for (let round = 0; round < 2; round++) {
    for (const [server, port] of [
      ["amplio", amplioPort],
      ["bare", barePort],
    ] as const) {
      const run = await drive(port, codes);
      runs.push({ server, run });
      console.log(
        `${server.padEnd(6)} round ${round + 1}: ${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99} ms`,
      );
    }
  }
} finally {
  bareReport = stopAndReport(bare);
}

interface ServerReport {
  redirects: number;
  cpuMicros: number;
}

function stopAndReport(child: ChildProcess): Promise<ServerReport> {
  return new Promise<ServerReport>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", () => {
      const line = output.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as ServerReport);
      } catch {
        reject(new Error(`no report from the server process: ${output}`));
      }
    });
    child.kill("SIGTERM");
  });
}

const amplioReport = await stopAndReport(amplio);
const served = amplioReport.redirects;
const bareCost = (await bareReport).cpuMicros / (await bareReport).redirects;
const amplioCost = amplioReport.cpuMicros / amplioReport.redirects;

const database = openDatabase(databaseUrl);
const clicks = Number(
  (
    await database.db
      .selectFrom("tracking_clicks")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()
  ).n,
);
const rolledUp = Number(
  (
    await database.db
      .selectFrom("tracking_link_hourly")
      .select((eb) => eb.fn.sum<number>(eb("clicks", "+", eb.ref("bot_clicks"))).as("n"))
      .executeTakeFirstOrThrow()
  ).n,
);
await database.destroy();
rmSync(directory, { recursive: true, force: true });

const average = (server: "amplio" | "bare", pick: (run: Run) => number) => {
  const values = runs.filter((r) => r.server === server).map((r) => pick(r.run));
  return values.reduce((a, b) => a + b, 0) / values.length;
};
const worst = (server: "amplio" | "bare") =>
  Math.max(...runs.filter((r) => r.server === server).map((r) => r.run.p99));
const ratio = average("amplio", (r) => r.requestsPerSecond) / average("bare", (r) => r.requestsPerSecond);
const countedByClient = runs
  .filter((r) => r.server === "amplio")
  .reduce((sum, r) => sum + r.run.redirects, 0);

console.log("");
console.log("| figure | Amplio /r/:code (SQLite, 10,000 links) | bare node:http 302 | ratio |");
console.log("| --- | --- | --- | --- |");
console.log(
  `| requests/s (mean of 2 runs) | ${Math.round(average("amplio", (r) => r.requestsPerSecond))} | ${Math.round(average("bare", (r) => r.requestsPerSecond))} | ${(ratio * 100).toFixed(1)}% |`,
);
console.log(`| p99 latency (worst run) | ${worst("amplio")} ms | ${worst("bare")} ms | |`);
console.log(
  `| server CPU per request | ${amplioCost.toFixed(1)} µs | ${bareCost.toFixed(1)} µs | ${((bareCost / amplioCost) * 100).toFixed(1)}% |`,
);
console.log(`| 302s served / clicks stored / in hourly rollups | ${served} / ${clicks} / ${rolledUp} | | |`);
console.log(
  `(autocannon counted ${countedByClient} 302s; answers in flight when a run stopped are served but uncounted)`,
);
const ok = ratio >= 0.75 && worst("amplio") <= 10 && clicks === served && rolledUp === served;
console.log(ok ? "Targets met." : "Targets NOT met.");
process.exitCode = clicks === served && rolledUp === served ? 0 : 1;
