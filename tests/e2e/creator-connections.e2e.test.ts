import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCreator, queuedSmtpUrl } from "../../src/test-support/collaboration.js";
import {
  type FakePlatforms,
  fakeClients,
  startFakePlatforms,
} from "../../src/test-support/fake-oauth-platforms.js";
import { asApiKey, asUser, createApiKey, signUp } from "../../src/test-support/http.js";
import {
  browserUnavailable,
  launchBrowser,
  portalLinkFor,
  type RunningAmplio,
  startAmplio,
} from "./support.js";

/** A free port, so the server's public URL (the OAuth redirect URI) is known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(browserUnavailable())("creator-authorised connections", () => {
  let fake: FakePlatforms;
  let amplio: RunningAmplio;
  let browser: Browser;

  beforeAll(async () => {
    fake = await startFakePlatforms();
    const port = await freePort();
    amplio = await startAmplio({
      port,
      publicUrl: `http://127.0.0.1:${port}`,
      smtpUrl: queuedSmtpUrl,
      encryptionKey: randomBytes(32),
      oauthBaseUrls: fake.urls,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await amplio?.stop();
    await fake?.close();
  });

  it("a creator connects YouTube from the portal and the brand sees the audience verified by the creator", async () => {
    const app = amplio.app;
    const owner = await signUp(app, {
      name: "Dana Connect",
      email: "dana.connect@example.com",
      password: "a strong passphrase",
      organisationName: "Glow Skincare",
    });
    const api = asApiKey(app, await createApiKey(app, owner));
    const saved = await asUser(
      app,
      owner,
    )({ method: "PUT", url: "/api/v1/creator-connections/clients/youtube", payload: fakeClients.youtube });
    expect(saved.statusCode, saved.body).toBe(200);
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Glow Summer",
        brand: "Glow",
        goal: "awareness",
        startDate: "2026-11-01",
        endDate: "2027-01-31",
        currency: "EUR",
      },
    });
    const campaignId = campaign.json().id as string;
    const creatorId = await addCreator(api, campaignId, "ana.connect");
    const sent = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/portal-link`,
    });
    expect(sent.statusCode).toBe(201);
    const link = await portalLinkFor(app.amplio.database.db, "ana.connect@example.com");

    const creator = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await creator.goto(`${amplio.baseUrl}${link}`);
    await creator.getByRole("link", { name: "Connected accounts" }).click();
    await expect
      .poll(() => creator.getByRole("heading", { name: "Connected accounts" }).isVisible())
      .toBe(true);
    await expect.poll(() => creator.getByText("Your audience's countries").first().isVisible()).toBe(true);
    await creator.getByRole("button", { name: "Connect YouTube" }).click();
    // Through the (fake) Google sign-in and back to the portal.
    await expect
      .poll(() => creator.getByText("YouTube connected").isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(new URL(creator.url()).pathname).toBe("/portal/connections");
    expect(fake.events).toContain("youtube:pkce-verified");
    await expect
      .poll(() => creator.getByText(/Connected as @anacooks\. Your figures/).isVisible())
      .toBe(true);
    const youtubeCard = creator.getByRole("region", { name: "YouTube" });
    await expect
      .poll(() => youtubeCard.getByText(/Connected as @anacooks, last synced/).isVisible())
      .toBe(true);

    const brand = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await brand.goto(`${amplio.baseUrl}/sign-in`);
    await brand.getByLabel("Work email").fill(owner.email);
    await brand.getByLabel("Password").fill(owner.password);
    await brand.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => brand.getByRole("button", { name: "Organisation and account" }).isVisible())
      .toBe(true);
    await brand.goto(`${amplio.baseUrl}/creators/${creatorId}`);
    await expect
      .poll(() => brand.getByText(/Verified by the creator on/).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await brand.goto(`${amplio.baseUrl}/settings/creator-connections`);
    await expect
      .poll(() => brand.getByRole("region", { name: "YouTube" }).getByText("Set up").isVisible())
      .toBe(true);
    expect(await brand.content()).not.toContain(fakeClients.youtube.clientSecret);

    // The creator stops sharing: revoked at Google, and the connection is gone.
    await youtubeCard.getByRole("button", { name: "Disconnect", exact: true }).click();
    await creator.getByRole("button", { name: "Disconnect YouTube" }).click();
    await expect.poll(() => youtubeCard.getByText("Not connected").isVisible()).toBe(true);
    expect(fake.events).toContain("youtube:revoke");
  });
});
