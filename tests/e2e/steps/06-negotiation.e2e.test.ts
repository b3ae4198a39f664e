import { expect, it } from "vitest";
import { queuedSmtpUrl } from "../../../src/test-support/collaboration.js";
import { describeInBrowser } from "../support.js";
import {
  brandSignsUpWithCampaign,
  type Collaboration,
  creatorJoins,
  creatorOpensPortal,
} from "./collaboration-steps.js";

describeInBrowser(
  "negotiating an offer",
  (env) => {
    it("keeps every term through a counter-offer, shows what changed and ends in a contract the creator downloads", async () => {
      const organisation = "Nordlys Skincare";
      const { brand, campaignId } = await brandSignsUpWithCampaign(env, {
        name: "Ingrid Berg",
        email: "ingrid@example.com",
        organisation,
        campaign: "Winter Glow",
      });
      const joined = await creatorJoins(env, organisation, campaignId, {
        name: "Maya Lund",
        handle: "maya.lund",
      });
      const c: Collaboration = { brand, campaignId, creatorName: "Maya Lund", ...joined };

      // Version 1: a hybrid offer with a fee paid in three parts, a commission and a performance bonus.
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${c.creatorId}`);
      const offer = brand.getByRole("form", { name: "Offer terms" });
      await offer.getByLabel("Draft due").fill("2026-11-20");
      await offer.getByLabel(/^Due/).fill("2026-11-28");
      await offer.getByLabel("Compensation model").selectOption("hybrid");
      await offer.getByLabel("Fee (EUR)").fill("1200");
      await offer.getByLabel("% on signing").fill("30");
      await offer.getByLabel("% on approval").fill("20");
      await offer.getByLabel("% on going live").fill("50");
      await offer.getByLabel("Commission (%)").fill("12");
      await offer.getByLabel("Attribution window (days)").fill("21");
      await offer.getByRole("button", { name: "Add a performance bonus" }).click();
      await offer.getByLabel("When").selectOption("views");
      await offer.getByLabel("reach at least").fill("100000");
      await offer.getByLabel("Bonus (EUR)").fill("250");
      await offer.getByRole("button", { name: "Save offer version" }).click();
      await brand.getByText("Offer version 1 saved.").waitFor();

      // The creator counters with a higher fee in the portal.
      const { creator, context } = await creatorOpensPortal(env, c);
      await creator.getByRole("link", { name: /Winter Glow/ }).click();
      await creator.getByText(/Bonus: €250\.00 when views reach 100,000/).waitFor();
      const counter = creator.getByRole("form", { name: "Propose a different fee" });
      await counter.getByLabel("Your fee (EUR)").fill("1500");
      await counter.getByLabel("Note to the brand").fill("Three reels of work, so a bit more, please.");
      await counter.getByRole("button", { name: "Propose a different fee" }).click();
      await creator.getByText("Your counter-offer is with the brand.").first().waitFor();

      // The brand's next version starts from every term of the counter: only the fee moved.
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${c.creatorId}`);
      await brand.getByText(/Version 2 is the creator's counter-offer/).waitFor();
      const next = brand.getByRole("form", { name: "Offer terms" });
      expect(await next.getByLabel("Compensation model").inputValue()).toBe("hybrid");
      expect(await next.getByLabel("Fee (EUR)").inputValue()).toBe("1500.00");
      expect(await next.getByLabel("% on signing").inputValue()).toBe("30");
      expect(await next.getByLabel("% on approval").inputValue()).toBe("20");
      expect(await next.getByLabel("% on going live").inputValue()).toBe("50");
      expect(await next.getByLabel("Commission (%)").inputValue()).toBe("12");
      expect(await next.getByLabel("Attribution window (days)").inputValue()).toBe("21");
      expect(await next.getByLabel("When").inputValue()).toBe("views");
      expect(await next.getByLabel("reach at least").inputValue()).toBe("100000");
      expect(await next.getByLabel("Bonus (EUR)").inputValue()).toBe("250.00");
      expect(await next.getByLabel("Draft due").inputValue()).toMatch(/2026/);

      await next.getByLabel("Fee (EUR)").fill("1400");
      await next.getByLabel("Note").fill("Meet in the middle?");
      await next.getByRole("button", { name: "Save offer version" }).click();
      await brand.getByText("Offer version 3 saved.").waitFor();

      // Side by side: version 2 against version 3 differs only in the fee.
      const compared = brand.getByRole("table", { name: "Offer versions compared" });
      await compared.waitFor();
      await brand.getByText("1 term changed: Fee.").waitFor();
      const feeRow = compared.getByRole("row", { name: /^Fee/ });
      expect(await feeRow.getAttribute("data-changed")).toBe("true");
      expect(await feeRow.getByRole("cell").allTextContents()).toEqual(["€1,500.00", "€1,400.00"]);
      expect(await compared.getByRole("row", { name: /^Bonuses/ }).getAttribute("data-changed")).toBeNull();
      await brand.getByLabel("Older version").selectOption({ label: "Version 1 from the brand" });
      await brand.getByText("1 term changed: Fee.").waitFor();
      expect(await feeRow.getByRole("cell").allTextContents()).toEqual(["€1,200.00", "€1,400.00"]);

      // The creator accepts version 3 and downloads the contract from the portal.
      await creator.reload();
      await creator.getByText(/Version 3 from the brand/).waitFor();
      await creator.getByText(/Fee: €1,400\.00, paid 30% on signing/).waitFor();
      const accept = creator.getByRole("form", { name: "Accept offer" });
      await accept.getByLabel("Your full legal name").fill("Maya Lund");
      await accept.getByLabel("I agree to these terms").check();
      await accept.getByRole("button", { name: "Accept and sign" }).click();
      const download = creator.getByRole("link", { name: "Download the contract (PDF)" });
      await download.waitFor();
      const pdf = await context.request.get(`${env.amplio.baseUrl}${await download.getAttribute("href")}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await creator.getByRole("link", { name: "Your contracts" }).click();
      await creator.getByRole("link", { name: /Winter Glow · .* · version 1 \(PDF\)/ }).waitFor();

      // The brand opens the contract in full from the creator's page.
      await brand.reload();
      await brand.getByRole("link", { name: "Contract v1 in full" }).click();
      await brand.getByRole("heading", { name: "Contract version 1" }).waitFor();
      await brand
        .getByText(/typed name "Maya Lund"/)
        .first()
        .waitFor();
      await brand.getByRole("cell", { name: "€420.00" }).waitFor();
      const brandPdf = brand.getByRole("link", { name: "Download the contract (PDF)" });
      const copy = await brand
        .context()
        .request.get(`${env.amplio.baseUrl}${await brandPdf.getAttribute("href")}`);
      expect(copy.headers()["content-type"]).toBe("application/pdf");
      await context.close();
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
