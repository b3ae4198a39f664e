/**
 * The Amplio process of `npm run bench:redirect`: the real app on the given SQLite file, plus a counter of 302s
 * answered (an onResponse hook outside the tracking code), printed as JSON after a graceful shutdown on SIGTERM.
 */
import { buildApp } from "../src/app.js";

const [databaseUrl, port] = [process.argv[2], Number(process.argv[3])];
if (!databaseUrl || !port) throw new Error("usage: redirect-server.ts <sqlite:file> <port>");

const app = await buildApp({
  databaseUrl,
  logLevel: "warn",
  webRoot: null,
  publicUrl: `http://127.0.0.1:${port}`,
});
let redirects = 0;
app.addHook("onResponse", async (_request, reply) => {
  if (reply.statusCode === 302) redirects += 1;
});
await app.listen({ port, host: "127.0.0.1" });
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void app.close().then(() => {
    process.stdout.write(`${JSON.stringify({ redirects })}\n`);
    process.exit(0);
  });
});
