import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { seedDemo } from "../../src/demo/seed-demo.js";
import { addDays, dayOf } from "../../src/shared/time.js";
import { signedPdf } from "../../src/test-support/collaboration.js";
import { describeInBrowser } from "./support.js";

interface TodayAnswer {
  campaigns: Array<{ id: string; name: string }>;
  actions: Array<{ label: string; path: string; kind: string }>;
}

const today = dayOf(new Date());

/** Signed in as the demo's owner, in the brand's workspace, at the given width. */
async function demoPage(browser: Browser, baseUrl: string, password: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const signIn = await page.request.post(`${baseUrl}/api/auth/sign-in`, {
    data: { email: "demo@amplio.example", password },
  });
  expect(signIn.status()).toBe(200);
  return { page, csrfToken: (await signIn.json()).csrfToken as string };
}

async function horizontalOverflow(page: Page): Promise<number> {
  // Runs in the page, where `document` exists; the test's own types know nothing of the DOM.
  return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
}

describeInBrowser("the Today page on the demo workspace", (env) => {
  let password: string;
  let live: string;

  it("shows the live and starting campaigns and every action as a link, at 1440 px", async () => {
    const seeded = await seedDemo(env.amplio.app.amplio.database.db, {
      creatorCount: 300,
      measuredVolume: "light",
    });
    password = seeded.password ?? "";
    const base = env.amplio.baseUrl;
    const { page, csrfToken } = await demoPage(env.browser, base, password, 1440);
    const write = async (url: string, data: unknown) =>
      (await page.request.post(`${base}${url}`, { data, headers: { "x-csrf-token": csrfToken } })).json();

    // The demo's campaigns lie in fixed months; one running now and one about to start are added beside them.
    live = (
      await write("/api/v1/campaigns", {
        name: "Winter Peaks",
        goal: "awareness",
        startDate: addDays(today, -5),
        endDate: addDays(today, 24),
        currency: "EUR",
        budget: 2_000_000,
        kpis: [
          { metric: "impressions", comparison: "gte", target: 500_000 },
          { metric: "clicks", comparison: "gte", target: 1_000 },
        ],
      })
    ).id;
    await write("/api/v1/campaigns", {
      name: "Spring Thaw",
      goal: "consideration",
      startDate: addDays(today, 3),
      endDate: addDays(today, 40),
      currency: "EUR",
    });
    const creator = await write("/api/v1/creators", {
      name: "Ines Alpine",
      accounts: [{ platform: "instagram", handle: "ines.alpine", followers: 52_000 }],
    });
    await write(`/api/v1/campaigns/${live}/creators`, { creatorId: creator.id });
    const offer = await write(`/api/v1/campaigns/${live}/creators/${creator.id}/offers`, {
      terms: {
        collaborationType: "sponsored_post",
        deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: addDays(today, 10) }],
        usageRights: { channels: ["organic"], durationDays: 60, paidAds: false, whitelisting: false },
        compensation: { model: "flat_fee", amount: 300_000, schedule: [{ trigger: "on_signing", share: 1 }] },
      },
    });
    const signed = await page.request.post(`${base}/api/v1/offers/${offer.id}/signed-document`, {
      data: signedPdf,
      headers: { "x-csrf-token": csrfToken, "content-type": "application/pdf" },
    });
    expect(signed.status()).toBe(201);

    await page.goto(`${base}/`);
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    const card = page.getByRole("article", { name: "Winter Peaks" });
    await card.waitFor();
    expect(await card.getByText("Live", { exact: true }).isVisible()).toBe(true);
    expect(await card.getByText(/· 25 days left$/).isVisible()).toBe(true);
    expect(await card.getByText("Budget €20,000.00").isVisible()).toBe(true);
    // The signing fee is committed and fell due today.
    expect(
      await card
        .getByRole("progressbar", { name: "Committed (contracts in force): 15% of the budget" })
        .count(),
    ).toBe(1);
    expect(await card.getByRole("progressbar", { name: "Spent so far: 15% of the budget" }).count()).toBe(1);
    expect(await card.getByText("Clicks").isVisible()).toBe(true);
    expect(await card.getByRole("progressbar", { name: "Clicks: 0% of the target" }).count()).toBe(1);
    // No post yet: impressions are unknown, never a zero bar.
    expect(await card.getByText("No progress figure yet").isVisible()).toBe(true);
    const starting = page.getByRole("article", { name: "Spring Thaw" });
    expect(await starting.getByText("Starts in 3 days", { exact: false }).isVisible()).toBe(true);

    const answer = (await (await page.request.get(`${base}/api/v1/today`)).json()) as TodayAnswer;
    expect(answer.actions.length).toBeGreaterThan(0);
    const needsYou = page.getByRole("region", { name: "Needs you" });
    // Two campaigns may each have "1 payout to approve": every action is a link with its label to its own path.
    for (const action of answer.actions) {
      const links = needsYou.getByRole("link", { name: action.label, exact: true });
      const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute("href")));
      expect(hrefs).toContain(action.path);
    }
    const draft = answer.actions.find((a) => a.kind === "draftsAwaitingReview");
    if (!draft) throw new Error("the demo has a draft awaiting review");
    await needsYou.getByRole("link", { name: draft.label, exact: true }).first().click();
    await page.waitForURL(`${base}${draft.path}`);
    await page.context().close();
  });

  it("puts what needs the user first and fits a 390 px phone", async () => {
    const { page } = await demoPage(env.browser, env.amplio.baseUrl, password, 390);
    await page.goto(`${env.amplio.baseUrl}/`);
    const needsYou = page.getByRole("region", { name: "Needs you" });
    const card = page.getByRole("article", { name: "Winter Peaks" });
    await card.waitFor();
    const [first, second] = [await needsYou.boundingBox(), await card.boundingBox()];
    expect(first && second && first.y < second.y).toBe(true);
    expect(second?.width).toBeLessThanOrEqual(390);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await page.getByRole("link", { name: `Winter Peaks` }).getAttribute("href")).toBe(
      `/campaigns/${live}`,
    );
    await page.context().close();
  });

  it("shows a skeleton while loading, and a new organisation what to do first", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const signUp = await page.request.post(`${env.amplio.baseUrl}/api/auth/sign-up`, {
      data: {
        name: "Fay First",
        email: "fay@example.com",
        password: "a strong passphrase",
        organisationName: "Fresh Co",
      },
    });
    expect(signUp.status()).toBe(201);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/v1/today", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.amplio.baseUrl}/`);
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    await page.locator("main [aria-busy=true]").first().waitFor();
    release();
    await page.getByRole("heading", { name: "No campaign is running yet" }).waitFor();
    await page.getByRole("link", { name: "Create a campaign" }).click();
    await page.waitForURL(/\/campaigns\/new$/);
    await context.close();
  });
});
