/**
 * The Amplio process of `npm run bench:redirect`: the real app on the given SQLite file, plus a counter of 302s
 * answered (counted in ServerResponse.writeHead, outside the tracking code), printed as JSON after a graceful shutdown on SIGTERM.
 */
import { ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The compiled server (npm run build:server), as `amplio serve` runs it, not the TypeScript sources through tsx.
const { buildApp } = (await import(
  pathToFileURL(path.join(import.meta.dirname, "../dist/server/app.js")).href
)) as typeof import("../src/app.js");

const [databaseUrl, port] = [process.argv[2], Number(process.argv[3])];
if (!databaseUrl || !port) throw new Error("usage: redirect-server.ts <sqlite:file> <port>");

const app = await buildApp({
  databaseUrl,
  logLevel: "warn",
  webRoot: null,
  publicUrl: `http://127.0.0.1:${port}`,
});
// Counted where every response's status is written, Fastify's and the redirect's own (decision 0005) alike.
let redirects = 0;
const writeHead = ServerResponse.prototype.writeHead;
ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
  if (args[0] === 302) redirects += 1;
  return writeHead.apply(this, args);
} as typeof writeHead;
await app.listen({ port, host: "127.0.0.1" });
// As `amplio serve` runs: the job runner polls beside the redirect.
app.amplio.jobs.start();
const from = process.cpuUsage();
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void app.close().then(() => {
    // CPU time from ready to the end of the graceful shutdown: serving, buffering and writing every click.
    const cpu = process.cpuUsage(from);
    process.stdout.write(`${JSON.stringify({ redirects, cpuMicros: cpu.user + cpu.system })}\n`);
    process.exit(0);
  });
});
