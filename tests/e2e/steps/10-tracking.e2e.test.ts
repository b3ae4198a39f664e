import { readFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../../src/db/schema.js";
import { queuedSmtpUrl } from "../../../src/test-support/collaboration.js";
import { describeInBrowser, portalLinkFor } from "../support.js";
import { type DemoWorkspace, seedDemoWorkspace, signInToDemo } from "./demo.js";

/** A creator with an email address whose post is live in the measured demo campaign. */
async function liveCreator(demo: DemoWorkspace, db: Kysely<Database>) {
  return db
    .selectFrom("campaign_creators")
    .innerJoin("creators", "creators.id", "campaign_creators.creator_id")
    .select(["creators.id", "creators.name", "creators.email"])
    .where("creators.email", "is not", null)
    .where("campaign_creators.campaign_id", "=", demo.campaigns["Summer Summit Series"] ?? "")
    .where("campaign_creators.stage", "=", "live")
    .orderBy("creators.name")
    .executeTakeFirstOrThrow();
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describeInBrowser(
  "activation and tracking in the browser",
  (env) => {
    let demo: DemoWorkspace;
    let creator: string;
    let creatorId: string;
    let creatorEmail: string;
    let page: Page;

    beforeAll(async () => {
      demo = await seedDemoWorkspace(env.amplio);
      const live = await liveCreator(demo, env.amplio.app.amplio.database.db);
      creator = live.name;
      creatorId = live.id;
      creatorEmail = live.email ?? "";
      page = await signInToDemo(env.browser, env.amplio, demo.password);
    }, 240_000);

    it("creates a link and codes, imports two codes by CSV, exports them for Shopify, opens the link's analytics", async () => {
      await page.goto(`${env.amplio.baseUrl}/campaigns/${demo.campaigns["Summer Summit Series"]}`);
      await page.getByRole("link", { name: "Links and conversions" }).click();
      await page.getByRole("heading", { name: "Link analytics" }).waitFor();

      await choose(page, "Creator for the new link", creator);
      await page.getByLabel("Destination URL").fill("https://shop.example.com/jackets");
      await page.getByLabel("Custom slug (optional)").fill("e2e-jackets");
      await page.getByRole("button", { name: "Create link" }).click();
      await page.getByText("/r/e2e-jackets").waitFor();

      await choose(page, "Creator for the code", creator);
      await page.getByLabel("Percent off").fill("15");
      await page.getByLabel("Code (optional)").fill("E2E15");
      await page.getByRole("button", { name: "Create code" }).click();
      const codes = page.getByRole("table", { name: "Discount codes of this campaign" });
      await codes.getByText("E2E15").waitFor();
      expect(await codes.getByRole("row").filter({ hasText: "E2E15" }).textContent()).toContain("15% off");

      await page
        .getByLabel("Codes CSV")
        .fill(`creator,code,type,value\n${creator},E2E-IG,percent,10\n${creator},E2E-YT,fixed,5.00`);
      await page.getByRole("button", { name: "Import codes" }).click();
      await codes.getByText("E2E-YT").waitFor();
      expect(await codes.getByRole("row").filter({ hasText: "E2E-YT" }).textContent()).toContain("€5.00 off");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Export CSV for Shopify" }).click(),
      ]);
      const csv = await readFile((await download.path()) ?? "", "utf8");
      expect(csv.split(/\r?\n/)[0]).toBe("Title,Command,Code,Type,Value,Currency");
      expect(csv).toContain(",NEW,E2E15,Percentage,15,EUR");
      expect(csv).toContain(",NEW,E2E-YT,Fixed Amount,5.00,EUR");

      await page.getByRole("link", { name: "Analytics of e2e-jackets" }).click();
      await page.getByRole("heading", { name: "Link e2e-jackets" }).waitFor();
      expect(await page.getByTestId("link-clicks-total").textContent()).toBe("0");
      await page.getByRole("link", { name: "Download QR code (PNG)" }).waitFor();
    });

    it("connects a Shopify store and shows the webhook URL to copy, and a storefront key with its snippet", async () => {
      await page.goto(`${env.amplio.baseUrl}/settings`);
      await page.getByRole("tab", { name: "Integrations" }).click();
      await page.getByLabel("Shop domain").fill("northwind-e2e.myshopify.com");
      await page.getByLabel("Webhook signing secret").fill("shpss_e2e_signing_secret");
      await page.getByRole("button", { name: "Connect store" }).click();
      const connected = page
        .getByRole("status")
        .filter({ hasText: "northwind-e2e.myshopify.com is connected" });
      await connected.waitFor();
      expect(await connected.textContent()).toMatch(/\/webhooks\/shopify\/[\w-]+/);
      await connected.getByRole("button", { name: "Copy" }).waitFor();
      await page
        .getByRole("table", { name: "Connected Shopify stores" })
        .getByText("northwind-e2e.myshopify.com")
        .waitFor();
      // The secret is Shopify's: kept to check webhooks, never shown back.
      expect(await page.content()).not.toContain("shpss_e2e_signing_secret");

      await page.getByLabel("Allowed sites (optional)").fill("https://shop.example.com");
      await page.getByRole("button", { name: "Create storefront key" }).click();
      const snippet = page.getByRole("status").filter({ hasText: "Paste this snippet" });
      await snippet.waitFor();
      expect(await snippet.textContent()).toContain("<script");
    });

    it("records a live post with paid amplification, a metric snapshot by hand and a CSV import", async () => {
      await page.goto(`${env.amplio.baseUrl}/campaigns/${demo.campaigns["Summer Summit Series"]}`);
      await page.getByRole("link", { name: "Live posts" }).click();
      await page.getByRole("heading", { name: "Live posts", level: 1 }).waitFor();

      await choose(page, "Creator", creator);
      await choose(page, "Platform", "Instagram");
      await choose(page, "Format", "Reel");
      await page.getByLabel("Post URL").fill("https://www.instagram.com/reel/AmplioE2E1/");
      await page.getByLabel("Posted at").fill("2025-07-30T18:30");
      await page.getByRole("button", { name: "Record post" }).click();
      const posts = page.getByRole("table", { name: "Live posts of this campaign" });
      const row = posts
        .getByRole("row")
        .filter({ has: page.locator('a[href="https://www.instagram.com/reel/AmplioE2E1/"]') });
      await row.waitFor();
      expect(await row.textContent()).toContain("None");

      await row.getByRole("button", { name: `Open the post of ${creator} on Instagram` }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Spend (EUR)").fill("120.50");
      await dialog.getByLabel("First day").fill("2025-07-30");
      await dialog.getByLabel("Last day").fill("2025-08-02");
      await dialog.getByRole("button", { name: "Add spend" }).click();
      await dialog.getByRole("table", { name: "Paid amplification" }).getByText("€120.50").waitFor();
      await expect.poll(() => row.textContent()).toContain("€120.50");

      await dialog.getByLabel("Impressions").fill("8200");
      await dialog.getByLabel("Likes").fill("310");
      await dialog.getByLabel("Captured at (optional)").fill("2025-07-31T09:00");
      await dialog.getByRole("button", { name: "Add snapshot" }).click();
      const history = dialog.getByRole("table", { name: "Metric snapshots, oldest first" });
      await history.getByText("8,200").waitFor();
      expect(await history.textContent()).toContain("By hand");
      await page.keyboard.press("Escape");
      await expect.poll(() => row.textContent()).toContain("8,200");

      await page
        .getByLabel("Metrics CSV")
        .fill(
          "url,captured_at,impressions,likes\n" +
            "https://www.instagram.com/reel/AmplioE2E1/,2025-08-01T09:00:00Z,9400,352\n" +
            "https://www.instagram.com/reel/NotThisCampaign/,2025-08-01T09:00:00Z,100,1\n",
        );
      await page.getByRole("button", { name: "Import metrics" }).click();
      const result = page.getByRole("status").filter({ hasText: "snapshots imported" });
      await result.waitFor();
      expect(await result.textContent()).toContain("1 snapshots imported, 1 lines rejected");
      const rejected = result.getByRole("table", { name: "Rejected lines" });
      expect(await rejected.textContent()).toContain("no recorded post of this campaign has this URL");
      await expect.poll(() => row.textContent()).toContain("9,400");
    });

    it("records the live post of an approved deliverable, which goes live with it", async () => {
      const db = env.amplio.app.amplio.database.db;
      const campaignId = demo.campaigns["Summer Summit Series"] ?? "";
      const approved = await db
        .selectFrom("deliverables")
        .innerJoin("creators", "creators.id", "deliverables.creator_id")
        .select(["deliverables.id", "deliverables.title", "creators.name"])
        .where("deliverables.campaign_id", "=", campaignId)
        .where("deliverables.status", "=", "approved")
        .executeTakeFirstOrThrow();
      await page.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/posts`);
      await choose(page, "Creator", approved.name);
      await page.getByRole("combobox", { name: "Deliverable (optional)" }).click();
      await page.getByRole("option", { name: new RegExp(`^${approved.title}`) }).click();
      // The deliverable names the platform and format.
      expect(await page.getByRole("combobox", { name: "Platform", exact: true }).isDisabled()).toBe(true);
      await page.getByLabel("Post URL").fill("https://www.instagram.com/reel/AmplioE2EDeliverable/");
      await page.getByLabel("Posted at").fill("2025-07-31T12:00");
      await page.getByRole("button", { name: "Record post" }).click();
      await page
        .getByRole("table", { name: "Live posts of this campaign" })
        .locator('a[href="https://www.instagram.com/reel/AmplioE2EDeliverable/"]')
        .waitFor();
      await expect
        .poll(
          async () =>
            (
              await db
                .selectFrom("deliverables")
                .select("status")
                .where("id", "=", approved.id)
                .executeTakeFirstOrThrow()
            ).status,
        )
        .toBe("live");
    });

    it("shows the creator their code and its discount in the portal", async () => {
      const db = env.amplio.app.amplio.database.db;
      const campaignId = demo.campaigns["Summer Summit Series"] ?? "";
      // The code the creator shares is the first one issued to them.
      const first = await db
        .selectFrom("discount_codes")
        .select(["code", "value_type", "percent_off"])
        .where("campaign_id", "=", campaignId)
        .where("creator_id", "=", creatorId)
        .orderBy("created_at")
        .orderBy("code_key")
        .executeTakeFirstOrThrow();
      await page.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${creatorId}`);
      await page.getByRole("link", { name: "Content review" }).click();
      await page.getByRole("button", { name: "Email a portal link" }).click();
      await page.getByText(/Portal link emailed to the creator/).waitFor();
      const link = await portalLinkFor(db, creatorEmail);

      const portal = await (
        await env.browser.newContext({ viewport: { width: 390, height: 844 } })
      ).newPage();
      await portal.goto(`${env.amplio.baseUrl}${link}`);
      await portal.getByRole("link", { name: /Summer Summit Series/ }).click();
      await portal.getByText(first.code, { exact: true }).waitFor();
      const discount = await portal.getByTestId("discount-value").textContent();
      if (first.value_type === "percent")
        expect(discount).toBe(`${Math.round((first.percent_off ?? 0) * 100)}% off`);
      else expect(discount).toMatch(/^€[\d,.]+ off$/);
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
