import { expect, it } from "vitest";
import { queuedSmtpUrl } from "../../../src/test-support/collaboration.js";
import { describeInBrowser } from "../support.js";
import {
  agreeFlatFee,
  brandSignsUpWithCampaign,
  type Collaboration,
  creatorJoins,
} from "./collaboration-steps.js";

describeInBrowser(
  "disclosure findings per draft version",
  (env) => {
    it("shows the missing disclosure in plain words, passes the corrected version, and the brand marks it live", async () => {
      const organisation = "Havn Coffee";
      const { brand, campaignId } = await brandSignsUpWithCampaign(env, {
        name: "Erik Havn",
        email: "erik@example.com",
        organisation,
        campaign: "Morning Brew",
      });
      const joined = await creatorJoins(env, organisation, campaignId, {
        name: "Nora Dahl",
        handle: "nora.dahl",
      });
      const c: Collaboration = { brand, campaignId, creatorName: "Nora Dahl", ...joined };
      const { creator, context } = await agreeFlatFee(env, c, "Morning Brew");
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${c.creatorId}/review`);
      await brand.getByRole("button", { name: "Create deliverables from contract" }).click();
      await brand.getByText("1 deliverable made from contract version 1.").waitFor();

      // A paid post without a disclosure: the creator reads what to fix, never a rule id (C8 Plain words).
      await creator.reload();
      await creator.getByRole("link", { name: /Instagram reel/ }).click();
      await creator.getByLabel("Caption", { exact: true }).fill("My morning cup from Havn, the best start");
      await creator.getByRole("button", { name: "Submit draft" }).click();
      await creator.getByText(/must be fixed before approval/).waitFor();
      const finding = creator.locator(".finding-list li.error").first();
      expect(await finding.textContent()).toMatch(/Must fix: .*(#ad|advert|disclos)/i);
      expect(await creator.locator("main").innerHTML()).not.toMatch(/disclosure\.[a-z-]+/);

      await creator
        .getByLabel("Caption", { exact: true })
        .fill("#ad My morning cup from Havn, the best start");
      await creator.getByRole("button", { name: "Submit a new version" }).click();
      await creator.getByText("Passes the disclosure and brief checks.").waitFor();

      // The brand sees each version judged by its own check: version 1 failed, version 2 passes.
      await brand.reload();
      const versions = brand.getByRole("list", { name: "Draft versions" });
      const latest = versions.locator('[data-version="2"]');
      const first = versions.locator('[data-version="1"]');
      await latest.getByText("Passes the disclosure and brief checks.").waitFor();
      expect(await latest.getByText("Passes the checks").isVisible()).toBe(true);
      await first.getByText(/must be fixed before approval/).waitFor();
      expect(await first.getByText("Has problems").isVisible()).toBe(true);
      expect(await first.locator(".finding-list code").first().textContent()).toMatch(/^disclosure\./);
      expect(await latest.locator(".finding-list li.error").count()).toBe(0);
      expect((await latest.getByTestId("caption-diff").locator("ins").allTextContents()).join("")).toContain(
        "#ad",
      );

      await brand.getByRole("button", { name: "Approve", exact: true }).click();
      await expect.poll(() => brand.getByTestId("deliverable-status").textContent()).toBe("Approved");
      const live = brand.getByRole("form", { name: "Mark it live" });
      await live.getByLabel(/^Live post URL/).fill("instagram.com/reel/HAVN1");
      await live.getByRole("button", { name: "Mark live" }).click();
      await live.getByText("Enter the full link, starting with https://").waitFor();
      await live.getByLabel(/^Live post URL/).fill("https://www.instagram.com/reel/HAVN1/");
      await live.getByRole("button", { name: "Mark live" }).click();
      await expect.poll(() => brand.getByTestId("deliverable-status").textContent()).toBe("Live");
      await brand
        .locator(".timeline li")
        .last()
        .getByText(/added the live post/)
        .waitFor();

      await creator.reload();
      await expect.poll(() => creator.getByTestId("deliverable-status").textContent()).toBe("Live");
      await context.close();
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
