import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { addCreator, addDeliverable, queuedSmtpUrl } from "../../src/test-support/collaboration.js";
import { asApiKey, createApiKey, signUp } from "../../src/test-support/http.js";
import { describeInBrowser, portalLinkFor } from "./support.js";

describeInBrowser(
  "the creator portal and content review",
  (env) => {
    it("takes a draft from a failed disclosure check to approval and a live post, seen by both sides", async () => {
      const owner = await signUp(env.amplio.app, {
        name: "Dana Review",
        email: "dana.review@example.com",
        password: "a strong passphrase",
        organisationName: "Glow Skincare",
      });
      const api = asApiKey(env.amplio.app, await createApiKey(env.amplio.app, owner));
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
      const creatorId = await addCreator(api, campaignId, "mira.glow");
      await api({
        method: "PUT",
        url: `/api/v1/campaigns/${campaignId}/brief`,
        payload: {
          objective: "Launch the summer serum",
          requiredHashtags: ["GlowSummer"],
          jurisdiction: "us",
        },
      });
      await addDeliverable(api, campaignId, creatorId, "2026-12-01");
      const moodBoard = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/brief/files?name=${encodeURIComponent("Mood board.pdf")}`,
        payload: Buffer.from("%PDF-1.7\n%%EOF\n"),
        headers: { "content-type": "application/octet-stream" },
      });
      expect(moodBoard.statusCode).toBe(201);

      const brand: Page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await brand.goto(`${env.amplio.baseUrl}/sign-in`);
      await brand.getByLabel("Work email").fill(owner.email);
      await brand.getByLabel("Password").fill(owner.password);
      await brand.getByRole("button", { name: "Sign in" }).click();
      await expect
        .poll(() => brand.getByRole("button", { name: "Organisation and account" }).isVisible())
        .toBe(true);
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${creatorId}`);
      await brand.getByRole("link", { name: "Content review" }).click();
      await brand.getByRole("button", { name: "Email a portal link" }).click();
      await expect.poll(() => brand.getByText(/Portal link emailed to the creator/).isVisible()).toBe(true);
      const outbox = await api({ method: "GET", url: `/api/v1/outreach/outbox?campaignId=${campaignId}` });
      expect(outbox.body).not.toContain("#token=");
      const link = await portalLinkFor(env.amplio.app.amplio.database.db, "mira.glow@example.com");
      const token = link.slice(link.indexOf("#"));

      const creatorContext = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
      const creator = await creatorContext.newPage();
      await creator.goto(`${env.amplio.baseUrl}/portal/sign-in${token}`);
      await expect
        .poll(() => creator.getByRole("heading", { name: "Hi mira.glow Person" }).isVisible())
        .toBe(true);
      expect(creator.url()).not.toContain("token");
      await creator.getByRole("link", { name: /Glow Summer/ }).click();
      await expect.poll(() => creator.getByText("Launch the summer serum").isVisible()).toBe(true);
      const fileLink = creator.getByRole("link", { name: "Mood board.pdf" });
      const file = await creatorContext.request.get(
        `${env.amplio.baseUrl}${await fileLink.getAttribute("href")}`,
      );
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("application/pdf");
      await creator.getByRole("link", { name: "Summer reel" }).click();

      await creator.getByLabel("Caption", { exact: true }).fill("Loving my new serum #GlowSummer");
      await creator.getByRole("button", { name: "Submit draft" }).click();
      await expect.poll(() => creator.getByText("must be fixed before approval").isVisible()).toBe(true);
      await expect.poll(() => creator.locator(".finding-list li.error").count()).toBeGreaterThan(0);
      // C8 Plain words: the creator reads messages, never a rule id (not even in a tooltip); the team sees both.
      const ruleId = /(disclosure|brief)\.[a-z-]+/;
      expect(await creator.locator("main").innerHTML()).not.toMatch(ruleId);

      await brand.reload();
      await expect.poll(() => brand.getByText("must be fixed before approval").isVisible()).toBe(true);
      expect(await brand.locator(".finding-list code").first().textContent()).toMatch(ruleId);
      await brand.getByLabel("What needs to change").fill("Add #ad at the start, please.");
      await brand.getByRole("button", { name: "Request changes" }).click();
      await expect.poll(() => brand.getByText("requested changes").isVisible()).toBe(true);

      await creator.reload();
      await expect.poll(() => creator.getByText("Add #ad at the start, please.").isVisible()).toBe(true);
      await creator
        .getByLabel("Caption", { exact: true })
        .fill("#ad Loving my new serum from Glow #GlowSummer");
      await creator.getByRole("button", { name: "Submit a new version" }).click();
      await expect
        .poll(() => creator.getByText("Passes the disclosure and brief checks.").isVisible())
        .toBe(true);
      // C8: version 2 is checked afresh; nothing of version 1's findings is shown as current.
      expect(await creator.getByRole("heading", { name: /^Draft 2:/ }).isVisible()).toBe(true);
      expect(await creator.locator(".finding-list li").count()).toBe(0);

      await brand.reload();
      await expect
        .poll(() => brand.getByText("Passes the disclosure and brief checks.").isVisible())
        .toBe(true);
      await brand.getByRole("button", { name: "Approve", exact: true }).click();
      await expect.poll(() => brand.getByTestId("deliverable-status").textContent()).toBe("Approved");

      await creator.reload();
      await creator.getByLabel("Link to your live post").fill("https://www.instagram.com/reel/GLOW123/");
      await creator.getByRole("button", { name: "Add live post" }).click();
      await expect.poll(() => creator.getByTestId("deliverable-status").textContent()).toBe("Live");

      await brand.reload();
      await expect.poll(() => brand.locator(".timeline li").count()).toBe(5);
      const timeline = await brand.locator(".timeline li").allTextContents();
      expect(timeline.map((t) => t.replace(/ ·.*$/s, "").trim())).toEqual([
        "mira.glow Person (creator portal) submitted a draft (version 1)",
        "Dana Review requested changes",
        "mira.glow Person (creator portal) submitted a draft (version 2)",
        "Dana Review approved",
        "mira.glow Person (creator portal) added the live post",
      ]);
      const missed = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/deliverables`,
        payload: { title: "Teaser story", platform: "instagram", format: "story", dueDate: "2020-01-01" },
      });
      expect(missed.statusCode).toBe(201);
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}`);
      await expect
        .poll(() => brand.getByRole("link", { name: "mira.glow Person: Summer reel" }).isVisible())
        .toBe(true);
      expect(await brand.getByText("1 deliverable overdue").isVisible()).toBe(true);
      const card = brand.locator('[data-creator="mira.glow Person"]');
      // The due date is written in the reader's locale (formatDate).
      expect(await card.getByText(/^1 overdue · due .*2020$/).isVisible()).toBe(true);
      await brand.getByRole("link", { name: "Content library" }).click();
      // The campaign page's review queue is a table too: wait for the library before reading cells.
      await brand.getByRole("heading", { name: "Content library" }).waitFor();
      await expect.poll(() => brand.getByRole("cell", { name: /Summer reel/ }).isVisible()).toBe(true);
      expect(await brand.getByText("Rights in force").isVisible()).toBe(true);
      await creatorContext.close();
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
