import { expect, it } from "vitest";
import { queuedSmtpUrl } from "../../../src/test-support/collaboration.js";
import { describeInBrowser } from "../support.js";
import {
  agreeFlatFee,
  brandSignsUpWithCampaign,
  type Collaboration,
  creatorJoins,
} from "./collaboration-steps.js";

/** What the browser decoded of an <img>: 0 wide until (unless) the image loads. */
type Decoded = { complete: boolean; naturalWidth: number };

/** A 1×1 PNG: an upload is typed by its bytes, so the draft's image must be a real one. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describeInBrowser(
  "creative review of draft versions",
  (env) => {
    it("shows every version with its caption diff and the image inline, then requests changes and approves", async () => {
      const organisation = "Solbrand";
      const { brand, campaignId } = await brandSignsUpWithCampaign(env, {
        name: "Siri Sol",
        email: "siri@example.com",
        organisation,
        campaign: "Sun Days",
      });
      const joined = await creatorJoins(env, organisation, campaignId, {
        name: "Lina Sol",
        handle: "lina.sol",
      });
      const c: Collaboration = { brand, campaignId, creatorName: "Lina Sol", ...joined };
      const { creator, context } = await agreeFlatFee(env, c, "Sun Days");
      await brand.goto(`${env.amplio.baseUrl}/campaigns/${campaignId}/creators/${c.creatorId}/review`);
      await brand.getByRole("button", { name: "Create deliverables from contract" }).click();
      await brand.getByText("1 deliverable made from contract version 1.").waitFor();

      // The creator uploads an image with a first caption, then sends a second version with a changed caption.
      await creator.reload();
      await creator.getByRole("link", { name: /Instagram reel/ }).click();
      await creator.getByLabel("Caption", { exact: true }).fill("#ad Sunny days with my new SPF");
      await creator.locator('input[type="file"]').setInputFiles({
        name: "beach.png",
        mimeType: "image/png",
        buffer: png,
      });
      await creator.getByText("Uploaded: beach.png").waitFor();
      await creator.getByRole("button", { name: "Submit draft" }).click();
      await creator.getByRole("heading", { name: /^Draft 1:/ }).waitFor();
      // The creator sees their own upload inline.
      const ownImage = creator.getByRole("img", { name: "Upload 1 of the draft" });
      await expect.poll(() => ownImage.evaluate((img) => (img as unknown as Decoded).naturalWidth)).toBe(1);
      await creator
        .getByLabel("Caption", { exact: true })
        .fill("#ad Sunny days at the beach with my new SPF 50");
      await creator.getByRole("button", { name: "Submit a new version" }).click();
      await creator.getByRole("heading", { name: /^Draft 2:/ }).waitFor();

      // The brand sees both versions, what the caption changed, and the image itself.
      await brand.reload();
      const versions = brand.getByRole("list", { name: "Draft versions" });
      await versions.getByRole("heading", { name: "Version 2 (latest)" }).waitFor();
      await versions.getByRole("heading", { name: "Version 1", exact: true }).waitFor();
      const diff = brand.getByTestId("caption-diff");
      const added = async (at = diff) => (await at.locator("ins").allTextContents()).map((t) => t.trim());
      expect(await added()).toEqual(["at the beach", "50"]);
      expect(await diff.locator("del").count()).toBe(0);
      const images = versions.getByRole("img", { name: "Upload 1 of the draft" });
      expect(await images.count()).toBe(2);
      await expect
        .poll(() =>
          images.first().evaluate((img) => {
            const decoded = img as unknown as Decoded;
            return decoded.complete && decoded.naturalWidth;
          }),
        )
        .toBe(1);
      expect(await images.first().getAttribute("src")).toMatch(/^\/api\/v1\/media\//);

      await brand.getByLabel("What needs to change").fill("Show the bottle's label, please.");
      await brand.getByRole("button", { name: "Request changes" }).click();
      await expect
        .poll(() => brand.getByTestId("deliverable-status").textContent())
        .toBe("Changes requested");

      await creator.reload();
      await creator.getByText("Show the bottle's label, please.").waitFor();
      await creator
        .getByLabel("Caption", { exact: true })
        .fill("#ad Sunny days at the beach with my new Solbrand SPF 50");
      await creator.getByRole("button", { name: "Submit a new version" }).click();
      await creator.getByRole("heading", { name: /^Draft 3:/ }).waitFor();

      await brand.reload();
      await versions.getByRole("heading", { name: "Version 3 (latest)" }).waitFor();
      expect(await added(brand.getByTestId("caption-diff").first())).toEqual(["Solbrand"]);
      await brand.getByRole("button", { name: "Approve", exact: true }).click();
      await expect.poll(() => brand.getByTestId("deliverable-status").textContent()).toBe("Approved");
      await creator.reload();
      await expect.poll(() => creator.getByTestId("deliverable-status").textContent()).toBe("Approved");
      await context.close();
    });
  },
  { smtpUrl: queuedSmtpUrl },
);
