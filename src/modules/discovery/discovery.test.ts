import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, type SignedInUser, signUp } from "../../test-support/http.js";

interface SearchItem {
  id: string;
  creatorId: string;
  name: string;
  handle: string;
  platform: string;
  followers: number;
  tier: string;
  engagementRate: number | null;
  qualityScore: number;
  country: string | null;
  niches: string[];
  fit: number | null;
  conflicts: string[];
  qualityFlags: Array<{ code: string }>;
  saturation: string;
}
interface SearchPage {
  total: number;
  items: SearchItem[];
  nextCursor: string | null;
  facets: Record<string, Array<{ value: string; count: number }>>;
}

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describeEachDatabase("creator discovery", (dialect) => {
  let test: TestApp;
  let owner: SignedInUser;
  let other: SignedInUser;
  let as: ReturnType<typeof asUser>;
  const creatorIds: Record<string, string> = {};

  async function create(body: object): Promise<{ id: string; accounts: Array<{ id: string }> }> {
    const response = await as({ method: "POST", url: "/api/v1/creators", payload: body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function search(params: string): Promise<SearchPage> {
    const response = await as({ method: "GET", url: `/api/v1/creators?${params}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as SearchPage;
  }

  beforeAll(async () => {
    test = await openTestApp(dialect);
    owner = await signUp(test.app, { organisationName: "Northwind" });
    other = await signUp(test.app, { organisationName: "Rival Co" });
    as = asUser(test.app, owner);
    const ada = await create({
      name: "Ada Trail",
      email: "ada@example.com",
      accounts: [
        {
          platform: "instagram",
          handle: "@Ada.Trails",
          followers: 45_000,
          country: "us",
          language: "en",
          niches: ["Hiking", "camping"],
          bio: "Backcountry hiking and ultralight gear reviews",
          engagementRate: 0.031,
          audience: {
            countries: { US: 0.6, CA: 0.1, GB: 0.3 },
            ages: { "25-34": 0.5, "35-44": 0.3, "18-24": 0.2 },
            genders: { female: 0.7, male: 0.3 },
            credibility: 0.9,
          },
        },
        { platform: "tiktok", handle: "adatrails", followers: 220_000, country: "US", niches: ["hiking"] },
      ],
    });
    creatorIds.ada = ada.id;
    const ben = await create({
      name: "Ben Kitchen",
      accounts: [
        {
          platform: "youtube",
          handle: "benkitchen",
          followers: 1_500_000,
          country: "GB",
          language: "en",
          niches: ["food"],
          bio: "Vegan recipes every week",
          engagementRate: 0.02,
        },
      ],
    });
    creatorIds.ben = ben.id;
    const cleo = await create({
      name: "Cléo Sommet",
      email: "cleo@example.com",
      accounts: [
        {
          platform: "instagram",
          handle: "cleo_sommet",
          followers: 8_000,
          country: "FR",
          language: "fr",
          niches: ["climbing", "hiking"],
          bio: "Escalade et randonnée",
          posts: Array.from({ length: 6 }, (_, i) => ({
            externalId: `c${i}`,
            postedAt: daysAgo(i + 1),
            likes: 20,
            comments: 0,
            sponsored: i < 4,
            brands: i < 4 ? ["Summit Gear"] : [],
          })),
          audience: { countries: { FR: 0.8, US: 0.05 }, credibility: 0.55 },
        },
      ],
    });
    creatorIds.cleo = cleo.id;
    const dan = await create({
      name: "Dan Quiet",
      accounts: [{ platform: "linkedin", handle: "danquiet", followers: 600, niches: ["saas"] }],
    });
    creatorIds.dan = dan.id;
    await asUser(
      test.app,
      other,
    )({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name: "Other Org Hiker",
        accounts: [{ platform: "instagram", handle: "ada.trails", followers: 99_000, niches: ["hiking"] }],
      },
    });
  });
  afterAll(async () => test.close());

  it("stores handles without @ in lower case and computes tier, ER, quality and saturation on write", async () => {
    const response = await as({ method: "GET", url: `/api/v1/creators/${creatorIds.cleo}` });
    const account = response.json().accounts[0];
    expect(account.handle).toBe("cleo_sommet");
    expect(account.tier).toBe("nano");
    // M2 from posts: 20 engagements ÷ 8,000 followers.
    expect(account.engagementRate).toBeCloseTo(0.0025);
    expect(account.qualityFlags.map((f: { code: string }) => f.code).sort()).toEqual([
      "audience_credibility",
      "comments_to_likes_low",
      "engagement_out_of_range",
    ]);
    expect(account.qualityScore).toBe(100 - 25 - 15 - 40);
    expect(account.sponsoredShare).toBeCloseTo(4 / 6);
    expect(account.saturation).toBe("strong");
    expect(account.sponsoredBrands).toEqual(["Summit Gear"]);
  });

  it("lists every account of the organisation, largest first, with total and facets", async () => {
    const page = await search("");
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.handle)).toEqual([
      "benkitchen",
      "adatrails",
      "ada.trails",
      "cleo_sommet",
      "danquiet",
    ]);
    expect(page.items[0]).toMatchObject({
      name: "Ben Kitchen",
      platform: "youtube",
      tier: "mega",
      country: "GB",
    });
    expect(page.facets.platform).toEqual([
      { value: "instagram", count: 2 },
      { value: "linkedin", count: 1 },
      { value: "tiktok", count: 1 },
      { value: "youtube", count: 1 },
    ]);
    expect(page.facets.niche?.[0]).toEqual({ value: "hiking", count: 3 });
  });

  it("filters by platform, niche (any of), country, tier, followers, engagement, quality and email", async () => {
    expect((await search("platform=instagram")).items.map((i) => i.handle)).toEqual([
      "ada.trails",
      "cleo_sommet",
    ]);
    expect((await search("niche=food,saas")).items.map((i) => i.handle)).toEqual(["benkitchen", "danquiet"]);
    expect((await search("niche=climbing&niche=food")).total).toBe(2);
    expect((await search("country=us")).total).toBe(2);
    expect((await search("tier=micro,mid")).items.map((i) => i.handle)).toEqual(["adatrails", "ada.trails"]);
    expect((await search("minFollowers=10000&maxFollowers=300000")).total).toBe(2);
    expect(
      (await search("minEngagementRate=0.025&maxEngagementRate=0.05")).items.map((i) => i.handle),
    ).toEqual(["ada.trails"]);
    expect((await search("minQuality=50")).total).toBe(4);
    expect((await search("hasEmail=true")).total).toBe(3);
    expect((await search("hasEmail=false")).items.map((i) => i.handle)).toEqual(["benkitchen", "danquiet"]);
    expect((await search("language=en&platform=youtube")).total).toBe(1);
  });

  it("filters by audience country, age and gender shares", async () => {
    expect(
      (await search("audienceCountry=US&minAudienceCountryShare=0.5")).items.map((i) => i.handle),
    ).toEqual(["ada.trails"]);
    expect(
      (await search("audienceCountry=FR&minAudienceCountryShare=0.5")).items.map((i) => i.handle),
    ).toEqual(["cleo_sommet"]);
    expect((await search("audienceAge=25-34&minAudienceAgeShare=0.4")).total).toBe(1);
    expect((await search("audienceGender=female&minAudienceGenderShare=0.8")).total).toBe(0);
  });

  it("searches name, handle and bio by word prefix, accents ignored, ranked by relevance", async () => {
    expect((await search("q=hiking")).items.map((i) => i.handle)).toEqual(["ada.trails"]);
    expect((await search("q=cleo")).items.map((i) => i.handle)).toEqual(["cleo_sommet"]);
    expect((await search("q=randonnee")).total).toBe(1);
    expect((await search("q=%40adatrails")).items[0]?.handle).toBe("adatrails");
    const ada = await search("q=ada");
    expect(ada.total).toBe(2);
    expect((await search("q=vegan%20recipes")).items.map((i) => i.handle)).toEqual(["benkitchen"]);
    expect((await search("q=vegan%20hiking")).total).toBe(0);
  });

  it("sorts by engagement rate and quality, unknown rates last, and pages with a cursor", async () => {
    const byRate = await search("sort=engagementRate");
    expect(byRate.items.map((i) => i.handle).slice(0, 3)).toEqual([
      "ada.trails",
      "benkitchen",
      "cleo_sommet",
    ]);
    expect(byRate.items.at(-1)?.engagementRate).toBeNull();
    const byQuality = await search("sort=quality");
    expect(byQuality.items.at(-1)?.handle).toBe("cleo_sommet");

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPage = await search(`limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i) => i.handle));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["benkitchen", "adatrails", "ada.trails", "cleo_sommet", "danquiet"]);
  });

  it("answers 400 naming the parameter for bad filters", async () => {
    for (const [params, field] of [
      ["minFollowers=-5", "minFollowers"],
      ["platform=myspace", "platform"],
      ["tier=giant", "tier"],
      ["minEngagementRate=3.2", "minEngagementRate"],
      ["sort=fit", "sort"],
      ["cursor=garbage", "cursor"],
      ["country=USA", "country"],
      ["unknown=1", "unknown"],
    ]) {
      const response = await as({ method: "GET", url: `/api/v1/creators?${params}` });
      expect(response.statusCode, params).toBe(400);
      expect(
        response
          .json()
          .errors.map((e: { field: string }) => e.field.split(".")[0])
          .join(),
      ).toContain(field);
    }
  });

  it("keeps search current after an account changes, and recomputes its signals", async () => {
    const creator = (await as({ method: "GET", url: `/api/v1/creators/${creatorIds.dan}` })).json();
    const accountId = creator.accounts[0].id;
    const response = await as({
      method: "PATCH",
      url: `/api/v1/creators/${creatorIds.dan}/accounts/${accountId}`,
      payload: {
        followers: 12_000,
        bio: "B2B growth marketing",
        snapshots: [{ takenOn: daysAgo(2).slice(0, 10), followers: 11_900 }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().tier).toBe("micro");
    expect((await search("q=growth")).items.map((i) => i.handle)).toEqual(["danquiet"]);
    expect((await search("tier=micro")).total).toBe(2);
    expect((await search("tier=emerging")).total).toBe(0);
    const wrongCreator = await as({
      method: "PATCH",
      url: `/api/v1/creators/${creatorIds.ada}/accounts/${accountId}`,
      payload: { followers: 1 },
    });
    expect(wrongCreator.statusCode).toBe(404);
  });

  it("keeps organisations apart: search, profiles and lists", async () => {
    const theirs = await asUser(test.app, other)({ method: "GET", url: "/api/v1/creators?q=ada" });
    expect(theirs.json().total).toBe(1);
    expect(theirs.json().items[0].name).toBe("Other Org Hiker");
    const profile = await asUser(
      test.app,
      other,
    )({ method: "GET", url: `/api/v1/creators/${creatorIds.ada}/profile` });
    expect(profile.statusCode).toBe(404);
    const list = (
      await as({ method: "POST", url: "/api/v1/creator-lists", payload: { name: "Mine" } })
    ).json();
    const peek = await asUser(
      test.app,
      other,
    )({ method: "GET", url: `/api/v1/creator-lists/${list.id}/export.csv` });
    expect(peek.statusCode).toBe(404);
  });

  it("shows a profile with follower history, posts, audience, sentiment and flags", async () => {
    const profile = (await as({ method: "GET", url: `/api/v1/creators/${creatorIds.cleo}/profile` })).json();
    const account = profile.accounts[0];
    expect(account.recentPosts).toHaveLength(6);
    expect(account.recentPosts[0]).toMatchObject({ externalId: "c0", engagements: 20, sponsored: true });
    expect(account.audience.countries.FR).toBe(0.8);
    expect(
      account.qualityFlags.find((f: { code: string }) => f.code === "comments_to_likes_low").posts,
    ).toHaveLength(6);
  });

  it("keeps shortlists with notes, excludes them from search and exports CSV safe from formulas", async () => {
    const list = (
      await as({ method: "POST", url: "/api/v1/creator-lists", payload: { name: "Spring hikers" } })
    ).json();
    const added = await as({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/items`,
      payload: {
        items: [
          { creatorId: creatorIds.ada, note: '=HYPERLINK("http://evil","click")' },
          { creatorId: creatorIds.cleo, note: 'French Alps, "great" fit,\nask about rates' },
        ],
      },
    });
    expect(added.json()).toEqual({ added: 2, alreadyIn: 0 });
    const again = await as({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/items`,
      payload: { items: [{ creatorId: creatorIds.ada }] },
    });
    expect(again.json()).toEqual({ added: 0, alreadyIn: 1 });
    const foreign = await as({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/items`,
      payload: { items: [{ creatorId: "01900000-0000-7000-8000-000000000000" }] },
    });
    expect(foreign.statusCode).toBe(404);

    expect((await search(`excludeListId=${list.id}`)).items.map((i) => i.handle)).toEqual([
      "benkitchen",
      "danquiet",
    ]);

    const csv = await as({ method: "GET", url: `/api/v1/creator-lists/${list.id}/export.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv.body).toContain('"French Alps, ""great"" fit,\nask about rates"');
    expect(csv.body.split("\r\n")[0]).toBe(
      "creator,email,platform,handle,profile_url,followers,tier,engagement_rate,quality_score,country,niches,note",
    );
    // Ada's two accounts and Cléo's one.
    expect(csv.body.trim().split("\r\n")).toHaveLength(4);
  });

  it("ranks by audience fit for a campaign, excludes its creators and conflicts, and adds a list to it", async () => {
    const campaign = await as({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Trail launch",
        goal: "awareness",
        startDate: "2026-12-01",
        endDate: "2027-01-31",
        currency: "USD",
        idealCustomerProfile: {
          countries: ["US"],
          ageMin: 25,
          ageMax: 44,
          niches: ["hiking"],
          languages: ["en"],
        },
        competitorBrands: ["summit gear"],
      },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const campaignId = campaign.json().id as string;

    const ranked = await search(`campaignId=${campaignId}&sort=fit&niche=hiking`);
    // M6 renormalises over known components: the TikTok account has no audience data, so niche and tier decide.
    expect(ranked.items.map((i) => [i.handle, i.fit])).toEqual([
      ["adatrails", 100],
      ["ada.trails", Math.round((100 * (0.3 * 0.6 + 0.2 * 0.8 + 0.25 * 0.5 + 0.1)) / 0.85)],
      ["cleo_sommet", Math.round((100 * (0.3 * 0.05 + 0.25 * 0.5)) / 0.65)],
    ]);
    expect(ranked.items.find((i) => i.handle === "cleo_sommet")?.conflicts).toEqual(["Summit Gear"]);
    const clean = await search(`campaignId=${campaignId}&excludeConflicts=true&niche=hiking`);
    expect(clean.items.map((i) => i.handle)).toEqual(["adatrails", "ada.trails"]);

    const fit = (
      await as({ method: "GET", url: `/api/v1/creators/${creatorIds.cleo}/fit?campaignId=${campaignId}` })
    ).json();
    expect(fit.accounts[0].locationMismatch).toBe(true);
    expect(fit.accounts[0].unknown).toEqual(["age"]);
    expect(fit.accounts[0].conflicts).toEqual(["Summit Gear"]);

    const list = (
      await as({ method: "POST", url: "/api/v1/creator-lists", payload: { name: "To pitch" } })
    ).json();
    await as({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/items`,
      payload: { items: [{ creatorId: creatorIds.ada }, { creatorId: creatorIds.ben }] },
    });
    const moved = await as({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/add-to-campaign`,
      payload: { campaignId },
    });
    expect(moved.json()).toEqual({ added: 2, alreadyIn: 0 });
    const remaining = await search(`campaignId=${campaignId}`);
    expect(remaining.items.map((i) => i.handle)).toEqual(["danquiet", "cleo_sommet"]);
  });

  it("finds lookalikes by niche, tier, audience and language", async () => {
    const response = await as({ method: "GET", url: `/api/v1/creators/${creatorIds.cleo}/lookalikes` });
    const handles = response.json().items.map((i: { handle: string }) => i.handle);
    expect(handles).toEqual(["ada.trails", "adatrails"]);
  });

  it("saves searches and rejects invalid ones", async () => {
    const saved = await as({
      method: "POST",
      url: "/api/v1/saved-searches",
      payload: { name: "US hikers", query: { niche: "hiking", country: "US", minFollowers: "10000" } },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const bad = await as({
      method: "POST",
      url: "/api/v1/saved-searches",
      payload: { name: "Broken", query: { minFollowers: "-1" } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("query.minFollowers");
    const list = (await as({ method: "GET", url: "/api/v1/saved-searches" })).json();
    expect(list.items.map((s: { name: string }) => s.name)).toEqual(["US hikers"]);
  });
});
