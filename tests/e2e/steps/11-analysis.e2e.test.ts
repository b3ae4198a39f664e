import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../support.js";
import { type DemoWorkspace, seedDemoWorkspace, signInToDemo } from "./demo.js";

/** "€1,234.56" → 123456 minor units. */
function euros(text: string | null): number {
  const match = text?.match(/€([\d,]+\.\d{2})/);
  if (!match?.[1]) throw new Error(`no euro amount in ${text}`);
  return Math.round(Number(match[1].replace(/,/g, "")) * 100);
}

const revenueOf = async (page: Page) =>
  euros(await page.getByRole("group", { name: "Revenue (EUR, net of refunds)" }).textContent());

describeInBrowser("the report, refunds and payouts in the browser", (env) => {
  let demo: DemoWorkspace;
  let page: Page;
  let reportPath: string;

  beforeAll(async () => {
    demo = await seedDemoWorkspace(env.amplio);
    page = await signInToDemo(env.browser, env.amplio, demo.password);
    reportPath = `/reports/${demo.campaigns["Summer Summit Series"]}`;
  }, 240_000);

  it("opens the report with its CSV and PDF downloads", async () => {
    await page.goto(`${env.amplio.baseUrl}/reports`);
    await page.getByRole("link", { name: "Summer Summit Series" }).first().click();
    await page.getByRole("heading", { name: "Summer Summit Series: report" }).waitFor();
    expect(await revenueOf(page)).toBeGreaterThan(0);
    for (const [name, start] of [
      ["Export CSV", "section,key"],
      ["Export PDF", "%PDF"],
      ["Export payouts CSV", "entry_id"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name, exact: true }).click(),
      ]);
      const body = await readFile((await download.path()) ?? "", "latin1");
      expect(body.slice(0, 40).toLowerCase(), name).toContain(start.toLowerCase());
    }
  });

  it("records a refund against an order and the campaign's revenue drops by it", async () => {
    await page.goto(`${env.amplio.baseUrl}${reportPath}`);
    const before = await revenueOf(page);

    await page.goto(`${env.amplio.baseUrl}/campaigns/${demo.campaigns["Summer Summit Series"]}/tracking`);
    const orders = page.getByRole("table", { name: "Orders and leads of this campaign" });
    await orders.getByRole("row").nth(1).waitFor();
    // The first order in the list without a refund yet.
    const order = orders.getByRole("row").filter({ hasText: "€" }).filter({ hasNotText: "Refunded" }).first();
    const orderId = (await order.getByRole("link").textContent()) ?? "";
    await order.getByRole("link").click();
    await page.getByRole("heading", { name: `Order ${orderId}` }).waitFor();
    const net = euros(await page.getByTestId("order-net").textContent());
    expect(net).toBeGreaterThan(100);

    await page.getByLabel("Refund amount (EUR)").fill("1.00");
    await page.getByRole("button", { name: "Record refund" }).click();
    await expect.poll(async () => euros(await page.getByTestId("order-net").textContent())).toBe(net - 100);
    expect(euros(await page.getByTestId("order-refunded").textContent())).toBe(100);
    expect(await page.getByRole("table", { name: "Refunds" }).textContent()).toContain("€1.00");

    await page.getByRole("link", { name: "Campaign report" }).click();
    await page.getByRole("heading", { name: "Summer Summit Series: report" }).waitFor();
    await expect.poll(() => revenueOf(page)).toBe(before - 100);
  });

  it("groups payouts by creator, approves one creator's payable entries at once, then marks them paid", async () => {
    await page.goto(`${env.amplio.baseUrl}${reportPath}`);
    const totals = page.getByRole("table", { name: "Payouts per creator" });
    const approvable = totals
      .getByRole("button", { name: /^Approve payable entries of / })
      .and(page.locator(":not([disabled])"));
    await approvable.first().waitFor();
    const label = (await approvable.first().getAttribute("aria-label")) ?? "";
    const creator = label.replace("Approve payable entries of ", "");
    const row = totals.getByRole("row").filter({ hasText: creator });
    const cells = async () => (await row.getByRole("cell").allTextContents()).slice(1, 4).map(euros);
    const [pending, approved, paid] = await cells();
    expect(pending).toBeGreaterThan(0);

    await row.getByRole("button", { name: `Show entries of ${creator}` }).click();
    await page.getByRole("heading", { name: `Entries of ${creator}` }).waitFor();
    const entries = page.getByRole("table", { name: "Payouts of this campaign" });
    await expect
      .poll(async () =>
        (await entries.getByRole("row").allTextContents()).slice(1).every((r) => r.includes(creator)),
      )
      .toBe(true);

    await approvable.first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Entries still locked stay pending").waitFor();
    await dialog.getByRole("button", { name: "Approve payable" }).click();
    await expect.poll(async () => (await cells())[1]).toBeGreaterThan(approved ?? 0);
    const [, nowApproved] = await cells();

    await row.getByRole("button", { name: `Mark approved entries of ${creator} paid` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Mark approved paid" }).click();
    await expect.poll(async () => (await cells())[1]).toBe(0);
    expect((await cells())[2]).toBe((paid ?? 0) + (nowApproved ?? 0));
    await expect.poll(() => entries.getByText("Paid", { exact: true }).count()).toBeGreaterThan(0);
  });
});
