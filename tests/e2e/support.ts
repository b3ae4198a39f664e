import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { type BuildAppOptions, buildApp } from "../../src/app.js";
import type { Database } from "../../src/db/schema.js";

export const chromiumPath = process.env.AMPLIO_CHROMIUM ?? "/usr/bin/chromium";
const webRoot = path.resolve(import.meta.dirname, "../../dist/web");

/**
 * The brand's window in the step-by-step tests: a desk by default; the "e2e-phone" project walks the same steps at
 * 390 px (AMPLIO_E2E_WIDTH), so every step is shown doable on a phone too.
 */
export function brandViewport(): { width: number; height: number } {
  const width = Number(process.env.AMPLIO_E2E_WIDTH ?? 1440);
  return width < 768 ? { width, height: 844 } : { width, height: 900 };
}

/** Why browser tests cannot run here, or null. In CI a missing browser is a failure, never a skip. */
export function browserUnavailable(): string | null {
  if (existsSync(chromiumPath)) return null;
  const reason = `Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set AMPLIO_CHROMIUM)`;
  if (process.env.CI) throw new Error(`Browser tests are required in CI: ${reason}`);
  console.warn(`Browser tests skipped: ${reason}`);
  return reason;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Follows an item of the app's main navigation, opening the menu first when a phone has folded it away. */
export async function openFromNavigation(page: Page, label: string): Promise<void> {
  const menu = page.getByRole("button", { name: "Open navigation" });
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });
  await menu.or(link).first().waitFor();
  // Right after signing in the shell can render once more and fold the menu again: tap it until it stays open.
  for (let attempt = 0; attempt < 3 && (await menu.isVisible()) && !(await link.isVisible()); attempt++) {
    await menu.click();
    await link.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await link.click();
}

export interface RunningAmplio {
  app: FastifyInstance;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server with a fresh SQLite file, serving the built web UI: on a random port, or on `port` when the test
 * needs to know its address up front (a public URL for OAuth redirects).
 */
export async function startAmplio(options: BuildAppOptions = {}): Promise<RunningAmplio> {
  if (!existsSync(path.join(webRoot, "index.html")))
    throw new Error("The web UI is not built: run `npm run build` first.");
  const dir = mkdtempSync(path.join(tmpdir(), "amplio-e2e-"));
  const app = await buildApp({
    databaseUrl: `sqlite:${path.join(dir, "e2e.db")}`,
    webRoot,
    logLevel: "silent",
    ...options,
  });
  await app.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no TCP address");
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async stop() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSuite {
  amplio: RunningAmplio;
  browser: Browser;
}

/**
 * A describe block whose tests share one real server and one Chromium, started before them and stopped after.
 * Without Chromium it is skipped locally and fails in CI (see browserUnavailable).
 */
export function describeInBrowser(
  name: string,
  suite: (env: BrowserSuite) => void,
  options: BuildAppOptions = {},
): void {
  describe.skipIf(browserUnavailable())(name, () => {
    const env = {} as BrowserSuite;
    beforeAll(async () => {
      env.amplio = await startAmplio(options);
      env.browser = await launchBrowser();
    });
    afterAll(async () => {
      await env.browser?.close();
      await env.amplio?.stop();
    });
    suite(env);
  });
}

/**
 * The path of the newest portal link mailed to `email`, read from the mail queued for SMTP: no page the team opens
 * shows it, and the test server never runs the delivery job.
 */
export async function portalLinkFor(db: Kysely<Database>, email: string): Promise<string> {
  const mail = await db
    .selectFrom("email_messages")
    .select("delivery_text")
    .where("to_address", "=", email)
    .where("delivery_text", "is not", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
  const link = mail?.delivery_text?.match(/\/portal\/sign-in#token=[\w-]+/)?.[0];
  if (!link) throw new Error(`no portal link queued for ${email}`);
  return link;
}
