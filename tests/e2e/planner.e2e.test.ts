import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

interface Plan {
  kpiReach: Array<{
    metric: string;
    forecast: number;
    share: number;
    met: boolean;
    extraBudget: number | null;
  }>;
}

describeInBrowser("planning a campaign's creator mix in the browser", (env) => {
  it("plans over a list, says what the budget falls short by, and never offers pipeline creators again", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
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
    const headers = { "x-csrf-token": csrfToken };
    const write = (url: string, data: unknown) => page.request.post(`${base}${url}`, { data, headers });

    // The creators, the shortlist and the pipeline come from discovery and the campaign page; here they are set up.
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
    const ids: Record<string, string> = {};
    for (const person of people) {
      const created = await write("/api/v1/creators", {
        name: person.handle,
        accounts: [
          { platform: "instagram", handle: person.handle, followers: person.followers, engagementRate: 0.03 },
        ],
      });
      ids[person.handle] = ((await created.json()) as { id: string }).id;
    }
    const listed = [
      "trail.micro.0",
      "trail.micro.1",
      "trail.micro.2",
      "trail.micro.3",
      "trail.nano.0",
      "trail.nano.1",
    ];
    const list = (await (await write("/api/v1/creator-lists", { name: "Trail shortlist" })).json()) as {
      id: string;
    };
    await write(`/api/v1/creator-lists/${list.id}/items`, {
      items: listed.map((h) => ({ creatorId: ids[h] })),
    });
    await write(`/api/v1/campaigns/${campaign.id}/creators`, { creatorId: ids["trail.micro.0"] });
    // A clicks target nine tenths of what every deliverable of the list could bring: out of reach of a small budget.
    const everything = (await (
      await write(`/api/v1/campaigns/${campaign.id}/plan`, {
        goal: "clicks",
        budget: 100_000_000,
        candidates: { kind: "list", listId: list.id },
      })
    ).json()) as { proposed: { forecast: { expected: number } } };
    const target = Math.floor(everything.proposed.forecast.expected * 0.9);
    await page.request.patch(`${base}/api/v1/campaigns/${campaign.id}`, {
      data: { kpis: [{ metric: "clicks", comparison: "gte", target }] },
      headers,
    });

    await page.goto(`${base}/campaigns/${campaign.id}`);
    await page.getByRole("link", { name: "Plan the creator mix" }).click();
    await page.getByRole("heading", { name: "Plan the creator mix" }).waitFor();
    // One creator waits in the pipeline, so that is where planning starts.
    await expect.poll(() => page.getByLabel("Plan over").inputValue()).toBe("pipeline");
    await page.getByLabel("Plan over").selectOption("list");
    await page.getByLabel("Creator list").selectOption({ label: "Trail shortlist (6 creators)" });
    await page.getByLabel("Goal").selectOption("clicks");
    await page.getByLabel("Budget (EUR)").fill("1000");
    await page.getByRole("button", { name: "Propose mix" }).click();

    // The alert is named by its title.
    const reach = page.getByRole("alert", { name: /KPI target/ });
    await reach.getByText("The budget cannot reach every KPI target").waitFor();
    const short = (await (
      await write(`/api/v1/campaigns/${campaign.id}/plan`, {
        goal: "clicks",
        budget: 100_000,
        maxShareOfBudget: 0.4,
        candidates: { kind: "list", listId: list.id },
      })
    ).json()) as Plan;
    const clicks = short.kpiReach[0];
    expect(clicks?.met).toBe(false);
    expect(clicks?.extraBudget).toBeGreaterThan(0);
    const sentence = await reach.getByRole("listitem").first().textContent();
    expect(sentence).toMatch(
      new RegExp(
        `^The best mix reaches ${Math.round((clicks?.share ?? 0) * 100)}% of the clicks target: [\\d,]+ clicks of ${target.toLocaleString("en")} clicks; about €[\\d,.]+ more would be needed\\.$`,
      ),
    );
    await page.getByText("6 accounts considered.", { exact: false }).waitFor();
    for (const row of await page.locator("table tbody tr").allTextContents())
      expect(listed.some((h) => row.includes(`@${h}`))).toBe(true);

    // With room for everyone, the creator already in the pipeline is marked and left out of the offer.
    await page.getByLabel("Budget (EUR)").fill("100000");
    await page.getByRole("button", { name: "Propose mix" }).click();
    await reach.getByText("The proposed mix reaches the KPI targets").waitFor();
    const inPipeline = page.locator("table tbody tr").filter({ hasText: "@trail.micro.0" });
    expect(await inPipeline.textContent()).toContain("In pipeline");
    await page.getByRole("button", { name: "Add these 5 creators to the pipeline" }).click();
    await page.getByText("5 creators added to the pipeline.").waitFor();
    await page.getByText("Every creator in the mix is already in the pipeline.").waitFor();
    const afterList = (await (
      await page.request.get(`${base}/api/v1/campaigns/${campaign.id}/creators`)
    ).json()) as { items: Array<{ creatorId: string }> };
    expect(afterList.items.map((i) => i.creatorId).sort()).toEqual(listed.map((h) => ids[h]).sort());

    // Over discovery's filters (none set: every creator), beside the naive alternatives.
    await page.getByLabel("Plan over").selectOption("filters");
    await page.getByLabel("Goal").selectOption("engagements");
    await page.getByLabel("Budget (EUR)").fill("15000");
    await page.getByLabel("At least this many nano creators").fill("2");
    await page.getByRole("button", { name: "Propose mix" }).click();
    await page.getByText("13 accounts considered.", { exact: false }).waitFor();
    await page.getByRole("region", { name: "Optimised mix" }).waitFor();
    await page.getByRole("region", { name: "All on the biggest creator" }).waitFor();
    await page.getByRole("region", { name: "Micro creators only" }).waitFor();
    expect(await page.getByText(/at most [\d.]+% below the best possible/).isVisible()).toBe(true);
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await page.locator("table tbody").textContent()).toContain("trail.nano");
    const offered = page.getByRole("button", {
      name: /^Add (this creator|these \d+ creators) to the pipeline$/,
    });
    if (await offered.count()) {
      const count = Number((await offered.textContent())?.match(/\d+/)?.[0] ?? 1);
      await offered.click();
      await page
        .getByText(`${count} ${count === 1 ? "creator" : "creators"} added to the pipeline.`)
        .waitFor();
      const pipeline = (await (
        await page.request.get(`${base}/api/v1/campaigns/${campaign.id}/creators`)
      ).json()) as { items: unknown[] };
      expect(pipeline.items.length).toBe(listed.length + count);
    }
    await context.close();
  });
});
