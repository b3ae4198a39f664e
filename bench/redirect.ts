/**
 * npm run bench:redirect — issue 6: Amplio's GET /r/:code (10,000 links, every click recorded) against a bare
 * node:http server answering a fixed 302, both driven by wrk (a C load generator, so the generator is not what
 * caps the bare server) over loopback, alternating, BENCH_ROUNDS rounds each (3 by default), each run started only
 * once Amplio has stored and rolled up every click it answered and both servers (and PostgreSQL) are idle. How many
 * clicks Amplio had answered but not yet stored when each run ended is printed: a store that falls behind makes a
 * run look faster than the load it could sustain.
 *
 * Amplio runs as users run it: `bin/amplio.js serve` (compiled), default log level, job runner and link-version poll.
 * Targets: ≥ 75% of the bare server's requests/s and p99 ≤ 10 ms; after a graceful shutdown the database holds
 * exactly as many clicks as 302s were served, and the hourly rollups count each of them once.
 *
 * BENCH_DATABASE=postgres runs on PostgreSQL (a schema of its own, dropped after; AMPLIO_BENCH_POSTGRES_URL).
 * BENCH_PROCESSES=2 runs two Amplio processes on the same database (and two bare ones), each on its own port,
 * driven together by two wrk processes. BENCH_SECONDS shortens the runs while iterating; BENCH_PROFILE=<dir> writes
 * CPU profiles of the Amplio processes; BENCH_AMPLIO_FLAGS adds node flags to them (`--perf-basic-prof` for perf).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../src/app.js";
import type { DialectName } from "../src/db/database.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { createLink } from "../src/modules/tracking/create-link.js";
import { asUser, signUp } from "../src/test-support/http.js";
import { openBenchDatabase } from "./bench-support.js";

const linkCount = 10_000;
const connections = 50;
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const processes = Number(process.env.BENCH_PROCESSES ?? 1);
const dialect: DialectName = process.env.BENCH_DATABASE === "postgres" ? "postgres" : "sqlite";
const profileDirectory = process.env.BENCH_PROFILE;
const amplioPorts = [3_811, 3_813].slice(0, processes);
const barePorts = [3_812, 3_814].slice(0, processes);
const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const root = path.join(import.meta.dirname, "..");
const probe = path.join(import.meta.dirname, "redirect-probe.mjs");
const clockTicksPerSecond = 100;

/** wrk from the system; installed from Debian's packages when missing and we may (root, apt-get), else a clear stop. */
function ensureWrk(): void {
  if (spawnSync("wrk", ["--version"]).error === undefined) return;
  const canInstall = process.getuid?.() === 0 && spawnSync("apt-get", ["--version"]).error === undefined;
  if (!canInstall)
    throw new Error(
      "bench:redirect needs wrk, a C HTTP load generator (https://github.com/wg/wrk): " +
        "`sudo apt-get install wrk` on Debian/Ubuntu, `brew install wrk` on macOS, then run it again.",
    );
  console.log("wrk is missing: installing Debian's package (apt-get install wrk)");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "wrk"],
  ]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install wrk by hand`);
  }
}

async function seed(database: Awaited<ReturnType<typeof openBenchDatabase>>["database"]): Promise<string[]> {
  const app = await buildApp({ database, logLevel: "warn", webRoot: null });
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
      database.db,
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

/**
 * wrk's script: every request a different code (a stride through the 10,000, prime to their count), requests built
 * once in `init` so the generator spends no Lua per request; `done` prints the figures as one JSON line.
 */
function wrkScript(codes: string[]): string {
  return `local codes = { ${codes.map((c) => `"${c}"`).join(", ")} }
local requests, i = {}, 0
function init(args)
  wrk.headers["User-Agent"] = "${chrome}"
  for k = 1, #codes do requests[k] = wrk.format("GET", "/r/" .. codes[k]) end
end
function request()
  i = (i + 7919) % #requests
  return requests[i + 1]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%f,"p99":%f,"errors":%d,"non3xx":%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;
}

interface WrkRun {
  requests: number;
  seconds: number;
  /** ms */
  p99: number;
  errors: number;
  non3xx: number;
  /** wrk's own user + system CPU seconds. */
  cpuSeconds: number;
}

