import { expect, it } from "vitest";
import { createApiKey } from "../../../src/modules/api-keys/api-keys.js";
import { systemActor } from "../../../src/modules/audit/actor.js";
import { recordSignedDocument, sponsoredTerms } from "../../../src/test-support/collaboration.js";
import { asApiKey } from "../../../src/test-support/http.js";
import { brandViewport, describeInBrowser, openFromNavigation } from "../support.js";

const poll = { timeout: 15_000 };
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describeInBrowser("step 4: reviewing candidates", (env) => {
  it("reads a shortlisted creator's history, flags and conflicts; edits the email; merges a duplicate", async () => {
    const page = await env.browser.newPage({ viewport: brandViewport() });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Rui Review");
    await page.getByLabel("Work email").fill("rui@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Glow Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    // What earlier steps left behind: a shortlist, a campaign the creator was contracted for, a duplicate.
    const { app } = env.amplio;
    const { db } = app.amplio.database;
    const organisation = await db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "Glow Co")
      .executeTakeFirstOrThrow();
    const { key } = await createApiKey(db, {
      organisationId: organisation.id,
      name: "setup",
      actor: systemActor("test setup"),
      createdBy: null,
    });
    const api = asApiKey(app, key);
    const campaign = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Glow Summer",
          brand: "Glow",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
          competitorBrands: ["Summit Gear"],
        },
      })
    ).json() as { id: string };
    const ada = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ada Trail",
          email: "ada.old@example.com",
          accounts: [
            {
              platform: "instagram",
              handle: "ada.trails",
              followers: 45_000,
              niches: ["hiking"],
              posts: Array.from({ length: 6 }, (_, i) => ({
                externalId: `p${i}`,
                postedAt: daysAgo(i + 1),
                likes: 1_200,
                comments: 1,
                sponsored: i < 3,
                brands: i < 3 ? ["Summit Gear"] : [],
              })),
            },
          ],
        },
      })
    ).json() as { id: string };
    const duplicate = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ada T.",
          accounts: [{ platform: "tiktok", handle: "adatrails", followers: 80_000, niches: ["hiking"] }],
        },
      })
    ).json() as { id: string };
    const list = (
      await api({ method: "POST", url: "/api/v1/creator-lists", payload: { name: "Summer candidates" } })
    ).json() as { id: string };
    await api({
      method: "POST",
      url: `/api/v1/creator-lists/${list.id}/items`,
      payload: { items: [{ creatorId: ada.id, note: "loved the tent review" }] },
    });
    await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaign.id}/creators`,
      payload: { creatorId: ada.id },
    });
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaign.id}/creators/${ada.id}/offers`,
      payload: { terms: sponsoredTerms },
    });
    expect((await recordSignedDocument(api, offer.json().id)).statusCode).toBe(201);
    expect(duplicate.id).not.toBe(ada.id);

    // From the shortlist to the creator's profile.
    await openFromNavigation(page, "Discovery");
    await page.getByRole("link", { name: "Shortlists" }).click();
    await page.getByRole("button", { name: "Summer candidates" }).click();
    await page.getByRole("link", { name: "Ada Trail" }).click();
    await page.getByRole("heading", { name: "Ada Trail" }).waitFor();
    // Flags: what lowered the quality score, and the brands in sponsored posts.
    await expect.poll(() => page.getByText("Few comments per like").isVisible(), poll).toBe(true);
    expect(await page.getByText("Summit Gear").first().isVisible()).toBe(true);

    await page.getByRole("tab", { name: "History" }).click();
    const history = page.getByRole("table", { name: "Campaigns with this creator" });
    await expect.poll(() => history.isVisible(), poll).toBe(true);
    const row = await history.getByRole("row").nth(1).textContent();
    expect(row).toContain("Glow Summer");
    expect(row).toContain("Contracted");
    expect(row).toContain("€800.00");
    expect(row).toContain("No results yet");

    // Conflict: the campaign's competitor sponsored this creator.
    await page.getByRole("tab", { name: "Audience & fit" }).click();
    await page.getByRole("combobox", { name: "For campaign" }).click();
    await page.getByRole("option", { name: "Glow Summer" }).click();
    await expect.poll(() => page.getByText("Conflict: Summit Gear").isVisible(), poll).toBe(true);

    // Edit the email.
    await page.getByRole("button", { name: "Edit creator" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit creator" });
    await dialog.getByLabel("Email").fill("not-an-email");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => dialog.getByText("Enter an email address like name@example.com").isVisible(), poll)
      .toBe(true);
    await dialog.getByLabel("Email").fill("ada@trail.example");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByText("ada@trail.example").isVisible(), poll).toBe(true);

    // Merge the duplicate, keeping this creator's name and the email just set.
    await page.getByRole("button", { name: "Merge with…" }).click();
    const merge = page.getByRole("dialog", { name: "Merge a duplicate into Ada Trail" });
    await merge.getByRole("combobox", { name: "Duplicate creator" }).fill("adatrails");
    await page.getByRole("option", { name: "Ada T. (@adatrails)" }).click();
    const sideBySide = merge.getByRole("table", { name: "The two creators side by side" });
    await expect.poll(() => sideBySide.isVisible(), poll).toBe(true);
    expect(await sideBySide.textContent()).toContain("TikTok @adatrails (80K)");
    await merge.getByRole("button", { name: "Merge Ada T. into Ada Trail" }).click();
    await expect
      .poll(() => page.getByText("Merged: Ada Trail now has 2 accounts.").isVisible(), poll)
      .toBe(true);
    await page.getByRole("tab", { name: "Overview" }).click();
    await expect
      .poll(() => page.getByRole("region", { name: "TikTok @adatrails" }).isVisible(), poll)
      .toBe(true);
    expect(await page.getByRole("region", { name: "Instagram @ada.trails" }).isVisible()).toBe(true);
    expect(await page.getByText("ada@trail.example").isVisible()).toBe(true);

    // The duplicate is gone from the search; both accounts now belong to the survivor.
    await page.getByRole("link", { name: "Back to search" }).click();
    await page.getByLabel("Search", { exact: true }).fill("ada");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => page.getByText("2 accounts", { exact: true }).isVisible(), poll).toBe(true);
    expect(await page.getByRole("link", { name: "Ada T.", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Ada Trail" }).count()).toBe(2);
    await page.close();
  });
});
