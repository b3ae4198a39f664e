import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { systemActor } from "../../../src/modules/audit/actor.js";
import { createCampaign } from "../../../src/modules/campaigns/create-campaign.js";
import { insertCreators } from "../../../src/modules/creators/creators.js";
import { brandViewport, describeInBrowser, openFromNavigation } from "../support.js";

const poll = { timeout: 15_000 };
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describeInBrowser("step 3: researching creators", (env) => {
  beforeAll(() => {
    // The server runs its background worker; imports started in the browser run on it.
    env.amplio.app.amplio.jobs.start();
  });

  it("filters by audience make-up, reads a profile's fit, posts, price and lookalikes; adds and imports creators", async () => {
    const page = await env.browser.newPage({ viewport: brandViewport(), acceptDownloads: true });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Rae Search");
    await page.getByLabel("Work email").fill("rae@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Ridge Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    // The creator database and a campaign exist already: what is tested is researching them.
    const { db } = env.amplio.app.amplio.database;
    const organisation = await db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "Ridge Co")
      .executeTakeFirstOrThrow();
    await db.transaction().execute(async (trx) => {
      await insertCreators(trx, organisation.id, [
        {
          name: "Ada Trail",
          email: "ada@example.com",
          accounts: [
            {
              platform: "instagram",
              handle: "ada.trails",
              followers: 45_000,
              country: "US",
              language: "en",
              niches: ["hiking", "camping"],
              posts: Array.from({ length: 4 }, (_, i) => ({
                externalId: `p${i}`,
                postedAt: daysAgo(i + 1),
                caption: i === 0 ? "Sunrise on the ridge trail, packed light" : `Trail day ${i}`,
                likes: 1_500,
                comments: 40,
                views: i === 0 ? null : 9_000,
              })),
              audience: {
                countries: { US: 0.7, CA: 0.3 },
                ages: { "25-34": 0.6, "35-44": 0.4 },
                genders: { female: 0.6, male: 0.4 },
              },
            },
          ],
        },
        {
          name: "Ben Abroad",
          accounts: [
            {
              platform: "instagram",
              handle: "ben.abroad",
              followers: 30_000,
              country: "GB",
              niches: ["hiking"],
              audience: { countries: { GB: 0.8, US: 0.2 }, ages: {}, genders: {} },
            },
          ],
        },
        {
          name: "Cleo Peaks",
          accounts: [{ platform: "tiktok", handle: "cleopeaks", followers: 9_000, niches: ["hiking"] }],
        },
      ]);
      await createCampaign(
        trx,
        { organisationId: organisation.id, actor: systemActor("test setup") },
        {
          name: "Ridge Launch",
          brand: "Ridge",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "USD",
          idealCustomerProfile: { countries: ["US"], niches: ["hiking"], languages: ["en"] },
        },
      );
    });

    // Discovery: at least 50% of the audience in the United States.
    await openFromNavigation(page, "Discovery");
    await expect.poll(() => page.getByText("3 accounts", { exact: true }).isVisible(), poll).toBe(true);
    // A phone folds the filters away behind one button.
    const filtersButton = page.getByRole("button", { name: "Filters", exact: true });
    if (await filtersButton.isVisible()) await filtersButton.click();
    await page.getByRole("button", { name: "More filters" }).click();
    await page.getByRole("combobox", { name: "Audience country" }).fill("United States");
    await page.getByRole("option", { name: "United States (US)" }).click();
    await page.getByLabel("At least (country)").fill("50");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => page.getByText("1 account", { exact: true }).isVisible(), poll).toBe(true);
    expect(page.url()).toContain("audienceCountry=US");
    expect(page.url()).toContain("minAudienceCountryShare=0.5");
    expect(await page.getByRole("link", { name: "Ben Abroad" }).count()).toBe(0);

    // The results' fit column opens the components of the score.
    await page.getByRole("combobox", { name: "For campaign" }).click();
    await page.getByRole("option", { name: "Ridge Launch" }).click();
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByRole("button", { name: /^Fit \d+ for Ada Trail/ }).click();
    await expect
      .poll(() => page.getByRole("table", { name: "Fit components for @ada.trails" }).isVisible(), poll)
      .toBe(true);
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: "Ada Trail" }).click();
    await page.getByRole("heading", { name: "Ada Trail" }).waitFor();
    // Price estimate from the planner's model, with its basis.
    const price = page.getByRole("region", { name: "Price estimate" });
    await expect.poll(() => price.textContent(), poll).toMatch(/estimated fee \$[\d,.]+–\$[\d,.]+ per reel/);
    expect(await price.textContent()).toContain("default rate model");

    await page.getByRole("tab", { name: "Audience & fit" }).click();
    await page.getByRole("combobox", { name: "For campaign" }).click();
    await page.getByRole("option", { name: "Ridge Launch" }).click();
    const components = page.getByRole("table", { name: "Fit components for @ada.trails" });
    await expect.poll(() => components.isVisible(), poll).toBe(true);
    const rows = await components.getByRole("row").allTextContents();
    expect(
      rows.some((r) => r.startsWith("Audience countries") && r.includes("30%") && r.includes("70%")),
    ).toBe(true);
    expect(rows.some((r) => r.startsWith("Niches") && r.includes("25%"))).toBe(true);
    expect(rows.some((r) => r.includes("Not targeted"))).toBe(true);

    await page.getByRole("tab", { name: "Posts" }).click();
    await expect
      .poll(() => page.getByText("Sunrise on the ridge trail, packed light").isVisible(), poll)
      .toBe(true);
    // A count the platform hid is unknown, not zero.
    expect(await page.getByRole("article").first().textContent()).toContain("Views: unknown");

    await page.getByRole("tab", { name: "Lookalikes" }).click();
    await page.getByRole("checkbox", { name: "Select Cleo Peaks (@cleopeaks)" }).check();
    await page.getByLabel("New list name").fill("Hikers like Ada");
    await page
      .getByRole("button", { name: "Add creators to list" })
      .or(page.getByRole("button", { name: "Add creator to list" }))
      .click();
    await expect.poll(() => page.getByText('Added 1 to "Hikers like Ada".').isVisible(), poll).toBe(true);

    // Add a creator by hand, from a profile URL.
    await page.goto(`${env.amplio.baseUrl}/creators`);
    await page.getByRole("link", { name: "Add creator" }).click();
    await page.getByLabel("Name").fill("Dee Summit");
    await page.getByLabel("Email").fill("dee@example.com");
    await page.getByLabel("Platform").selectOption("tiktok");
    await page.getByLabel("Handle or profile URL").fill("https://www.tiktok.com/@DeeSummit");
    await page.getByLabel("Followers").fill("12000");
    await page.getByLabel("Engagement rate (%)").fill("4.5");
    await page.getByRole("button", { name: "Add creator" }).click();
    await page.getByRole("heading", { name: "Dee Summit" }).waitFor();
    await expect.poll(() => page.getByRole("link", { name: "@deesummit" }).isVisible(), poll).toBe(true);
    expect(await page.getByText("4.50%").isVisible()).toBe(true);

    // Import a CSV with one bad row: preview, mapping, progress, the rejected row and its download.
    await page.goto(`${env.amplio.baseUrl}/creators`);
    await page.getByRole("link", { name: "Import" }).click();
    const csv = [
      "Creator,IG handle,Fans,Where",
      "Lina Peaks,linapeaks,25k,Germany",
      "Marco Trails,marcotrails,lots,IT",
      "Oda Fjord,odafjord,8200,NO",
    ].join("\n");
    await page.locator('input[type="file"]').setInputFiles({
      name: "agency.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Upload and preview" }).click();
    const handleColumn = page.getByRole("combobox", { name: "Field for column IG handle" });
    await handleColumn.waitFor();
    expect(await page.getByRole("combobox", { name: "Field for column Fans" }).inputValue()).toBe(
      "followers",
    );
    expect(await handleColumn.inputValue()).toBe("");
    expect(await page.getByRole("cell", { name: "Lina Peaks" }).isVisible()).toBe(true);
    await handleColumn.selectOption("handle");
    await page.getByRole("combobox", { name: "Field for column Where" }).selectOption("country");
    await page.getByLabel("Platform of rows without one").selectOption("instagram");
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect
      .poll(() => page.getByRole("heading", { name: "Import finished" }).isVisible(), poll)
      .toBe(true);
    expect(await page.getByText("3 of 3 rows read").isVisible()).toBe(true);
    const rejected = page.getByRole("table", { name: "Rejected rows" });
    expect(await rejected.getByRole("row").nth(1).textContent()).toBe('3Followers"lots" is not a count');
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download rejected rows (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("agency-rejected.csv");
    expect(readFileSync(await download.path(), "utf8")).toBe(
      'line,field,reason\r\n3,followers,"""lots"" is not a count"\r\n',
    );

    await page.getByRole("link", { name: "See the creators" }).click();
    await page.getByLabel("Search", { exact: true }).fill("linapeaks");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => page.getByRole("link", { name: "Lina Peaks" }).isVisible(), poll).toBe(true);
    await page.close();
  });
});
