import type { BrowserContext, Page } from "playwright-core";
import { systemActor } from "../../../src/modules/audit/actor.js";
import { addCreatorsToCampaign } from "../../../src/modules/campaigns/add-creators-to-campaign.js";
import { insertCreators } from "../../../src/modules/creators/creators.js";
import { type BrowserSuite, brandViewport, openFromNavigation, portalLinkFor } from "../support.js";

/**
 * Steps the negotiation, brief and review tests share, taken in the browser as a person would. Only the creator
 * comes in directly: finding and shortlisting creators is discovery's page, tested there.
 */
export interface Collaboration {
  brand: Page;
  campaignId: string;
  creatorId: string;
  creatorName: string;
  creatorEmail: string;
}

export async function brandSignsUpWithCampaign(
  env: BrowserSuite,
  who: { name: string; email: string; organisation: string; campaign: string },
): Promise<{ brand: Page; campaignId: string }> {
  const brand = await env.browser.newPage({ viewport: brandViewport() });
  await brand.goto(`${env.amplio.baseUrl}/sign-up`);
  await brand.getByLabel("Your name").fill(who.name);
  await brand.getByLabel("Work email").fill(who.email);
  await brand.getByLabel("Password").fill("a strong passphrase");
  await brand.getByLabel("Organisation name").fill(who.organisation);
  await brand.getByRole("button", { name: "Create account" }).click();
  await brand.getByRole("heading", { name: "Today", exact: true }).waitFor();
  await openFromNavigation(brand, "Campaigns");
  await brand.getByRole("link", { name: "New campaign" }).click();
  await brand.getByLabel("Campaign name").fill(who.campaign);
  await brand.getByLabel("Start date").fill("2026-11-01");
  await brand.getByLabel("End date").fill("2027-01-31");
  await brand.getByLabel("Budget").fill("20000.00");
  await brand.getByRole("button", { name: "Create campaign" }).click();
  await brand.getByRole("heading", { name: who.campaign }).waitFor();
  return { brand, campaignId: new URL(brand.url()).pathname.split("/").at(-1) ?? "" };
}

export async function creatorJoins(
  env: BrowserSuite,
  organisation: string,
  campaignId: string,
  creator: { name: string; handle: string },
): Promise<{ creatorId: string; creatorEmail: string }> {
  const { db } = env.amplio.app.amplio.database;
  const org = await db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", organisation)
    .executeTakeFirstOrThrow();
  const creatorEmail = `${creator.handle}@example.com`;
  const [made] = await insertCreators(db, org.id, [
    {
      name: creator.name,
      email: creatorEmail,
      accounts: [{ platform: "instagram", handle: creator.handle, followers: 52_000 }],
    },
  ]);
  if (!made) throw new Error("no creator made");
  await addCreatorsToCampaign(db, { organisationId: org.id, actor: systemActor("test") }, campaignId, [
    made.id,
  ]);
  return { creatorId: made.id, creatorEmail };
}

/** The brand emails a portal link from the review page; the creator opens it on a phone. */
export async function creatorOpensPortal(
  env: BrowserSuite,
  c: Collaboration,
): Promise<{ creator: Page; context: BrowserContext }> {
  await c.brand.goto(`${env.amplio.baseUrl}/campaigns/${c.campaignId}/creators/${c.creatorId}/review`);
  await c.brand.getByRole("button", { name: "Email a portal link" }).click();
  await c.brand.getByText(/Portal link emailed to the creator/).waitFor();
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const creator = await context.newPage();
  const link = await portalLinkFor(env.amplio.app.amplio.database.db, c.creatorEmail);
  await creator.goto(`${env.amplio.baseUrl}${link}`);
  await creator.getByRole("heading", { name: `Hi ${c.creatorName}` }).waitFor();
  return { creator, context };
}

/** The brand offers a flat fee for one Instagram reel; the creator accepts and signs it in the portal. */
export async function agreeFlatFee(env: BrowserSuite, c: Collaboration, campaignName: string) {
  await c.brand.goto(`${env.amplio.baseUrl}/campaigns/${c.campaignId}/creators/${c.creatorId}`);
  const offer = c.brand.getByRole("form", { name: "Offer terms" });
  await offer.getByLabel("Draft due").fill("2026-11-20");
  await offer.getByLabel(/^Due/).fill("2026-11-28");
  await offer.getByLabel("Fee (EUR)").fill("900");
  await offer.getByRole("button", { name: "Save offer version" }).click();
  await c.brand.getByText("Offer version 1 saved.").waitFor();
  const portal = await creatorOpensPortal(env, c);
  await portal.creator.getByRole("link", { name: new RegExp(campaignName) }).click();
  const accept = portal.creator.getByRole("form", { name: "Accept offer" });
  await accept.getByLabel("Your full legal name").fill(c.creatorName);
  await accept.getByLabel("I agree to these terms").check();
  await accept.getByRole("button", { name: "Accept and sign" }).click();
  await portal.creator.getByText(/Accepted by the creator in the Amplio portal/).waitFor();
  return portal;
}