/** One wrk, one thread, its share of the connections; its CPU time from the shell's `times` once it has exited. */
function runWrk(port: number, scriptPath: string, seconds: number, share: number): Promise<WrkRun> {
  const args = ["-t1", `-c${share}`, `-d${seconds}s`, "-s", scriptPath, `http://127.0.0.1:${port}`];
  const child = spawn("bash", ["-c", 'wrk "$@" || exit $?; times >&2', "wrk", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    // "close", not "exit": only then has all of its output been read.
    child.once("close", (code) => {
      const json = out.split("\n").find((line) => line.startsWith("{"));
      // `times`: the shell's user and system time, then its children's (wrk's) on the second line.
      const children = err.trim().split("\n").pop()?.split(" ") ?? [];
      if (code !== 0 || !json || children.length !== 2)
        return reject(new Error(`wrk failed on port ${port} (${code}): ${out}${err}`));
      const seconds = (t: string) => {
        const [, minutes, rest] = /^(\d+)m([\d.]+)s$/.exec(t) ?? [];
        return Number(minutes) * 60 + Number(rest);
      };
      resolve({
        ...(JSON.parse(json) as Omit<WrkRun, "cpuSeconds">),
        cpuSeconds: children.reduce((a, t) => a + seconds(t), 0),
      });
    });
  });
}

/** User + system CPU seconds so far of a process (all its threads), or of its main thread alone. */
function cpuSecondsOf(pid: number, mainThreadOnly = false): number {
  const file = mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  const fields = readFileSync(file, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

/**
 * CPU seconds of every PostgreSQL process on this machine (the server's backends serve every client of it), with
 * those of backends that have exited, which the postmaster counts as its children's.
 */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.split(") ")[1]?.split(" ") ?? [];
      total +=
        (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) /
        clockTicksPerSecond;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/**
 * Waits (at most 30 s) until the servers, and PostgreSQL when it is the database, are idle, i.e. below 5% of a core
 * over half a second: Amplio's click store finishes a run's clicks after it, and must not do so while the other
 * server is measured.
 */
async function settle(servers: Server[]): Promise<number> {
  const started = Date.now();
  const cpu = () =>
    servers.reduce((sum, s) => sum + cpuSecondsOf(s.child.pid as number), 0) +
    (dialect === "postgres" ? postgresCpuSeconds() : 0);
  for (let attempt = 0; attempt < 60; attempt++) {
    const before = cpu();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (cpu() - before < 0.025) break;
  }
  return (Date.now() - started) / 1000;
}

/** What the bench asks of Amplio's database between runs. */
interface AmplioStore {
  /** Clicks answered (as wrk counts them, `requests` more now) and not in the click table yet. */
  unstored(requests: number): Promise<number>;
  /** Resolves once every answered click is stored and rolled up (at most 60 s): none of a run's work lands in the next. */
  caughtUp(): Promise<void>;
}

interface Server {
  child: ChildProcess;
  port: number;
  reportPath: string;
  /** CPU seconds when it started listening. */
  cpuAtReady: number;
}

async function listening(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server on port ${port} exited early (${child.exitCode})`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server on port ${port} did not listen within 60 s`);
}

async function startServer(
  name: string,
  port: number,
  args: string[],
  env: NodeJS.ProcessEnv,
  directory: string,
): Promise<Server> {
  const reportPath = path.join(directory, `${name}-${port}.json`);
  const log = path.join(directory, `${name}-${port}.log`);
  const child = spawn(process.execPath, ["--import", probe, ...args], {
    cwd: root,
    env: { ...env, BENCH_REPORT: reportPath },
    // The server's log (Amplio's default level is info) goes to a file, never to a pipe nobody reads.
    stdio: ["ignore", "pipe", "pipe"],
  });
  writeFileSync(log, "");
  const append = (chunk: Buffer) => writeFileSync(log, chunk, { flag: "a" });
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  await listening(port, child);
  return { child, port, reportPath, cpuAtReady: cpuSecondsOf(child.pid as number) };
}

interface ServerReport {
  redirects: number;
  /** CPU seconds from listening to the end of the graceful shutdown. */
  cpuSeconds: number;
}

function stop(server: Server): Promise<ServerReport> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      server.child.kill("SIGKILL");
      reject(new Error(`server on port ${server.port} did not stop within 30 s`));
    }, 30_000);
    server.child.once("exit", () => {
      clearTimeout(timeout);
      try {
        const report = JSON.parse(readFileSync(server.reportPath, "utf8")) as {
          redirects: number;
          cpuMicros: number;
        };
        resolve({ redirects: report.redirects, cpuSeconds: report.cpuMicros / 1e6 - server.cpuAtReady });
      } catch (error) {
        reject(new Error(`no report from the server on port ${server.port}: ${String(error)}`));
      }
    });
    server.child.kill("SIGTERM");
  });
}

