/**
 * How the web app is delivered (issue 16): the built assets as written (raw) beside what travels (brotli, the
 * precompressed copy the server sends), the JavaScript and CSS the sign-in page loads in Chromium, and the cache
 * headers of the app shell and of a hashed asset, from a real server on a temporary SQLite file.
 *
 *   npm run build && npm run bench:web
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildApp } from "../src/app.js";

const webRoot = path.resolve(import.meta.dirname, "../dist/web");
const assets = path.join(webRoot, "assets");
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
const sizes = files.map((file) => {
  const raw = statSync(path.join(assets, file)).size;
  const brotli = (() => {
    try {
      return readFileSync(path.join(assets, `${file}.br`)).length;
    } catch {
      return raw;
    }
  })();
  return { file, raw, brotli };
});
const total = (kind: string) =>
  sizes.filter((s) => s.file.endsWith(kind)).reduce((sum, s) => sum + s.brotli, 0);

const dir = mkdtempSync(path.join(tmpdir(), "amplio-bench-web-"));
const app = await buildApp({
  databaseUrl: `sqlite:${path.join(dir, "web.db")}`,
  webRoot,
  logLevel: "silent",
});
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("no TCP address");
const base = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({ executablePath: process.env.AMPLIO_CHROMIUM ?? "/usr/bin/chromium" });
const page = await browser.newPage();
const loaded: Array<{ url: string; type: string; bytes: number }> = [];
page.on("requestfinished", async (request) => {
  const type = request.resourceType();
  if (type !== "script" && type !== "stylesheet") return;
  loaded.push({ url: request.url(), type, bytes: (await request.sizes()).responseBodySize });
});
const started = performance.now();
await page.goto(`${base}/sign-in`);
await page.getByRole("button", { name: "Sign in" }).waitFor();
const signInReadyMs = performance.now() - started;
await page.waitForLoadState("networkidle");
await browser.close();

const shell = await fetch(`${base}/campaigns`);
const entry = (await shell.text()).match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1] ?? "";
const hashed = await fetch(`${base}${entry}`, { headers: { "accept-encoding": "br" } });
await app.close();
rmSync(dir, { recursive: true, force: true });

const signInJs = loaded.filter((l) => l.type === "script").reduce((sum, l) => sum + l.bytes, 0);
const signInCss = loaded.filter((l) => l.type === "stylesheet").reduce((sum, l) => sum + l.bytes, 0);
const largest = [...sizes].sort((a, b) => b.brotli - a.brotli).slice(0, 8);

console.log("| figure | value | baseline in the same run |");
console.log("| --- | --- | --- |");
console.log(
  `| sign-in page JavaScript (transferred, brotli) | ${kB(signInJs)} in ${loaded.filter((l) => l.type === "script").length} files | budget 150 kB |`,
);
console.log(`| sign-in page CSS (transferred) | ${kB(signInCss)} | — |`);
console.log(`| sign-in form ready (local server, cold browser) | ${signInReadyMs.toFixed(0)} ms | — |`);
console.log(
  `| all JavaScript, every route (brotli) | ${kB(total(".js"))} | raw ${kB(sizes.filter((s) => s.file.endsWith(".js")).reduce((a, s) => a + s.raw, 0))} |`,
);
console.log(`| app shell \`cache-control\` | \`${shell.headers.get("cache-control")}\` | — |`);
console.log(
  `| hashed asset \`cache-control\`, encoding | \`${hashed.headers.get("cache-control")}\`, ${hashed.headers.get("content-encoding")} | — |`,
);
console.log("\nLargest chunks (brotli, raw):");
for (const s of largest)
  console.log(`- ${s.file.replace(/-[\w-]{8}\./, ".")}: ${kB(s.brotli)} (${kB(s.raw)})`);
