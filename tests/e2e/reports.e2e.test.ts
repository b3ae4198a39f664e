import { expect, it } from "vitest";
import { signedPdf } from "../../src/test-support/collaboration.js";
import { describeInBrowser } from "./support.js";

describeInBrowser("reading a campaign report and settling payouts in the browser", (env) => {
  it("opens the report, exports CSV and PDF, approves then pays the signing fee, and compares campaigns", async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const base = env.amplio.baseUrl;
    const { csrfToken } = (await (
      await page.request.post(`${base}/api/auth/sign-up`, {
        data: {
          name: "Robin Reports",
          email: "robin@example.com",
          password: "measure twice",
          organisationName: "Report Co",
        },
      })
    ).json()) as { csrfToken: string };
    const write = async (url: string, data: unknown) =>
      (await page.request.post(`${base}${url}`, { data, headers: { "x-csrf-token": csrfToken } })).json();

    const campaign = await write("/api/v1/campaigns", {
      name: "Autumn Trails",
      goal: "awareness",
      startDate: "2026-10-01",
      endDate: "2026-11-30",
      currency: "EUR",
      kpis: [{ metric: "impressions", comparison: "gte", target: 10_000 }],
    });
    const creator = await write("/api/v1/creators", {
      name: "Noor Trails",
      accounts: [{ platform: "instagram", handle: "noor.trails", followers: 45_000 }],
    });
    await write(`/api/v1/campaigns/${campaign.id}/creators`, { creatorId: creator.id });
    const offer = await write(`/api/v1/campaigns/${campaign.id}/creators/${creator.id}/offers`, {
      terms: {
        collaborationType: "sponsored_post",
        deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-11-15" }],
        usageRights: { channels: ["organic"], durationDays: 60, paidAds: false, whitelisting: false },
        compensation: { model: "flat_fee", amount: 90_000, schedule: [{ trigger: "on_signing", share: 1 }] },
      },
    });
    // Signed outside Amplio: the brand uploads the signed document.
    const signed = await page.request.post(`${base}/api/v1/offers/${offer.id}/signed-document`, {
      data: signedPdf,
      headers: { "x-csrf-token": csrfToken, "content-type": "application/pdf" },
    });
    expect(signed.status()).toBe(201);
    const post = await write(`/api/v1/campaigns/${campaign.id}/posts`, {
      creatorId: creator.id,
      platform: "instagram",
      format: "reel",
      url: "https://www.instagram.com/reel/NOOR1/",
      postedAt: "2026-11-05T17:00:00Z",
    });
    await write(`/api/v1/posts/${post.id}/metrics`, {
      capturedAt: "2026-11-07T09:00:00Z",
      impressions: 24_000,
      reach: 16_000,
      likes: 1_100,
      comments: 75,
    });

    await page.goto(`${base}/reports`);
    await page.getByRole("link", { name: "Autumn Trails" }).click();
    await page.getByRole("heading", { name: "Autumn Trails: report" }).waitFor();
    expect(await page.getByText("€900.00").first().isVisible()).toBe(true);
    expect(await page.locator("table").first().textContent()).toContain("met");
    // Unit costs follow the one rule of the PDF (€0.7660: 90,000 ÷ 1,175 engagements), each figure with its coverage.
    const cpe = page.getByRole("group", { name: "CPE", exact: true });
    expect(await cpe.textContent()).toBe("CPE€0.7660measured · 1 of 1 creator");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^campaign-report-.*\.csv$/);
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^campaign-report-.*\.pdf$/);

    await page.getByRole("heading", { name: "Retention impact" }).waitFor();
    expect(await page.getByRole("region", { name: "Spend vs revenue" }).isVisible()).toBe(true);
    const forecast = page.getByRole("region", { name: "Forecast vs actual" });
    await forecast.getByRole("cell", { name: "Noor Trails" }).waitFor();
    expect(await forecast.textContent()).toMatch(/16K.*forecast/);

    const payouts = page.getByRole("region", { name: "Payouts" });
    const entries = payouts.getByRole("table", { name: "Payouts of this campaign" });
    await entries.getByRole("button", { name: "Approve", exact: true }).click();
    await entries.getByRole("button", { name: "Mark paid", exact: true }).click();
    await entries.getByText("Paid", { exact: true }).waitFor();
    expect(await payouts.textContent()).toContain("by Robin Reports");

    await write("/api/v1/campaigns", {
      name: "Winter Peaks",
      goal: "awareness",
      startDate: "2026-12-01",
      endDate: "2027-01-31",
      currency: "EUR",
    });
    const mainNavigation = page.getByRole("navigation", { name: "Main" });
    await mainNavigation.getByRole("link", { name: "Compare" }).click();
    // Only the most specific item is current: Compare, not Reports as well.
    await expect
      .poll(() => mainNavigation.getByRole("link", { name: "Compare" }).getAttribute("aria-current"))
      .toBe("page");
    expect(
      await mainNavigation.getByRole("link", { name: "Reports" }).getAttribute("aria-current"),
    ).toBeNull();
    // The selection lives in the URL: an option shows selected once the page has navigated, not at the click.
    await page.getByRole("combobox", { name: "Campaigns to compare" }).click();
    for (const name of [/Autumn Trails/, /Winter Peaks/]) {
      const option = page.getByRole("option", { name });
      await option.click();
      await expect.poll(() => option.getAttribute("aria-selected")).toBe("true");
    }
    await page.keyboard.press("Escape");
    const sideBySide = page.getByRole("table", { name: "Campaigns side by side" });
    await sideBySide.getByRole("columnheader", { name: /Winter Peaks/ }).waitFor();
    expect(await sideBySide.getByRole("columnheader", { name: /Autumn Trails/ }).isVisible()).toBe(true);
    expect(await sideBySide.getByRole("row", { name: /^Cost/ }).textContent()).toContain("€900.00");
    await context.close();
  });

  it("shows the first page of a long payout ledger and loads the rest on request", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = env.amplio.baseUrl;
    const { csrfToken } = (await (
      await page.request.post(`${base}/api/auth/sign-up`, {
        data: {
          name: "Pat Payouts",
          email: "pat@example.com",
          password: "count every cent",
          organisationName: "Ledger Co",
        },
      })
    ).json()) as { csrfToken: string };
    const write = async (url: string, data: unknown) =>
      (await page.request.post(`${base}${url}`, { data, headers: { "x-csrf-token": csrfToken } })).json();
    const day = 86_400_000;
    const campaign = await write("/api/v1/campaigns", {
      name: "Long Ledger",
      goal: "conversion",
      startDate: new Date(Date.now() - 60 * day).toISOString().slice(0, 10),
      endDate: new Date(Date.now() + 30 * day).toISOString().slice(0, 10),
      currency: "EUR",
    });
    const creator = await write("/api/v1/creators", {
      name: "Lee Ledger",
      accounts: [{ platform: "instagram", handle: "lee.ledger", followers: 30_000 }],
    });
    await write(`/api/v1/campaigns/${campaign.id}/creators`, { creatorId: creator.id });
    const offer = await write(`/api/v1/campaigns/${campaign.id}/creators/${creator.id}/offers`, {
      terms: {
        collaborationType: "affiliate",
        deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: campaign.endDate }],
        usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
        compensation: {
          model: "hybrid",
          fee: { amount: 10_000, schedule: [{ trigger: "on_signing", share: 1 }] },
          commission: { basis: "percent_of_net_revenue", rate: 0.1, attributionWindowDays: 30, cookie: true },
          bonuses: [],
        },
      },
    });
    const signed = await page.request.post(`${base}/api/v1/offers/${offer.id}/signed-document`, {
      data: signedPdf,
      headers: { "content-type": "application/pdf", "x-csrf-token": csrfToken },
    });
    expect(signed.status()).toBe(201);
    await write(`/api/v1/campaigns/${campaign.id}/discount-codes`, {
      creatorId: creator.id,
      code: "LEE10",
      valueType: "percent",
      value: 0.1,
    });
    // One commission per attributed order: with the signing fee, 56 entries, more than the first page of 50. The
    // orders come after the contract was signed, on the same day: commissions accrue from then on (M13).
    for (let i = 0; i < 55; i++)
      await write("/api/v1/conversions", {
        orderId: `L-${i}`,
        occurredAt: new Date().toISOString(),
        amount: 10_000 + i,
        currency: "EUR",
        discountCodes: ["LEE10"],
      });

    await page.goto(`${base}/reports/${campaign.id}`);
    const payouts = page.getByRole("region", { name: "Payouts" });
    const rows = payouts.getByRole("table", { name: "Payouts of this campaign" }).locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(50);
    await payouts.getByRole("button", { name: "Load more entries" }).click();
    await expect.poll(() => rows.count()).toBe(56);
    expect(await payouts.getByRole("button", { name: "Load more entries" }).count()).toBe(0);
    await context.close();
  });
});
