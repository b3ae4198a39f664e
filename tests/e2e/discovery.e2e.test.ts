import { expect, it } from "vitest";
import { insertCreators } from "../../src/modules/creators/creators.js";
import { describeInBrowser } from "./support.js";

const poll = { timeout: 10_000 };
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describeInBrowser("creator discovery in the browser", (env) => {
  it("searches with filters and facets, opens a profile with its flags, and adds the creator to a list", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Dana Finder");
    await page.getByLabel("Work email").fill("dana@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Trail Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    const { db } = env.amplio.app.amplio.database;
    const organisation = await db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "Trail Co")
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      insertCreators(trx, organisation.id, [
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
              bio: "Backcountry hiking and gear reviews",
              posts: Array.from({ length: 6 }, (_, i) => ({
                externalId: `p${i}`,
                postedAt: daysAgo(i + 1),
                likes: 1_200,
                comments: 1,
                sponsored: i < 3,
                brands: i < 3 ? ["Summit Gear"] : [],
              })),
              snapshots: [
                { takenOn: daysAgo(3).slice(0, 10), followers: 44_000 },
                { takenOn: daysAgo(2).slice(0, 10), followers: 44_500 },
                { takenOn: daysAgo(1).slice(0, 10), followers: 45_000 },
              ],
              audience: {
                countries: { US: 0.7, CA: 0.3 },
                ages: { "25-34": 0.6, "35-44": 0.4 },
                genders: { female: 0.6, male: 0.4 },
                credibility: 0.7,
              },
            },
          ],
        },
        {
          name: "Ben Kitchen",
          accounts: [
            {
              platform: "youtube",
              handle: "benkitchen",
              followers: 1_500_000,
              country: "GB",
              niches: ["food"],
            },
          ],
        },
        {
          name: "Cleo Peaks",
          accounts: [
            { platform: "tiktok", handle: "cleopeaks", followers: 9_000, country: "FR", niches: ["hiking"] },
          ],
        },
      ]),
    );

    await page.getByRole("link", { name: "Discovery" }).click();
    await expect.poll(() => page.getByText("3 accounts", { exact: true }).isVisible(), poll).toBe(true);
    // The creator database's counts sit above the search.
    expect(await page.getByRole("region", { name: "Creator database" }).textContent()).toContain(
      "3 creators",
    );

    await page.getByLabel("Search", { exact: true }).fill("hiking");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => page.getByText("1 account", { exact: true }).isVisible(), poll).toBe(true);
    await expect.poll(() => page.getByRole("link", { name: "Ada Trail" }).isVisible(), poll).toBe(true);

    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => page.getByText("3 accounts", { exact: true }).isVisible(), poll).toBe(true);
    await page.getByRole("combobox", { name: "Niches" }).fill("hik");
    await page.getByRole("option", { name: /hiking/ }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "More filters" }).click();
    await page.getByLabel("Min followers").fill("10000");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => page.getByText("1 account", { exact: true }).isVisible(), poll).toBe(true);
    expect(page.url()).toContain("minFollowers=10000");
    expect(page.url()).toContain("niche=hiking");

    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByRole("region", { name: "Tier counts" }).getByRole("button", { name: "mega" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Ben Kitchen" }).isVisible(), poll).toBe(true);
    await expect.poll(() => page.getByText("1 account", { exact: true }).isVisible(), poll).toBe(true);

    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => page.getByText("3 accounts", { exact: true }).isVisible(), poll).toBe(true);
    await page.getByRole("link", { name: "Ada Trail" }).click();
    await page.getByRole("heading", { name: "Ada Trail" }).waitFor();
    await expect.poll(() => page.getByText("Follower history").isVisible(), poll).toBe(true);
    expect(await page.getByText("Few comments per like").isVisible()).toBe(true);
    expect(await page.getByText("Low audience credibility").isVisible()).toBe(true);
    expect(await page.getByText("Summit Gear").isVisible()).toBe(true);

    await page.getByLabel("New list name").fill("Spring hikers");
    await page.getByLabel("Note").fill("Great fit for the tent launch");
    await page.getByRole("button", { name: "Add creator to list" }).click();
    await expect.poll(() => page.getByText('Added 1 to "Spring hikers".').isVisible(), poll).toBe(true);

    await page.getByRole("link", { name: "Back to search" }).click();
    await page.getByRole("link", { name: "Shortlists" }).click();
    await page.getByRole("button", { name: "Spring hikers" }).click();
    await expect
      .poll(() => page.getByText("Note: Great fit for the tent launch").isVisible(), poll)
      .toBe(true);
    await page.close();
  });
  it("never lets a slow answer to an older search replace a newer one", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Sam Racer");
    await page.getByLabel("Work email").fill("sam@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Race Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("link", { name: "Discovery" }).waitFor();

    const { db } = env.amplio.app.amplio.database;
    const organisation = await db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "Race Co")
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      insertCreators(trx, organisation.id, [
        {
          name: "Alpine Alma",
          accounts: [
            { platform: "instagram", handle: "alma.alpine", followers: 20_000, bio: "alpine climbs" },
          ],
        },
        {
          name: "Sourdough Sid",
          accounts: [{ platform: "tiktok", handle: "sid.bakes", followers: 30_000, bio: "sourdough loaves" }],
        },
      ]),
    );

    // The first search's answer is held back until the second search has been answered.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstAsked = false;
    await page.route(/\/api\/v1\/creators\?.*q=alpine/, async (route) => {
      firstAsked = true;
      const response = await route.fetch();
      await held;
      // The page may have cancelled it meanwhile; either way its answer must not show.
      await route.fulfill({ response }).catch(() => {});
    });

    await page.goto(`${env.amplio.baseUrl}/creators`);
    await expect.poll(() => page.getByText("2 accounts", { exact: true }).isVisible(), poll).toBe(true);
    await page.getByLabel("Search", { exact: true }).fill("alpine");
    await expect.poll(() => firstAsked, poll).toBe(true);
    await page.getByLabel("Search", { exact: true }).fill("sourdough");
    await expect.poll(() => page.getByRole("link", { name: "Sourdough Sid" }).isVisible(), poll).toBe(true);
    await expect.poll(() => page.getByText("1 account", { exact: true }).isVisible(), poll).toBe(true);

    release();
    await page.waitForTimeout(500);
    await page.unroute(/\/api\/v1\/creators\?.*q=alpine/);
    expect(await page.getByRole("link", { name: "Sourdough Sid" }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Alpine Alma" }).count()).toBe(0);
    expect(await page.getByText("1 account", { exact: true }).isVisible()).toBe(true);
    expect(page.url()).toContain("q=sourdough");
    await page.close();
  });
});
