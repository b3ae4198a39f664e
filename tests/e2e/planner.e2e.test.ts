import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

describeInBrowser("planning a campaign's creator mix in the browser", (env) => {
  it("proposes a mix beside the naive alternatives and adds it to the pipeline", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = env.amplio.baseUrl;
    const session = await page.request.post(`${base}/api/auth/sign-up`, {
      data: {
        name: "Pat Planner",
        email: "pat@example.com",
        password: "plan it properly",
        organisationName: "Planner Co",
      },
    });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const write = (url: string, data: unknown) =>
      page.request.post(`${base}${url}`, { data, headers: { "x-csrf-token": csrfToken } });

    const campaign = (await (
      await write("/api/v1/campaigns", {
        name: "Trail Season",
        goal: "consideration",
        startDate: "2027-03-01",
        endDate: "2027-05-31",
        currency: "EUR",
        budget: 1_500_000,
      })
    ).json()) as { id: string };
    const people = [
      { handle: "big.name", followers: 2_500_000 },
      ...Array.from({ length: 8 }, (_, i) => ({ handle: `trail.micro.${i}`, followers: 25_000 + i * 7_000 })),
      ...Array.from({ length: 4 }, (_, i) => ({ handle: `trail.nano.${i}`, followers: 4_000 + i * 900 })),
    ];
    // No one is in the pipeline yet, so the planner chooses among all of the organisation's creators.
    for (const person of people) {
      await write("/api/v1/creators", {
        name: person.handle,
        accounts: [
          { platform: "instagram", handle: person.handle, followers: person.followers, engagementRate: 0.03 },
        ],
      });
    }

    await page.goto(`${base}/campaigns/${campaign.id}`);
    await page.getByRole("link", { name: "Plan the creator mix" }).click();
    await page.getByRole("heading", { name: "Plan the creator mix" }).waitFor();
    await expect.poll(() => page.getByLabel("Budget (EUR)").inputValue()).toBe("15000");
    expect(await page.getByLabel("Goal").inputValue()).toBe("engagements");
    await page.getByLabel("At least this many nano creators").fill("2");
    await page.getByRole("button", { name: "Propose mix" }).click();

    await page.getByRole("region", { name: "Optimised mix" }).waitFor();
    await page.getByRole("region", { name: "All on the biggest creator" }).waitFor();
    await page.getByRole("region", { name: "Micro creators only" }).waitFor();
    expect(await page.getByText(/at most [\d.]+% below the best possible/).isVisible()).toBe(true);
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await page.locator("table tbody").textContent()).toContain("trail.nano");

    await page.getByRole("button", { name: "Add these creators to the pipeline" }).click();
    await page.getByText(/creators added to the pipeline/).waitFor();
    const pipeline = (await (
      await page.request.get(`${base}/api/v1/campaigns/${campaign.id}/creators`)
    ).json()) as { items: unknown[] };
    expect(pipeline.items.length).toBeGreaterThan(3);
    await context.close();
  });
});
