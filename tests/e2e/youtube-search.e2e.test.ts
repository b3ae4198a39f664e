import { afterAll, expect, it } from "vitest";
import { channelIdOf, startFakeYouTube } from "../../src/test-support/fake-youtube.js";
import { describeInBrowser } from "./support.js";

const poll = { timeout: 10_000 };

// The server under test calls this stand-in for www.googleapis.com (AMPLIO_YOUTUBE_API_URL is read on each call).
const google = await startFakeYouTube({
  key: "AIza-test-key",
  pageSize: 3,
  channels: [
    {
      id: channelIdOf("trailtales"),
      title: "Trail Tales",
      customUrl: "@trailtales",
      country: "US",
      description: "Hiking the PCT",
      subscribers: 1_530_000,
      videos: 412,
      views: 98_000_000,
    },
    {
      id: channelIdOf("shyhiker"),
      title: "Shy Hiker",
      customUrl: "@shyhiker",
      country: "US",
      description: "Quiet hiking",
      subscribers: 0,
      hidden: true,
      videos: 40,
      views: 120_000,
    },
    {
      id: channelIdOf("peakpals"),
      title: "Peak Pals",
      customUrl: "@peakpals",
      country: "US",
      description: "Hiking with friends",
      subscribers: 48_100,
      videos: 95,
      views: 2_300_000,
    },
    {
      id: channelIdOf("ridgeruns"),
      title: "Ridge Runs",
      customUrl: "@ridgeruns",
      country: "US",
      description: "Trail running and hiking",
      subscribers: 9_870,
      videos: 30,
      views: 400_000,
    },
  ],
});
const previousUrl = process.env.AMPLIO_YOUTUBE_API_URL;
process.env.AMPLIO_YOUTUBE_API_URL = google.baseUrl;
afterAll(async () => {
  if (previousUrl === undefined) delete process.env.AMPLIO_YOUTUBE_API_URL;
  else process.env.AMPLIO_YOUTUBE_API_URL = previousUrl;
  await google.close();
});

describeInBrowser("YouTube channel search in the browser", (env) => {
  it("sets up the key, searches YouTube from Discovery, and adds two channels to a new list", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Yara Scout");
    await page.getByLabel("Work email").fill("yara@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Trail Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    await page.getByRole("link", { name: "Discovery" }).click();
    await page.getByRole("tab", { name: "Search YouTube" }).click();
    await expect
      .poll(() => page.getByText("Set up the YouTube connector first").isVisible(), poll)
      .toBe(true);
    await page.getByRole("link", { name: "Add a YouTube API key" }).click();
    const card = page.getByRole("region", { name: "YouTube Data API" });
    await card.getByLabel("API key").fill("AIza-test-key");
    await card.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByText("YouTube Data API v3: saved.").isVisible(), poll).toBe(true);

    await card.getByRole("link", { name: "Search YouTube" }).click();
    await page.getByLabel("Keywords").fill("hiking");
    await page.getByRole("combobox", { name: "Country" }).fill("United St");
    await page.getByRole("option", { name: "United States (US)" }).click();
    await page.getByRole("button", { name: "Search YouTube" }).click();
    await expect.poll(() => page.getByRole("article", { name: "Trail Tales" }).isVisible(), poll).toBe(true);
    // A hidden subscriber count says so, is never shown as 0, and cannot be added.
    const shy = page.getByRole("article", { name: "Shy Hiker" });
    expect(await shy.getByText("Subscribers hidden").isVisible()).toBe(true);
    expect(await shy.getByLabel("Select Shy Hiker").isDisabled()).toBe(true);
    await expect.poll(() => page.getByText("101 of 10,000 units").isVisible(), poll).toBe(true);

    await page.getByRole("button", { name: "More results (101 units)" }).click();
    await expect.poll(() => page.getByRole("article", { name: "Ridge Runs" }).isVisible(), poll).toBe(true);
    await expect.poll(() => page.getByText("202 of 10,000 units").isVisible(), poll).toBe(true);
    const searched = google.requests.filter((u) => u.pathname === "/youtube/v3/search");
    expect(searched.map((u) => u.searchParams.get("regionCode"))).toEqual(["US", "US"]);

    await page.getByLabel("Select Trail Tales").check();
    await page.getByLabel("Select Ridge Runs").check();
    await page.getByRole("button", { name: "Add to list…" }).click();
    await page.getByLabel("New list name").fill("YouTube hikers");
    await page.getByRole("button", { name: "Add 2 channels to the list" }).click();
    await expect
      .poll(() => page.getByText('2 added to the database, 2 added to "YouTube hikers".').isVisible(), poll)
      .toBe(true);
    await expect
      .poll(
        () => page.getByRole("article", { name: "Trail Tales" }).getByText("In your database").isVisible(),
        poll,
      )
      .toBe(true);

    await page.getByRole("link", { name: "Shortlists" }).click();
    await page.getByRole("button", { name: "YouTube hikers" }).click();
    const drawer = page.getByRole("dialog");
    await expect.poll(() => drawer.getByRole("link", { name: "Trail Tales" }).isVisible(), poll).toBe(true);
    expect(await drawer.getByRole("link", { name: "Ridge Runs" }).isVisible()).toBe(true);
    await page.close();
  });
});
