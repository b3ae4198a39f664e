import { expect, it } from "vitest";
import { systemActor } from "../../src/modules/audit/actor.js";
import { addCreatorsToCampaign } from "../../src/modules/campaigns/add-creators-to-campaign.js";
import { insertCreators } from "../../src/modules/creators/creators.js";
import { createTemplate } from "../../src/modules/outreach/templates.js";
import { queuedSmtpUrl } from "../../src/test-support/collaboration.js";
import { describeInBrowser, portalLinkFor } from "./support.js";

describeInBrowser(
  "running a campaign in the browser",
  (env) => {
    it("creates a campaign with KPIs, shortlists, emails, agrees terms, downloads the PDF and moves the creator", async () => {
      const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${env.amplio.baseUrl}/sign-up`);
      await page.getByLabel("Your name").fill("Dana Whitfield");
      await page.getByLabel("Work email").fill("dana@example.com");
      await page.getByLabel("Password").fill("a strong passphrase");
      await page.getByLabel("Organisation name").fill("Northwind Outdoor");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

      // Creators and a template come from discovery and settings; here they are put in place directly.
      const { db } = env.amplio.app.amplio.database;
      const org = await db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "Northwind Outdoor")
        .executeTakeFirstOrThrow();
      await insertCreators(db, org.id, [
        {
          name: "Ava Stone",
          email: "ava@example.com",
          accounts: [{ platform: "instagram", handle: "ava.trails", followers: 48_000 }],
        },
        {
          name: "Ben Ridge",
          email: "ben@example.com",
          accounts: [{ platform: "tiktok", handle: "benridge", followers: 120_000 }],
        },
      ]);
      await createTemplate(
        db,
        { organisationId: org.id, actor: systemActor("test") },
        {
          name: "First contact",
          subject: "{{brand.name}} × {{creator.firstName}}",
          body: "Hi {{creator.firstName}},\n\nWould you join {{campaign.name}}?\n\n{{sender.name}}",
        },
      );

      await page.getByRole("link", { name: "Campaigns" }).click();
      await page.getByRole("link", { name: "New campaign" }).click();
      await page.getByLabel("Campaign name").fill("Spring Trail Launch");
      await page.getByLabel("Primary goal").selectOption("conversion");
      await page.getByLabel("Start date").fill("2026-03-01");
      await page.getByLabel("End date").fill("2026-02-01");
      await page.getByLabel("Budget").fill("50000.00");
      await page.getByLabel("Target", { exact: true }).fill("2000000");
      await page.getByRole("button", { name: "Add a KPI" }).click();
      await page.getByLabel("Metric").nth(1).selectOption("engagement_rate");
      await page.getByLabel("Target", { exact: true }).nth(1).fill("3");
      await page.getByRole("button", { name: "Create campaign" }).click();
      await page.getByText("The end date is before the start date", { exact: true }).waitFor();
      await page.getByLabel("End date").fill("2026-04-30");
      await page.getByRole("button", { name: "Create campaign" }).click();

      await page.getByRole("heading", { name: "Spring Trail Launch" }).waitFor();
      await page
        .getByRole("list", { name: "Missing in discovery" })
        .getByText("no creators shortlisted")
        .waitFor();
      expect(await page.getByText("≥ 3.0%").isVisible()).toBe(true);
      expect(await page.getByText("€50,000.00").first().isVisible()).toBe(true);

      // Shortlisting from discovery's search (GET /api/v1/creators) is that module's page; here the list lands directly.
      const campaignId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
      const ids = await db
        .selectFrom("creators")
        .select("id")
        .where("organisation_id", "=", org.id)
        .execute();
      await addCreatorsToCampaign(
        db,
        { organisationId: org.id, actor: systemActor("test") },
        campaignId,
        ids.map((r) => r.id),
      );
      await page.reload();
      await page
        .getByRole("region", { name: "Shortlisted column" })
        .getByRole("link", { name: "Ava Stone" })
        .click();

      await page.getByLabel("Template").selectOption({ label: "First contact" });
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("region", { name: "Preview" }).getByText("Northwind Outdoor × Ava").waitFor();
      await page
        .getByLabel("Message")
        .fill("Hi {{creator.firstName}},\n\nA personal note: we loved your last trail video.");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await page.getByText("Queued for sending.").waitFor();
      await page
        .getByRole("region", { name: /Conversation/ })
        .getByText(/Hi Ava,\s+A personal note/)
        .waitFor();

      await page.getByLabel("Fee (EUR)").fill("1500.01");
      await page.getByRole("button", { name: "Save offer version" }).click();
      await page.getByText("Offer version 1 saved.").waitFor();
      // Only the creator accepts: the brand emails a portal link, and sees it only as sent.
      await page.getByText(/Version 1 waits for the creator/).waitFor();
      expect(await page.getByLabel(/Accept version 1 as the creator/).count()).toBe(0);
      await page.getByRole("link", { name: "Content review" }).click();
      await page.getByRole("button", { name: "Email a portal link" }).click();
      await page.getByText(/Portal link emailed to the creator/).waitFor();
      await page.goBack();
      await page
        .getByRole("region", { name: /Conversation/ })
        .getByText("[portal link sent]")
        .waitFor();
      expect(await page.content()).not.toContain("#token=");

      const creatorContext = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
      const creator = await creatorContext.newPage();
      await creator.goto(`${env.amplio.baseUrl}${await portalLinkFor(db, "ava@example.com")}`);
      await creator.getByRole("heading", { name: "Hi Ava Stone" }).waitFor();
      await creator.getByRole("link", { name: /Spring Trail Launch/ }).click();
      const acceptForm = creator.getByRole("form", { name: "Accept offer" });
      await creator.getByText(/Fee: €1,500\.01/).waitFor();
      await acceptForm.getByLabel("Your full legal name").fill("Ava Stone");
      expect(await acceptForm.getByRole("button", { name: "Accept and sign" }).isDisabled()).toBe(true);
      await acceptForm.getByLabel("I agree to these terms").check();
      await acceptForm.getByRole("button", { name: "Accept and sign" }).click();
      await creator
        .getByText(/Accepted by the creator in the Amplio portal: typed name "Ava Stone"/)
        .waitFor();
      await creator.getByRole("link", { name: "Your contracts" }).click();
      const creatorPdf = creator.getByRole("link", { name: /Spring Trail Launch · .* · version 1 \(PDF\)/ });
      const creatorCopy = await creatorContext.request.get(
        `${env.amplio.baseUrl}${await creatorPdf.getAttribute("href")}`,
      );
      expect(creatorCopy.headers()["content-type"]).toBe("application/pdf");
      await creatorContext.close();

      await page.reload();
      await page.getByText(/Accepted by the creator in the Amplio portal/).waitFor();
      const pdfLink = page.getByRole("link", { name: "Download PDF (v1)" });
      await pdfLink.waitFor();
      await page
        .getByText(/committed €1,500\.01/)
        .first()
        .waitFor();
      const download = await page
        .context()
        .request.get(`${env.amplio.baseUrl}${await pdfLink.getAttribute("href")}`);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

      await page.getByRole("link", { name: "Back to the campaign" }).click();
      const contracted = page.getByRole("region", { name: "Contracted column" });
      await contracted.getByRole("link", { name: "Ava Stone" }).waitFor();
      await page.getByText("€1,500.01").first().waitFor();
      await page.dragAndDrop('[data-creator="Ava Stone"]', '[data-stage="in_production"]');
      await page
        .getByRole("region", { name: "In production column" })
        .getByRole("link", { name: "Ava Stone" })
        .waitFor();

      // Skipping in production → completed is refused, and the reason is shown.
      await page.getByRole("button", { name: "Move Ava Stone to" }).click();
      await page.getByRole("menuitem", { name: "Completed" }).click();
      await page
        .getByRole("alert")
        .getByText(/completed comes after live/)
        .waitFor();

      await page.getByRole("tab", { name: "Table" }).click();
      await page.getByRole("cell", { name: "In production" }).waitFor();
      await page
        .getByRole("region", { name: "Outbox" })
        .getByText(/Ava Stone/)
        .first()
        .waitFor();

      // Campaign-level costs (M7): entered, changed and deleted on the campaign page, with their total.
      const costs = page.getByRole("region", { name: "Campaign costs" });
      await costs.getByLabel("Description").fill("Photo shoot");
      await costs.getByLabel("Amount (EUR)").fill("250");
      await costs.getByLabel("Day").fill("2026-03-05");
      await costs.getByRole("button", { name: "Add cost" }).click();
      await costs.getByRole("cell", { name: "Photo shoot" }).waitFor();
      await costs.getByRole("row", { name: /Total/ }).getByText("€250.00").waitFor();
      // The budget's committed spend counts the cost beside the signed contract.
      await page
        .getByRole("region", { name: "KPIs and budget" })
        .getByText("Signed contracts and €250.00 of campaign-level costs")
        .waitFor();
      await costs.getByRole("button", { name: "Edit" }).click();
      await costs.getByLabel("Amount (EUR)").fill("300.50");
      await costs.getByRole("button", { name: "Save changes" }).click();
      await costs.getByRole("row", { name: /Total/ }).getByText("€300.50").waitFor();
      await costs.getByRole("button", { name: "Delete" }).click();
      await page
        .getByRole("dialog", { name: "Delete this cost?" })
        .getByRole("button", { name: "Delete cost" })
        .click();
      await costs.getByText("No campaign costs entered.").waitFor();

      // On a phone the board is one list per stage, each creator with a "Move to" menu; leaving asks why.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      const shortlisted = page.getByRole("region", { name: "Shortlisted list" });
      await shortlisted.getByRole("link", { name: "Ben Ridge" }).waitFor();
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBe(390);
      await shortlisted.getByRole("button", { name: "Move Ben Ridge to" }).click();
      await page.getByRole("menuitem", { name: "Declined" }).click();
      const reason = page.getByRole("dialog", { name: "Move Ben Ridge to Declined" });
      await reason.getByRole("button", { name: "Move to Declined" }).click();
      await reason.getByText("Say why, in a few words").waitFor();
      await reason.getByLabel("Why is Ben Ridge declined?").fill("Rates above budget");
      await reason.getByRole("button", { name: "Move to Declined" }).click();
      await page.getByRole("region", { name: "Declined list" }).getByText("Rates above budget").waitFor();

      // The creator's page tells the moves: who, from → to, and why.
      await page
        .getByRole("region", { name: "Declined list" })
        .getByRole("link", { name: "Ben Ridge" })
        .click();
      const history = page.getByRole("region", { name: "Stage history" });
      await history.getByText("Shortlisted → Declined").waitFor();
      await history.getByText("Reason: Rates above budget").waitFor();
      expect(await history.textContent()).toMatch(
        /Shortlisted → Declined\s*Dana Whitfield · .*Added as Shortlisted/,
      );
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
