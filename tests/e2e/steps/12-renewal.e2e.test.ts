import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../support.js";
import { type DemoWorkspace, seedDemoWorkspace, signInToDemo } from "./demo.js";

describeInBrowser("renewals in the browser (M13)", (env) => {
  let demo: DemoWorkspace;
  let page: Page;

  beforeAll(async () => {
    demo = await seedDemoWorkspace(env.amplio);
    page = await signInToDemo(env.browser, env.amplio, demo.password);
  }, 240_000);

  it("says why each creator is or is not renewed and invites one to the next campaign on the last terms", async () => {
    await page.goto(`${env.amplio.baseUrl}/reports/${demo.campaigns["Summer Summit Series"]}`);
    await page.getByRole("link", { name: "Renewals" }).click();
    await page.getByRole("heading", { name: "Renewals", level: 1 }).waitFor();
    expect(await page.getByText("Target:").locator("..").textContent()).toMatch(/median|KPI/);

    const ranking = page.getByRole("table", { name: "Creators ranked for renewal" });
    const rows = ranking.getByRole("row");
    await rows.nth(1).waitFor();
    const ranked = (await rows.allTextContents()).slice(1);
    expect(ranked.length).toBeGreaterThan(1);
    // Every creator carries a verdict and the reason for it, in words.
    for (const text of ranked) {
      expect(text).toMatch(/Renew|Wait/);
      expect(text).toMatch(/target/);
    }

    const first = rows.nth(1);
    const name = (await first.getByRole("cell").first().textContent()) ?? "";
    await first.getByRole("button", { name: "Invite to a campaign" }).click();
    const dialog = page.getByRole("dialog", { name: `Invite ${name} again` });
    await dialog.getByLabel("Campaign to invite them to").selectOption(demo.campaigns["Winter Layers"] ?? "");
    await dialog.getByRole("button", { name: "Invite on the last terms" }).click();
    await page.getByText(`${name} invited`).waitFor();

    await page.goto(`${env.amplio.baseUrl}/campaigns/${demo.campaigns["Winter Layers"]}`);
    await page.getByRole("tab", { name: "Table" }).click();
    const entry = page.getByRole("row").filter({ hasText: name });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Negotiating");
    await entry.getByRole("link", { name }).first().click();
    await page.getByText("Renewal on the terms of Summer Summit Series").waitFor();
  });
});
