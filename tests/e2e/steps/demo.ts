import type { Browser, Page } from "playwright-core";
import { seedDemo } from "../../../src/demo/seed-demo.js";
import { brandViewport, type RunningAmplio } from "../support.js";

export interface DemoWorkspace {
  password: string;
  /** Campaign ids by name: "Summer Summit Series" (measured), "Spring Trail Launch", "Winter Layers". */
  campaigns: Record<string, string>;
}

/** The demo workspace (300 creators, light traffic) in the test server's database. */
export async function seedDemoWorkspace(amplio: RunningAmplio): Promise<DemoWorkspace> {
  const db = amplio.app.amplio.database.db;
  const { password } = await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
  if (!password) throw new Error("the demo workspace already existed");
  const rows = await db.selectFrom("campaigns").select(["id", "name"]).execute();
  return { password, campaigns: Object.fromEntries(rows.map((r) => [r.name, r.id])) };
}

/** Signs in as the demo's team member through the sign-in page. */
export async function signInToDemo(
  browser: Browser,
  amplio: RunningAmplio,
  password: string,
  viewport = brandViewport(),
): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${amplio.baseUrl}/sign-in`);
  await page.getByLabel("Work email").fill("demo@amplio.example");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}
