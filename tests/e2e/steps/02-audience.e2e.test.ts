import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { brandViewport, describeInBrowser } from "../support.js";

/** Types into a searchable multi-select or tags input and picks the option (or confirms the tag) with Enter. */
async function choose(page: Page, label: string, text: string, scope = page.locator("body")) {
  const input = scope.getByRole("combobox", { name: label, exact: true });
  await input.fill(text);
  await input.press("Enter");
}

describeInBrowser("step 2, audience: the whole ideal customer profile in the browser", (env) => {
  it("fills countries, ages, gender, niches, languages, tiers and two personas, shows them, and edits them", async () => {
    const page = await env.browser.newPage({ viewport: brandViewport(), locale: "en-US" });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Ada Audience");
    await page.getByLabel("Work email").fill("ada@example.com");
    await page.getByLabel("Password").fill("know who it is for");
    await page.getByLabel("Organisation name").fill("Fjord Kitchen");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    await page.goto(`${env.amplio.baseUrl}/campaigns/new`);
    await page.getByLabel("Campaign name").fill("Winter Bakes");
    await page.getByLabel("Start date").fill("2027-11-01");
    await page.getByLabel("End date").fill("2027-12-20");

    await choose(page, "Countries", "Germany");
    await choose(page, "Countries", "Austria");
    await page.getByLabel("Youngest age").fill("25");
    await page.getByLabel("Oldest age").fill("44");
    await page.getByRole("checkbox", { name: "Women" }).check();
    await choose(page, "Interests and niches", "Baking");
    await choose(page, "Interests and niches", "home cooking");
    await choose(page, "Languages", "German");
    await choose(page, "Preferred creator tiers", "Micro");
    await choose(page, "Preferred creator tiers", "Mid");

    await page.getByRole("button", { name: "Add a persona" }).click();
    const first = page.getByRole("group", { name: "Persona 1" });
    await first.getByLabel("Name").fill("Weekend baker");
    await first.getByLabel("Who they are").fill("Bakes for friends every Sunday");
    await choose(page, "Motivations", "impress guests", first);
    await choose(page, "Motivations", "cosy afternoons", first);
    await page.getByRole("button", { name: "Add a persona" }).click();
    const second = page.getByRole("group", { name: "Persona 2" });
    await second.getByLabel("Name").fill("Busy parent");
    await choose(page, "Motivations", "quick wins", second);
    await page.getByRole("button", { name: "Create campaign" }).click();

    await page.getByRole("heading", { name: "Winter Bakes", level: 1 }).waitFor();
    const audience = page.getByRole("region", { name: "Ideal customer" });
    await audience.getByText("Germany, Austria").waitFor();
    const shown = await audience.textContent();
    for (const text of [
      "25–44",
      "Women",
      "baking, home cooking",
      "German",
      "Micro (10K–100K)",
      "Mid (100K–500K)",
    ])
      expect(shown).toContain(text);
    const weekend = audience.getByRole("listitem", { name: "Persona Weekend baker" });
    expect(await weekend.textContent()).toMatch(
      /Bakes for friends every Sunday.*impress guests.*cosy afternoons/,
    );
    expect(await audience.getByRole("listitem", { name: "Persona Busy parent" }).textContent()).toContain(
      "quick wins",
    );

    // Edited: another country, a wider age range, every gender, a persona gone and one motivation added.
    await audience.getByRole("link", { name: "Change the audience" }).click();
    await page.getByRole("heading", { name: "Edit Winter Bakes" }).waitFor();
    expect(await page.getByLabel("Youngest age").inputValue()).toBe("25");
    await choose(page, "Countries", "Switzerland");
    await page.getByLabel("Oldest age").fill("54");
    await page.getByRole("checkbox", { name: "Women" }).uncheck();
    await page.getByRole("button", { name: "Remove persona 1" }).click();
    const remaining = page.getByRole("group", { name: "Persona 1" });
    expect(await remaining.getByLabel("Name").inputValue()).toBe("Busy parent");
    await choose(page, "Motivations", "school-night dinners", remaining);
    await page.getByRole("button", { name: "Save changes" }).click();

    await page.getByRole("heading", { name: "Winter Bakes", level: 1 }).waitFor();
    await audience.getByText("Germany, Austria, Switzerland").waitFor();
    const edited = await audience.textContent();
    expect(edited).toContain("25–54");
    expect(edited).not.toContain("Women");
    expect(await audience.getByRole("listitem", { name: /^Persona / }).count()).toBe(1);
    expect(await audience.getByRole("listitem", { name: "Persona Busy parent" }).textContent()).toMatch(
      /quick wins.*school-night dinners/,
    );
    await page.close();
  });
});
