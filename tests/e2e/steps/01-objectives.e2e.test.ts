import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { brandViewport, describeInBrowser, openFromNavigation } from "../support.js";

/** Types a tag into a Mantine TagsInput and confirms it with Enter. */
async function addTag(page: Page, label: string, value: string) {
  const input = page.getByRole("combobox", { name: label, exact: true });
  await input.fill(value);
  await input.press("Enter");
}

describeInBrowser(
  "step 1, objectives: a campaign created, edited, duplicated and archived in the browser",
  (env) => {
    it("keeps every objective field, changes each one, copies the campaign and files it under Archived", async () => {
      const page = await env.browser.newPage({ viewport: brandViewport() });
      await page.goto(`${env.amplio.baseUrl}/sign-up`);
      await page.getByLabel("Your name").fill("Olive Objectives");
      await page.getByLabel("Work email").fill("olive@example.com");
      await page.getByLabel("Password").fill("objectives first, always");
      await page.getByLabel("Organisation name").fill("Trailhead Gear");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

      await openFromNavigation(page, "Campaigns");
      await page.getByRole("link", { name: "New campaign" }).click();
      await page.getByLabel("Campaign name").fill("Autumn Ridge");
      await page.getByLabel("Brand", { exact: true }).fill("Trailhead");
      await page.getByLabel("Primary goal").selectOption("consideration");
      await page.getByLabel("Start date").fill("2027-09-01");
      await page.getByLabel("End date").fill("2027-10-31");
      await page.getByLabel("Currency").fill("EUR");
      await page.getByLabel("Budget").fill("25000.00");
      await page.getByLabel("Attribution window (days)").fill("21");
      await addTag(page, "Competitor brands", "Rival Outdoors");
      await page.getByLabel("Metric").selectOption("clicks");
      await page.getByLabel("Target", { exact: true }).fill("40000");
      await page.getByRole("button", { name: "Add a KPI" }).click();
      await page.getByLabel("Metric").nth(1).selectOption("engagement_rate");
      await page.getByLabel("Target", { exact: true }).nth(1).fill("4.5");
      await page.getByRole("button", { name: "Create campaign" }).click();

      await page.getByRole("heading", { name: "Autumn Ridge", level: 1 }).waitFor();
      const header = page.locator("header").filter({ hasText: "Autumn Ridge" });
      await expect
        .poll(() => header.textContent())
        .toMatch(/Trailhead · consideration: .*Sep 1, 2027 – Oct 31, 2027 · attribution window 21 days/);
      const kpis = page.getByRole("region", { name: "KPIs and budget" });
      await kpis.getByText("≥ 40K").waitFor();
      await kpis.getByText("≥ 4.5%").waitFor();
      await kpis.getByText("€25,000.00").first().waitFor();
      const audience = page.getByRole("region", { name: "Ideal customer" });
      expect(await audience.textContent()).toContain("Rival Outdoors");

      // Every field changed through the same form, then read back on the campaign page.
      await page.getByRole("link", { name: "Edit campaign" }).click();
      await page.getByRole("heading", { name: "Edit Autumn Ridge" }).waitFor();
      expect(await page.getByLabel("Budget").inputValue()).toBe("25000");
      expect(await page.getByLabel("Target", { exact: true }).nth(1).inputValue()).toBe("4.5");
      await page.getByLabel("Campaign name").fill("Autumn Ridge 2027");
      await page.getByLabel("Brand", { exact: true }).fill("Trailhead Gear Co");
      await page.getByLabel("Primary goal").selectOption("conversion");
      await page.getByLabel("Start date").fill("2027-09-15");
      await page.getByLabel("Start date").press("Tab");
      await page.getByLabel("End date").fill("2027-11-30");
      await page.getByLabel("End date").press("Tab");
      await page.getByLabel("Currency").fill("GBP");
      await page.getByLabel("Budget").fill("30000.50");
      await page.getByLabel("Attribution window (days)").fill("14");
      await addTag(page, "Competitor brands", "Summit Co");
      await page.getByLabel("Target", { exact: true }).first().fill("55000");
      await page.getByRole("button", { name: "Remove KPI 2" }).click();
      await page.getByRole("button", { name: "Add a KPI" }).click();
      await page.getByLabel("Metric").nth(1).selectOption("conversions");
      await page.getByLabel("Target", { exact: true }).nth(1).fill("900");
      await page.getByRole("button", { name: "Save changes" }).click();

      await page.getByRole("heading", { name: "Autumn Ridge 2027", level: 1 }).waitFor();
      const edited = page.locator("header").filter({ hasText: "Autumn Ridge 2027" });
      await expect
        .poll(() => edited.textContent())
        .toMatch(
          /Trailhead Gear Co · conversion: .*Sep 15, 2027 – Nov 30, 2027 · attribution window 14 days/,
        );
      await kpis.getByText("≥ 55K").waitFor();
      await kpis.getByText("≥ 900").waitFor();
      expect(await kpis.getByText("≥ 4.5%").count()).toBe(0);
      await kpis.getByText("£30,000.50").first().waitFor();
      expect(await audience.textContent()).toContain("Rival Outdoors, Summit Co");
      const originalUrl = page.url();

      // A copy with the same objectives and no creators.
      await page.getByRole("button", { name: "More actions" }).click();
      await page.getByRole("menuitem", { name: "Duplicate" }).click();
      await page.getByRole("heading", { name: "Autumn Ridge 2027 (copy)", level: 1 }).waitFor();
      expect(page.url()).not.toBe(originalUrl);
      await kpis.getByText("≥ 55K").waitFor();
      await kpis.getByText("£30,000.50").first().waitFor();
      expect(await audience.textContent()).toContain("Rival Outdoors, Summit Co");

      // The original archived: gone from the list, found under Archived, and restorable.
      await page.goto(originalUrl);
      await page.getByRole("heading", { name: "Autumn Ridge 2027", level: 1 }).waitFor();
      await page.getByRole("button", { name: "More actions" }).click();
      await page.getByRole("menuitem", { name: "Archive", exact: true }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: "Archived on" })
        .or(page.getByText(/^Archived on/))
        .first()
        .waitFor();
      await openFromNavigation(page, "Campaigns");
      const table = page.getByRole("table", { name: "Campaigns" });
      await table.getByRole("link", { name: "Autumn Ridge 2027 (copy)" }).waitFor();
      expect(await table.getByRole("link", { name: "Autumn Ridge 2027", exact: true }).count()).toBe(0);
      await page.getByText("Archived", { exact: true }).click();
      await table.getByRole("link", { name: "Autumn Ridge 2027", exact: true }).waitFor();
      await expect.poll(() => table.getByRole("link", { name: "Autumn Ridge 2027 (copy)" }).count()).toBe(0);

      await table.getByRole("link", { name: "Autumn Ridge 2027", exact: true }).click();
      await page.getByRole("button", { name: "More actions" }).click();
      await page.getByRole("menuitem", { name: "Restore from archive" }).click();
      await page.getByText("is back in the campaign list").waitFor();
      expect(await page.getByText(/^Archived on/).count()).toBe(0);
      await page.close();
    });
  },
);
