import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { open, seal } from "../../security/encryption.js";
import {
  type Api,
  addCreator,
  brandWithCampaign,
  portalSignIn,
  queuedSmtpUrl,
  sendPortalLink,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import {
  type FakePlatforms,
  fakeClients,
  startFakePlatforms,
} from "../../test-support/fake-oauth-platforms.js";

type Portal = Awaited<ReturnType<typeof portalSignIn>>;
const encryptionKey = randomBytes(32);
const errorOf = (location: unknown) =>
  new URL(String(location), "http://amplio.test").searchParams.get("error") ?? "";
const later = (hours: number) => () => new Date(Date.now() + hours * 3_600_000);

describeEachDatabase("creator connections", (dialect) => {
  let t: TestApp;
  let fake: FakePlatforms;
  let api: Api;
  let owner: Api;
  let campaignId: string;
  let ana: string;
  let ben: string;
  let anaPortal: Portal;
  let benPortal: Portal;

  beforeAll(async () => {
    fake = await startFakePlatforms();
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl, encryptionKey, oauthBaseUrls: fake.urls });
    ({ api, owner, campaignId } = await brandWithCampaign(t.app));
    ana = await addCreator(api, campaignId, "ana.glow");
    ben = await addCreator(api, campaignId, "ben.glow");
    fake.instagramUsername = "ana.glow";
    anaPortal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, ana));
    benPortal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, ben));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  // One pass: each sync books the next a day after the real clock, so passes at a later clock would never run dry.
  const runJobsAt = (now: () => Date) => t.app.amplio.jobs.runDue(now);

  /** Start in the portal, let the (fake) platform send the browser back, and return the callback's query. */
  async function authorize(portal: Portal, platform: string) {
    const started = await portal({ method: "POST", url: `/api/portal/connections/${platform}/start` });
    expect(started.statusCode, started.body).toBe(200);
    const authorizeUrl = new URL(started.json().authorizeUrl);
    const back = await fetch(authorizeUrl, { redirect: "manual" });
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe(
      `http://amplio.test/api/portal/connections/${platform}/callback`,
    );
    return { authorizeUrl, query: location.search };
  }
  const callback = (portal: Portal, platform: string, query: string) =>
    portal({ method: "GET", url: `/api/portal/connections/${platform}/callback${query}` });
  const connection = (platform: string) =>
    t.database.db
      .selectFrom("creator_connections")
      .selectAll()
      .where("creator_id", "=", ana)
      .where("platform", "=", platform as "youtube")
      .executeTakeFirst();

  it("sets up each platform's app with the secret stored encrypted and never shown", async () => {
    for (const platform of ["instagram", "youtube", "tiktok"] as const) {
      const saved = await owner({
        method: "PUT",
        url: `/api/v1/creator-connections/clients/${platform}`,
        payload: fakeClients[platform],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.body).not.toContain(fakeClients[platform].clientSecret);
      expect(saved.json()).toMatchObject({
        clientSecretSet: true,
        redirectUri: `http://amplio.test/api/portal/connections/${platform}/callback`,
      });
    }
    const listed = await owner({ method: "GET", url: "/api/v1/creator-connections/clients" });
    expect(listed.json().encryptionKeySet).toBe(true);
    expect(listed.body).not.toContain("secret");
    const stored = await t.database.db.selectFrom("creator_connection_clients").selectAll().execute();
    expect(stored.map((s) => s.client_secret_sealed).join()).not.toContain("secret");
    // A member (API key) may not change them.
    const member = await api({
      method: "PUT",
      url: "/api/v1/creator-connections/clients/youtube",
      payload: { clientId: "x", clientSecret: "y" },
    });
    expect(member.statusCode).toBe(403);
  });

  it("connects YouTube: state and PKCE S256, tokens sealed, verified audience and post metrics written", async () => {
    const listed = await anaPortal({ method: "GET", url: "/api/portal/connections" });
    expect(listed.json().items.map((c: { platform: string; available: boolean }) => c.available)).toEqual([
      true,
      true,
      true,
    ]);
    const post = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: ana,
        platform: "youtube",
        format: "video",
        url: "https://www.youtube.com/watch?v=vidAAAAAAA1",
        postedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      },
    });
    expect(post.statusCode, post.body).toBe(201);

    const { authorizeUrl, query } = await authorize(anaPortal, "youtube");
    expect(authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorizeUrl.searchParams.get("access_type")).toBe("offline");
    const done = await callback(anaPortal, "youtube", query);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe("/portal/connections?connected=youtube");
    expect(fake.events).toContain("youtube:pkce-verified");

    const row = await connection("youtube");
    const issued = fake.accessTokens.youtube.at(-1) as string;
    expect(row?.access_token_sealed).not.toContain(issued);
    expect(row?.refresh_token_sealed).not.toContain("refresh");
    expect(open(encryptionKey, row?.access_token_sealed ?? "")).toBe(issued);
    expect(row).toMatchObject({ handle: "anacooks", status: "connected" });
    expect(row?.last_synced_at).not.toBeNull();

    const mine = (await anaPortal({ method: "GET", url: "/api/portal/connections/youtube" })).json();
    expect(mine).toMatchObject({ connected: true, handle: "anacooks", status: "connected" });
    expect(mine.shares.map((s: { item: string }) => s.item)).toEqual([
      "profile",
      "followers",
      "audience_age",
      "audience_gender",
      "audience_country",
      "post_metrics",
    ]);
    expect(JSON.stringify(mine)).not.toContain(issued);

    const profile = (await api({ method: "GET", url: `/api/v1/creators/${ana}/profile` })).json();
    const youtube = profile.accounts.find((a: { platform: string }) => a.platform === "youtube");
    expect(youtube).toMatchObject({ handle: "anacooks", followers: 52_000, postsCount: 120 });
    expect(youtube.audience.source).toBe("creator_verified");
    expect(youtube.audience.ages["18-24"]).toBeCloseTo(0.5);
    expect(youtube.audience.genders.female).toBeCloseTo(0.7);
    expect(youtube.audience.countries.DE).toBeCloseTo(0.8);

    const posts = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` })).json();
    expect(posts.items[0].latestMetrics ?? posts.items[0].metrics).toBeDefined();
    const snapshots = await t.database.db
      .selectFrom("post_metric_snapshots")
      .selectAll()
      .where("source", "=", "creator")
      .execute();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ views: 48_000, likes: 3_100, comments: 210 });
  });

  it("refuses a state used twice, a made-up state, another session's state, and a changed PKCE verifier", async () => {
    const { query } = await authorize(anaPortal, "tiktok");
    // Another portal session of the same creator cannot finish this sign-in…
    const otherSession = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, ana));
    const elsewhere = await callback(otherSession, "tiktok", query);
    expect(elsewhere.headers.location).toContain("error=");
    expect(await connection("tiktok")).toBeUndefined();
    // …the session that began it can, once.
    expect((await callback(anaPortal, "tiktok", query)).headers.location).toBe(
      "/portal/connections?connected=tiktok",
    );
    expect(await connection("tiktok")).toMatchObject({ handle: "ana.tok", external_user_id: "tt-open-id-1" });
    const again = await callback(anaPortal, "tiktok", query);
    expect(errorOf(again.headers.location)).toContain("already used");
    const madeUp = await callback(anaPortal, "tiktok", "?code=abc&state=not-a-real-state");
    expect(madeUp.headers.location).toContain("error=");

    // The verifier Amplio holds is what the platform checks against the challenge.
    const before = await connection("tiktok");
    const second = await authorize(anaPortal, "tiktok");
    await t.database.db
      .updateTable("creator_connection_states")
      .set({ code_verifier_sealed: seal(encryptionKey, "wrong") })
      .where("used_at", "is", null)
      .execute();
    const refused = await callback(anaPortal, "tiktok", second.query);
    expect(errorOf(refused.headers.location)).toContain("code_verifier does not match");
    expect((await connection("tiktok"))?.access_token_sealed).toBe(before?.access_token_sealed);
  });

  it("renews the token before it expires, in the daily sync job", async () => {
    const before = await connection("youtube");
    expect(fake.events).not.toContain("youtube:refresh");
    await runJobsAt(later(25));
    expect(fake.events).toContain("youtube:refresh");
    // TikTok's day-long access token is renewed with its refresh token in the same pass.
    expect(fake.events).toContain("tiktok:refresh");
    const after = await connection("youtube");
    expect(open(encryptionKey, after?.access_token_sealed ?? "")).toBe(fake.accessTokens.youtube.at(-1));
    expect(fake.accessTokens.youtube.at(-1)).toMatch(/^ya29\.renewed-/);
    expect(after?.access_token_sealed).not.toBe(before?.access_token_sealed);
    expect(after?.next_sync_at).not.toBe(before?.next_sync_at);
  });

  it("verified Instagram audience replaces the imported one, an import cannot overwrite it, and the fit moves", async () => {
    await api({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}`,
      payload: {
        idealCustomerProfile: { countries: ["DE"], ageMin: 18, ageMax: 24, genders: ["female"] },
      },
    }).then((r) => expect(r.statusCode, r.body).toBe(200));
    const creator = (await api({ method: "GET", url: `/api/v1/creators/${ana}` })).json();
    const account = creator.accounts.find((a: { platform: string }) => a.platform === "instagram");
    const imported = {
      countries: { US: 0.9, DE: 0.1 },
      ages: { "35-44": 1 },
      genders: { male: 1 },
      source: "import",
    };
    await api({
      method: "PATCH",
      url: `/api/v1/creators/${ana}/accounts/${account.id}`,
      payload: { audience: imported },
    }).then((r) => expect(r.statusCode, r.body).toBe(200));
    const fitScore = async () =>
      (await api({ method: "GET", url: `/api/v1/creators/${ana}/fit?campaignId=${campaignId}` }))
        .json()
        .accounts.find((a: { platform: string }) => a.platform === "instagram").score as number;
    const before = await fitScore();

    const { query } = await authorize(anaPortal, "instagram");
    expect((await callback(anaPortal, "instagram", query)).headers.location).toBe(
      "/portal/connections?connected=instagram",
    );
    const after = await fitScore();
    expect(after).toBeGreaterThan(before + 30);
    const audience = (await api({ method: "GET", url: `/api/v1/creators/${ana}/profile` }))
      .json()
      .accounts.find((a: { platform: string }) => a.platform === "instagram").audience;
    expect(audience).toMatchObject({ source: "creator_verified" });
    expect(audience.countries.DE).toBeCloseTo(0.8);

    // An import after the creator verified leaves the verified audience standing; nobody can claim the mark.
    await api({
      method: "PATCH",
      url: `/api/v1/creators/${ana}/accounts/${account.id}`,
      payload: { audience: imported },
    });
    expect(await fitScore()).toBe(after);
    const forged = await api({
      method: "PATCH",
      url: `/api/v1/creators/${ana}/accounts/${account.id}`,
      payload: { audience: { ...imported, source: "creator_verified" } },
    });
    expect(forged.statusCode).toBe(400);
  });

  it("keeps each creator to their own connections, and other brands out", async () => {
    const bens = (await benPortal({ method: "GET", url: "/api/portal/connections" })).json();
    expect(bens.items.every((c: { connected: boolean }) => !c.connected)).toBe(true);
    expect((await benPortal({ method: "DELETE", url: "/api/portal/connections/youtube" })).statusCode).toBe(
      404,
    );
    expect(await connection("youtube")).toBeDefined();
    // Ana's sign-in cannot be finished in Ben's session.
    const { query } = await authorize(anaPortal, "youtube");
    expect((await callback(benPortal, "youtube", query)).headers.location).toContain("error=");

    const other = await brandWithCampaign(t.app, "Other");
    const clients = (await other.owner({ method: "GET", url: "/api/v1/creator-connections/clients" })).json();
    expect(clients.items.every((c: { clientSecretSet: boolean }) => !c.clientSecretSet)).toBe(true);
    const stranger = await addCreator(other.api, other.campaignId, "stranger.glow");
    const strangerPortal = await portalSignIn(
      t.app,
      await sendPortalLink(t.database.db, other.api, other.campaignId, stranger),
    );
    const theirs = (await strangerPortal({ method: "GET", url: "/api/portal/connections" })).json();
    expect(
      theirs.items.every((c: { connected: boolean; available: boolean }) => !c.connected && !c.available),
    ).toBe(true);
    const start = await strangerPortal({ method: "POST", url: "/api/portal/connections/youtube/start" });
    expect(start.statusCode).toBe(409);
    expect((await t.app.inject({ method: "GET", url: "/api/portal/connections" })).statusCode).toBe(401);
  });

  it("disconnects: revokes at the platform, deletes the tokens and withdraws the verified audience", async () => {
    const gone = await anaPortal({ method: "DELETE", url: "/api/portal/connections/youtube" });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json()).toEqual({ revokedAtPlatform: true });
    expect(fake.events).toContain("youtube:revoke");
    expect(await connection("youtube")).toBeUndefined();
    const profile = (await api({ method: "GET", url: `/api/v1/creators/${ana}/profile` })).json();
    expect(profile.accounts.find((a: { platform: string }) => a.platform === "youtube").audience).toBeNull();
    // Instagram has no revoke endpoint: the tokens go all the same.
    const instagram = await anaPortal({ method: "DELETE", url: "/api/portal/connections/instagram" });
    expect(instagram.json()).toEqual({ revokedAtPlatform: false });
    expect(await connection("instagram")).toBeUndefined();
    // A sync job of a disconnected account does nothing.
    await runJobsAt(later(50));
    expect(await connection("youtube")).toBeUndefined();
  });

  it("refuses to start without the encryption key once connections are set up", async () => {
    await expect(
      buildApp({ database: t.database, logLevel: "silent", webRoot: null, encryptionKey: null }),
    ).rejects.toThrow(/AMPLIO_ENCRYPTION_KEY is not set/);
  });
});