const bareServer = (port: number) => `require("node:http").createServer((req, res) => {
  res.writeHead(302, { location: "https://shop.example.com/products/1?ref=bench" }); res.end();
}).listen(${port}, "127.0.0.1");
process.once("SIGTERM", () => process.exit(0));`;

interface Round {
  server: "amplio" | "bare";
  round: number;
  requestsPerSecond: number;
  p99: number;
  /** wrk's CPU time over the run's wall time, as a share of the machine's cores. */
  generatorShare: number;
  /** wrk's CPU time per request, µs. */
  generatorMicros: number;
  /** The servers' CPU time per request during the run window only (the click worker's tail lands after it). */
  serverMicros: number;
  /** The same for the servers' main threads alone: the thread that answers the requests. */
  mainThreadMicros: number;
  /** The PostgreSQL server's CPU per request during the run, µs (every backend: other clients of it count too). */
  postgresMicros: number;
  /** Seconds the servers took to fall idle after the run. */
  settleSeconds: number;
  /** Clicks answered but not yet stored when the run ended (Amplio): how far the click store lagged. */
  behind: number | null;
  /** 302s wrk counted. */
  requests: number;
  load: number;
}

/** Drives every server of a kind at once, one wrk each, the connections shared among them. */
async function drive(
  servers: Server[],
  scriptPath: string,
  seconds: number,
  store?: AmplioStore,
): Promise<Omit<Round, "server" | "round">> {
  const load = loadavg()[0] as number;
  const pids = servers.map((s) => s.child.pid as number);
  const before = pids.map((pid) => cpuSecondsOf(pid));
  const mainBefore = pids.map((pid) => cpuSecondsOf(pid, true));
  const postgresBefore = dialect === "postgres" ? postgresCpuSeconds() : 0;
  const runs = await Promise.all(
    servers.map((s) => runWrk(s.port, scriptPath, seconds, connections / servers.length)),
  );
  const serverCpu = pids.reduce((sum, pid, i) => sum + cpuSecondsOf(pid) - (before[i] as number), 0);
  const mainCpu = pids.reduce((sum, pid, i) => sum + cpuSecondsOf(pid, true) - (mainBefore[i] as number), 0);
  const postgresCpu = dialect === "postgres" ? postgresCpuSeconds() - postgresBefore : 0;
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const behind = store ? await store.unstored(requests) : null;
  const settling = Date.now();
  await store?.caughtUp();
  const settleSeconds = (Date.now() - settling) / 1000 + (await settle(servers));
  for (const run of runs)
    if (run.errors > 0 || run.non3xx > 0)
      throw new Error(`wrk saw ${run.errors} socket errors and ${run.non3xx} answers other than 3xx`);
  const wall = Math.max(...runs.map((r) => r.seconds));
  const generatorCpu = runs.reduce((sum, r) => sum + r.cpuSeconds, 0);
  return {
    requestsPerSecond: runs.reduce((sum, r) => sum + r.requests / r.seconds, 0),
    p99: Math.max(...runs.map((r) => r.p99)),
    generatorShare: generatorCpu / (wall * availableParallelism()),
    generatorMicros: (generatorCpu / requests) * 1e6,
    serverMicros: (serverCpu / requests) * 1e6,
    mainThreadMicros: (mainCpu / requests) * 1e6,
    postgresMicros: (postgresCpu / requests) * 1e6,
    settleSeconds,
    behind,
    requests,
    load,
  };
}

ensureWrk();
const directory = mkdtempSync(path.join(tmpdir(), "amplio-bench-"));
const bench = await openBenchDatabase(dialect, { name: "redirect", directory });
const databaseUrl = bench.database.url;
const schema = bench.database.schema;
console.log(`seeding ${linkCount} links (${dialect})…`);
const codes = await seed(bench.database);
const scriptPath = path.join(directory, "codes.lua");
writeFileSync(scriptPath, wrkScript(codes));

