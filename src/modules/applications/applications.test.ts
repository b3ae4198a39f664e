import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicRateLimits } from "../../http/rate-limits.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, type SignedInUser, signUp } from "../../test-support/http.js";
import { parseProfileUrl } from "../creators/handles.js";

describe("profile addresses", () => {
  it("reads the platform and handle from each platform's profile address", () => {
    expect(parseProfileUrl("https://www.instagram.com/Jo.Bakes/")).toEqual({
      platform: "instagram",
      handle: "jo.bakes",
    });
    expect(parseProfileUrl("tiktok.com/@jo_bakes?lang=en")).toEqual({
      platform: "tiktok",
      handle: "jo_bakes",
    });
    expect(parseProfileUrl("https://m.youtube.com/@JoBakes/videos")).toEqual({
      platform: "youtube",
      handle: "jobakes",
    });
    expect(parseProfileUrl("https://www.linkedin.com/in/jo-baker")).toEqual({
      platform: "linkedin",
      handle: "jo-baker",
    });
  });

  it("refuses other sites and pages that are not profiles", () => {
    for (const text of [
      "https://example.com/jo",
      "https://www.instagram.com/p/Cx12/",
      "https://www.tiktok.com/jo",
      "https://www.linkedin.com/company/acme",
      "not a url at all",
    ])
      expect(parseProfileUrl(text), text).toBeNull();
  });
});

interface Application {
  id: string;
  creatorId: string;
  status: string;
  email: string;
  accounts: Array<{ platform: string; handle: string; followers: number }>;
  answers: Array<{ question: string; answer: string }>;
  rates: Array<{ deliverable: string; amount: number; currency: string }>;
  consentedAt: string;
  campaign: { id: string; name: string } | null;
  acceptedCampaign: { id: string; name: string } | null;
  emails: Array<{ kind: string; status: string; toAddress: string; bodyText: string }>;
}

