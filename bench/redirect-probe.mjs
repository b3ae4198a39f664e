/**
 * Preloaded (`node --import`) into each server of `npm run bench:redirect`, Amplio's and the bare one alike: counts
 * the 302s written (in ServerResponse.writeHead, outside the tracking code) and, on exit, writes that count and the
 * process's CPU time since it started (all threads) to the file named by BENCH_REPORT.
 */
import { writeFileSync } from "node:fs";
import { ServerResponse } from "node:http";

const reportPath = process.env.BENCH_REPORT;
if (!reportPath) throw new Error("redirect-probe: BENCH_REPORT is not set");
let redirects = 0;
const writeHead = ServerResponse.prototype.writeHead;
ServerResponse.prototype.writeHead = function (...args) {
  if (args[0] === 302) redirects += 1;
  return writeHead.apply(this, args);
};
process.once("exit", () => {
  const cpu = process.cpuUsage();
  writeFileSync(reportPath, JSON.stringify({ redirects, cpuMicros: cpu.user + cpu.system }));
});