// As a user starts it: only the database, port and host given; everything else Amplio's defaults.
const amplioEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...(schema ? { AMPLIO_DATABASE_SCHEMA: schema } : {}),
};
delete amplioEnv.AMPLIO_LOG_LEVEL;
const amplio: Server[] = [];
const bare: Server[] = [];
const rounds_: Round[] = [];
let failure: unknown = null;
try {
  for (const port of amplioPorts)
    amplio.push(
      await startServer(
        "amplio",
        port,
        [
          ...(profileDirectory ? ["--cpu-prof", "--cpu-prof-dir", profileDirectory] : []),
          ...(process.env.BENCH_AMPLIO_FLAGS ? process.env.BENCH_AMPLIO_FLAGS.split(" ") : []),
          path.join(root, "bin", "amplio.js"),
          "serve",
          "--database",
          databaseUrl,
          "--port",
          String(port),
          "--host",
          "127.0.0.1",
        ],
        amplioEnv,
        directory,
      ),
    );
  for (const port of barePorts)
    bare.push(await startServer("bare", port, ["-e", bareServer(port)], process.env, directory));
  // Answered by Amplio so far (as wrk counts them) less the clicks in the table: the store's lag at a run's end.
  let answered = 0;
  const clickTable = () =>
    bench.database.db
      .selectFrom("tracking_clicks")
      .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("seq").as("last")])
      .executeTakeFirstOrThrow();
  const store: AmplioStore = {
    async unstored(requests) {
      answered += requests;
      return answered - Number((await clickTable()).n);
    },
    async caughtUp() {
      for (let attempt = 0; attempt < 240; attempt++) {
        const clicks = await clickTable();
        const { rolled_up_through } = await bench.database.db
          .selectFrom("tracking_rollup_state")
          .select("rolled_up_through")
          .executeTakeFirstOrThrow();
        if (Number(clicks.n) >= answered && Number(rolled_up_through) >= Number(clicks.last ?? 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
  // Both warmed up alike (JIT, caches) before anything is counted.
  await drive(amplio, scriptPath, 2, store);
  await drive(bare, scriptPath, 2);
  for (let round = 1; round <= rounds; round++)
    for (const [server, servers] of [
      ["amplio", amplio],
      ["bare", bare],
    ] as const) {
      const run = {
        server,
        round,
        ...(await drive(servers, scriptPath, durationSeconds, server === "amplio" ? store : undefined)),
      };
      rounds_.push(run);
      console.log(
        `${server.padEnd(6)} round ${round}: ${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99.toFixed(2)} ms, ` +
          `server ${run.serverMicros.toFixed(1)} µs/req in the run (main thread ${run.mainThreadMicros.toFixed(1)}), wrk ${(run.generatorShare * 100).toFixed(0)}% of the cores ` +
          `(${run.generatorMicros.toFixed(1)} µs/req), load ${run.load.toFixed(2)}` +
          (dialect === "postgres" ? `, PostgreSQL ${run.postgresMicros.toFixed(1)} µs/req` : "") +
          (run.behind === null ? "" : `, ${run.behind} clicks not yet stored at the end`) +
          `, caught up and idle ${run.settleSeconds.toFixed(1)} s after`,
      );
    }
} catch (error) {
  failure = error;
}
const amplioReports = await Promise.all(amplio.map(stop));
const bareReports = await Promise.all(bare.map(stop));
if (failure) {
  await bench.drop();
  rmSync(directory, { recursive: true, force: true });
  throw failure;
}

const db = bench.database.db;
const clicks = Number(
  (
    await db
      .selectFrom("tracking_clicks")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()
  ).n,
);
const rolledUp = Number(
  (
    await db
      .selectFrom("tracking_link_hourly")
      .select((eb) => eb.fn.sum<number>(eb("clicks", "+", eb.ref("bot_clicks"))).as("n"))
      .executeTakeFirstOrThrow()
  ).n,
);
await bench.drop();
// What went wrong in a server (a failed write or rollup) is in its log: warnings and errors are shown before it goes.
for (const port of amplioPorts) {
  const problems = readFileSync(path.join(directory, `amplio-${port}.log`), "utf8")
    .split("\n")
    .filter((line) => /"level":(40|50|60)/.test(line) || /Error/.test(line));
  if (problems.length > 0)
    console.log(
      `Amplio on port ${port} logged ${problems.length} warnings or errors, the first:\n${problems.slice(0, 5).join("\n")}`,
    );
}
rmSync(directory, { recursive: true, force: true });

const served = amplioReports.reduce((sum, r) => sum + r.redirects, 0);
const perRequest = (reports: ServerReport[]) =>
  (reports.reduce((sum, r) => sum + r.cpuSeconds, 0) / reports.reduce((sum, r) => sum + r.redirects, 0)) *
  1e6;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const of = (server: Round["server"]) => rounds_.filter((r) => r.server === server);
const ratios = of("amplio").map((r, i) => r.requestsPerSecond / (of("bare")[i] as Round).requestsPerSecond);
const ratio = median(ratios);
const p99 = median(of("amplio").map((r) => r.p99));
const amplioMicros = perRequest(amplioReports);
const bareMicros = perRequest(bareReports);
const label = `${dialect === "sqlite" ? "SQLite" : "PostgreSQL"}, ${processes} process${processes > 1 ? "es" : ""}`;

const cells = (server: Round["server"], pick: (r: Round) => number, format: (v: number) => string) =>
  of(server)
    .map((r) => format(pick(r)))
    .join(" / ");
const row = (figure: string, amplioCells: string, bareCells: string, ratioCell = "") =>
  console.log(`| ${figure} | ${amplioCells} | ${bareCells} | ${ratioCell} |`);
const rate = (v: number) => Math.round(v).toLocaleString("en");
const micros = (v: number) => v.toFixed(1);
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

console.log("");
row(`figure (${label}, rounds 1–${rounds})`, "Amplio `serve` /r/:code", "bare node:http 302", "ratio");
row("---", "---", "---", "---");
row(
  "requests/s",
  cells("amplio", (r) => r.requestsPerSecond, rate),
  cells("bare", (r) => r.requestsPerSecond, rate),
  `${ratios.map(percent).join(" / ")} (median ${percent(ratio)})`,
);
row(
  "p99 latency, ms",
  cells("amplio", (r) => r.p99, micros),
  cells("bare", (r) => r.p99, micros),
);
row(
  `wrk's CPU, % of ${availableParallelism()} cores`,
  cells("amplio", (r) => r.generatorShare, percent),
  cells("bare", (r) => r.generatorShare, percent),
);
row(
  "wrk's CPU a request, µs",
  cells("amplio", (r) => r.generatorMicros, micros),
  cells("bare", (r) => r.generatorMicros, micros),
);
row(
  "server CPU a request in the run, µs (main thread)",
  of("amplio")
    .map((r) => `${micros(r.serverMicros)} (${micros(r.mainThreadMicros)})`)
    .join(" / "),
  of("bare")
    .map((r) => `${micros(r.serverMicros)} (${micros(r.mainThreadMicros)})`)
    .join(" / "),
);
row(
  "server CPU a request, ready → graceful stop",
  `${micros(amplioMicros)} µs`,
  `${micros(bareMicros)} µs`,
  `bare ÷ Amplio ${percent(bareMicros / amplioMicros)}`,
);
if (dialect === "postgres")
  row(
    "PostgreSQL's CPU a request in the run, µs (all its processes)",
    cells("amplio", (r) => r.postgresMicros, micros),
    cells("bare", (r) => r.postgresMicros, micros),
  );
row(
  "clicks answered but not yet stored when the run ended",
  of("amplio")
    .map((r) => String(r.behind))
    .join(" / "),
  "",
);
row(
  "seconds until stored, rolled up and idle after the run",
  cells("amplio", (r) => r.settleSeconds, micros),
  cells("bare", (r) => r.settleSeconds, micros),
);
row(
  "load average (1 min) before the run",
  cells("amplio", (r) => r.load, micros),
  cells("bare", (r) => r.load, micros),
);
row("302s served / clicks stored / in hourly rollups", `${served} / ${clicks} / ${rolledUp}`, "");
const exact = clicks === served && rolledUp === served;
const met = ratio >= 0.75 && p99 <= 10 && exact;
console.log(
  met ? "Targets met (median round)." : `Targets NOT met${exact ? "" : ": the click counts differ"}.`,
);
process.exitCode = exact ? 0 : 1;