describeEachDatabase("creator applications", (dialect) => {
  let t: TestApp;
  let owner: SignedInUser;
  let other: SignedInUser;
  let slug: string;
  let campaignId: string;
  let campaignSlug: string;
  const as = (user: SignedInUser) => asUser(t.app, user);

  const application = (overrides: Record<string, unknown> = {}) => ({
    name: "Jo Baker",
    email: "Jo@Example.com",
    country: "de",
    accounts: [
      { profileUrl: "https://www.instagram.com/jo.bakes/", followers: 48_000 },
      { platform: "tiktok", handle: "@JoBakes", followers: 12_500 },
    ],
    niches: ["baking"],
    rates: [{ deliverable: "One Instagram reel", amount: 25_000, currency: "EUR" }],
    answers: ["Sourdough, every week."],
    consent: true,
    ...overrides,
  });
  const submit = (payload: Record<string, unknown>, path = slug) =>
    t.app.inject({ method: "POST", url: `/api/public/apply/${path}`, payload });
  const inbox = async (user: SignedInUser, status = "new") =>
    (await as(user)({ method: "GET", url: `/api/v1/applications?status=${status}` })).json() as {
      items: Application[];
      newCount: number;
    };
  const creatorCount = async (organisationId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("creators")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("organisation_id", "=", organisationId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await openTestApp(dialect);
    owner = await signUp(t.app, { organisationName: "Crumb & Co" });
    other = await signUp(t.app, { organisationName: "Other Brand" });
    slug = (
      await t.database.db
        .selectFrom("organisations")
        .select("slug")
        .where("id", "=", owner.organisationId)
        .executeTakeFirstOrThrow()
    ).slug;
    const campaign = await as(owner)({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Autumn Bakes",
        goal: "awareness",
        startDate: "2026-11-01",
        endDate: "2026-11-30",
        currency: "EUR",
      },
    });
    expect(campaign.statusCode).toBe(201);
    campaignId = campaign.json().id;
    campaignSlug = campaign.json().slug;
  });
  afterAll(async () => t.close());

  it("keeps the page closed until the brand opens it, then shows its pitch and questions", async () => {
    const closed = await t.app.inject({ method: "GET", url: `/api/public/apply/${slug}` });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ open: false, organisation: { name: "Crumb & Co" } });
    expect((await submit(application())).statusCode).toBe(409);

    const saved = await as(owner)({
      method: "PUT",
      url: "/api/v1/application-settings",
      payload: { open: true, pitch: "We bake bread.", questions: ["What do you bake?", "  "] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ open: true, pitch: "We bake bread.", questions: ["What do you bake?"] });

    const form = await t.app.inject({ method: "GET", url: `/api/public/apply/${slug}` });
    expect(form.json()).toEqual({
      organisation: { name: "Crumb & Co", slug },
      campaign: null,
      open: true,
      pitch: "We bake bread.",
      questions: ["What do you bake?"],
    });
    const perCampaign = await t.app.inject({
      method: "GET",
      url: `/api/public/apply/${slug}/${campaignSlug}`,
    });
    expect(perCampaign.json().campaign).toEqual({ name: "Autumn Bakes", slug: campaignSlug });
  });

  it("answers 404 problem+json for an unknown organisation or campaign", async () => {
    for (const url of ["/api/public/apply/no-such-brand", `/api/public/apply/${slug}/no-such-campaign`]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect((await submit(application(), url.replace("/api/public/apply/", ""))).statusCode).toBe(404);
    }
  });

  it("refuses bad input with 400 naming the field", async () => {
    for (const [overrides, field] of [
      [{ email: "not-an-email" }, "email"],
      [{ accounts: [{ platform: "myspace", handle: "jo", followers: 1_000 }] }, "accounts.0.platform"],
      [{ accounts: [{ platform: "instagram", handle: "jo bakes!", followers: 1_000 }] }, "accounts.0.handle"],
      [{ accounts: [{ profileUrl: "https://example.com/jo", followers: 1_000 }] }, "accounts.0.profileUrl"],
      [{ accounts: [] }, "accounts"],
      [{ country: "Germany" }, "country"],
      [{ consent: false }, "consent"],
      [{ answers: [] }, "answers.0"],
      [{ rates: [{ deliverable: "Reel", amount: 100, currency: "XYZ" }] }, "rates.0.currency"],
    ] as const) {
      const response = await submit(application(overrides));
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().errors?.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
    }
    expect(await creatorCount(owner.organisationId)).toBe(0);
  });

  it("takes an application: a creator from the application, consent time stored, a confirmation in the outbox", async () => {
    const before = Date.now();
    const response = await submit(application());
    expect(response.statusCode).toBe(202);
    expect(response.json().received).toBe(true);

    const { items, newCount } = await inbox(owner);
    expect(newCount).toBe(1);
    const [received] = items;
    expect(received).toMatchObject({
      status: "new",
      email: "jo@example.com",
      campaign: null,
      accounts: [
        { platform: "instagram", handle: "jo.bakes", followers: 48_000 },
        { platform: "tiktok", handle: "jobakes", followers: 12_500 },
      ],
      answers: [{ question: "What do you bake?", answer: "Sourdough, every week." }],
      rates: [{ deliverable: "One Instagram reel", amount: 25_000, currency: "EUR" }],
    });
    expect(Date.parse(received?.consentedAt ?? "")).toBeGreaterThanOrEqual(before - 5);
    expect(received?.emails).toMatchObject([
      { kind: "confirmation", status: "outbox", toAddress: "jo@example.com" },
    ]);

    const creator = await as(owner)({ method: "GET", url: `/api/v1/creators/${received?.creatorId}` });
    expect(creator.json()).toMatchObject({
      name: "Jo Baker",
      source: "application",
      email: "jo@example.com",
    });
  });

  it("merges a second application by the same email or account into the same creator", async () => {
    const [first] = (await inbox(owner)).items;
    // Same email, a new account: one creator, the account added, the waiting application replaced.
    expect(
      (
        await submit(
          application({
            accounts: [{ platform: "youtube", handle: "JoBakesTV", followers: 1_000 }],
            answers: ["Rye now."],
          }),
        )
      ).statusCode,
    ).toBe(202);
    // Another email, an account already known: still the same creator; from the campaign page, a second application.
    const fromCampaign = await submit(
      application({
        email: "jo.other@example.com",
        accounts: [{ platform: "tiktok", handle: "jobakes", followers: 1_000 }],
      }),
      `${slug}/${campaignSlug}`,
    );
    expect(fromCampaign.statusCode).toBe(202);

    expect(await creatorCount(owner.organisationId)).toBe(1);
    const { items, newCount } = await inbox(owner);
    expect(newCount).toBe(2);
    expect(new Set(items.map((a) => a.creatorId))).toEqual(new Set([first?.creatorId]));
    const organisationPage = items.find((a) => a.campaign === null);
    expect(organisationPage?.id).toBe(first?.id);
    expect(organisationPage?.answers[0]?.answer).toBe("Rye now.");
    expect(items.find((a) => a.campaign !== null)?.campaign).toEqual({
      id: campaignId,
      name: "Autumn Bakes",
    });
    const creator = (
      await as(owner)({ method: "GET", url: `/api/v1/creators/${first?.creatorId}` })
    ).json() as { accounts: Array<{ platform: string; handle: string }> };
    expect(creator.accounts.map((a) => `${a.platform}:${a.handle}`).sort()).toEqual([
      "instagram:jo.bakes",
      "tiktok:jobakes",
      "youtube:jobakestv",
    ]);
  });

  it("accepts a filled honeypot like any application but stores nothing", async () => {
    const before = await inbox(owner);
    const response = await submit(
      application({
        email: "bot@example.com",
        accounts: [{ platform: "instagram", handle: "botty", followers: 1_000 }],
        website: "x",
      }),
    );
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual((await submit(application())).json());
    expect((await inbox(owner)).newCount).toBe(before.newCount);
    expect(await creatorCount(owner.organisationId)).toBe(1);
  });

  it("keeps each organisation's inbox to itself", async () => {
    const theirs = await inbox(other);
    expect(theirs).toMatchObject({ items: [], newCount: 0 });
    const [mine] = (await inbox(owner)).items;
    const theirCampaign = await as(other)({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Theirs",
        goal: "awareness",
        startDate: "2026-11-01",
        endDate: "2026-11-30",
        currency: "EUR",
      },
    });
    const intoTheirs = await as(owner)({
      method: "POST",
      url: `/api/v1/applications/${mine?.id}/accept`,
      payload: { campaignId: theirCampaign.json().id },
    });
    expect(intoTheirs.statusCode).toBe(404);
    for (const action of ["accept", "spam", "decline"]) {
      const response = await as(other)({
        method: "POST",
        url: `/api/v1/applications/${mine?.id}/${action}`,
        payload: action === "accept" ? { campaignId } : action === "decline" ? {} : undefined,
      });
      expect(response.statusCode, action).toBe(404);
    }
  });

  it("accepts into a campaign's pipeline, declines with an email, and marks spam", async () => {
    const [one, two] = (await inbox(owner)).items;
    const accepted = await as(owner)({
      method: "POST",
      url: `/api/v1/applications/${one?.id}/accept`,
      payload: { campaignId },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", acceptedCampaign: { id: campaignId } });
    const pipeline = await as(owner)({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    expect(pipeline.json().items).toMatchObject([{ creatorId: one?.creatorId, stage: "shortlisted" }]);
    expect(
      (
        await as(owner)({
          method: "POST",
          url: `/api/v1/applications/${one?.id}/accept`,
          payload: { campaignId },
        })
      ).statusCode,
    ).toBe(409);

    const declined = await as(owner)({
      method: "POST",
      url: `/api/v1/applications/${two?.id}/decline`,
      payload: { emailCreator: true, message: "Not this season, thank you." },
    });
    expect(declined.statusCode).toBe(200);
    expect(declined.json().status).toBe("declined");
    expect(declined.json().emails.at(-1)).toMatchObject({ kind: "decline", status: "outbox" });
    expect(declined.json().emails.at(-1).bodyText).toContain("Not this season, thank you.");

    const spam = await as(owner)({ method: "POST", url: `/api/v1/applications/${two?.id}/spam` });
    expect(spam.statusCode).toBe(200);
    expect(spam.json().status).toBe("spam");
    expect((await inbox(owner)).newCount).toBe(0);
    expect((await inbox(owner, "spam")).items.map((a) => a.id)).toEqual([two?.id]);
  });
});

describeEachDatabase("creator applications: rate limit per address", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect, { rateLimits: true });
  });
  afterAll(async () => t.close());

  it("limits how often one address may submit, not others", async () => {
    const { max } = publicRateLimits["POST /api/public/apply/:organisationSlug"] ?? { max: 0 };
    const send = (from: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/public/apply/no-such-brand",
        remoteAddress: from,
        payload: {},
      });
    for (let i = 0; i < max; i++) expect((await send("203.0.113.9")).statusCode).toBe(400);
    const limited = await send("203.0.113.9");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: 429, type: "urn:amplio:problem:rate-limited" });
    expect((await send("203.0.113.10")).statusCode).toBe(400);
  });
});
