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
  "the campaign brief and the contract's deliverables",
  (env) => {
    it("edits the brief on the campaign, makes the deliverables from the contract, and the creator reads both", async () => {
      const organisation = "Fjell Outdoor";
      const { brand, campaignId } = await brandSignsUpWithCampaign(env, {
        name: "Tor Fjell",
        email: "tor@example.com",
        organisation,
        campaign: "Trail Mix",
      });
      const joined = await creatorJoins(env, organisation, campaignId, {
        name: "Ola Nord",
        handle: "ola.nord",
      });
      const c: Collaboration = { brand, campaignId, creatorName: "Ola Nord", ...joined };
      const { creator, context } = await agreeFlatFee(env, c, "Trail Mix");

      // The campaign-wide brief is written on the campaign, not on one creator's page.
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}`);
      const brief = brand.getByRole("region", { name: /^Brief/ });
      await brief.getByLabel("Objective").fill("Show the trail mix on a real hike");
      await brief.getByLabel("Creative guidelines").fill("Natural light, no studio shots.");
      await brief.getByLabel("Do", { exact: true }).fill("Film outdoors\nShow the pack opening");
      await brief.getByLabel("Do not", { exact: true }).fill("Compare with other brands");
      await brief.getByRole("button", { name: "Add a reference link" }).click();
      await brief.getByLabel("What it shows").fill("Last year's hero video");
      await brief.getByLabel("Link", { exact: true }).fill("not a link");
      await brief.getByRole("button", { name: "Add a deadline" }).click();
      await brief.getByLabel("What is due").fill("Concept sketch");
      await brief.getByLabel(/^Date/).fill("2026-11-10");
      await brief.getByRole("button", { name: "Save brief" }).click();
      await brief.getByText("Enter the full link, starting with https://").waitFor();
      await brief.getByLabel("Link", { exact: true }).fill("https://video.example.com/hero");
      await brief.getByRole("button", { name: "Save brief" }).click();
      await brand.getByText("Brief saved as version 1.").waitFor();
      await brand.getByRole("heading", { name: "Brief (version 1)" }).waitFor();

      // The contract's reel becomes a deliverable due on its draft date, once.
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${c.creatorId}/review`);
      await brand.getByText("No deliverables yet. Create them from the signed contract").waitFor();
      await brand.getByRole("button", { name: "Create deliverables from contract" }).click();
      await brand.getByText("1 deliverable made from contract version 1.").waitFor();
      const picker = brand.getByRole("group", { name: "Deliverables" });
      await picker.getByText("Instagram reel").waitFor();
      expect(await picker.getByText(/Waiting for a draft · due/).textContent()).toContain("2026");
      await brand.getByRole("button", { name: "Create deliverables from contract" }).click();
      await brand.getByText("Every deliverable of contract version 1 exists already.").waitFor();
      expect(await picker.getByRole("button").count()).toBe(1);
      // The per-creator page points to the campaign's brief and keeps only the override.
      await brand.getByRole("link", { name: "campaign's Brief section" }).waitFor();

      // The creator reads the brief with its guidelines, links and deadlines, and the deliverable to submit.
      await creator.reload();
      const portalBrief = creator.getByRole("region", { name: "Brief" });
      await portalBrief.getByText("Natural light, no studio shots.").waitFor();
      await portalBrief.getByText("Show the pack opening").waitFor();
      await portalBrief.getByText("Compare with other brands").waitFor();
      expect(
        await portalBrief.getByRole("link", { name: "Last year's hero video" }).getAttribute("href"),
      ).toBe("https://video.example.com/hero");
      await portalBrief.getByText("Concept sketch").waitFor();
      await creator
        .getByRole("region", { name: "Your content" })
        .getByText("Instagram reel", { exact: true })
        .waitFor();
      await context.close();
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
