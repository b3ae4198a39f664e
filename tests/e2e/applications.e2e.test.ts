import { expect, it } from "vitest";
import { systemActor } from "../../src/modules/audit/actor.js";
import { createCampaign } from "../../src/modules/campaigns/create-campaign.js";
import { describeInBrowser } from "./support.js";

describeInBrowser("creator applications in the browser", (env) => {
  it("a creator applies on the public page; the marketer accepts them into a campaign's pipeline", async () => {
    const marketer = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await marketer.goto(`${env.amplio.baseUrl}/sign-up`);
    await marketer.getByLabel("Your name").fill("Dana Whitfield");
    await marketer.getByLabel("Work email").fill("dana@example.com");
    await marketer.getByLabel("Password").fill("a strong passphrase");
    await marketer.getByLabel("Organisation name").fill("Northwind Outdoor");
    await marketer.getByRole("button", { name: "Create account" }).click();
    await marketer.getByRole("heading", { name: "Today", exact: true }).waitFor();

    // The campaign is made as the campaigns page would; its own browser test covers that page.
    const { db } = env.amplio.app.amplio.database;
    const organisation = await db
      .selectFrom("organisations")
      .select(["id", "slug"])
      .where("name", "=", "Northwind Outdoor")
      .executeTakeFirstOrThrow();
    await createCampaign(
      db,
      { organisationId: organisation.id, actor: systemActor("test") },
      {
        name: "Spring Trail Launch",
        goal: "awareness",
        startDate: "2026-03-01",
        endDate: "2026-04-30",
        currency: "EUR",
      },
    );

    // Settings → Applications: open the page, write the pitch and one question.
    await marketer.goto(`${env.amplio.baseUrl}/settings/applications`);
    await marketer.getByText("Applications are closed").waitFor();
    await marketer.getByLabel("Take applications").check();
    await marketer.getByLabel("Pitch").fill("Gear for long days outside.");
    await marketer.getByRole("button", { name: "Add a question" }).click();
    await marketer.getByLabel("Question 1").fill("Where do you hike?");
    await marketer.getByRole("button", { name: "Save" }).click();
    await marketer.getByText("Application page saved.").waitFor();
    const link = `${env.amplio.baseUrl}/apply/${organisation.slug}`;
    expect(await marketer.getByRole("link", { name: link, exact: true }).isVisible()).toBe(true);

    // The creator, with no account and no session, on a phone.
    const creatorContext = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const creator = await creatorContext.newPage();
    await creator.goto(link);
    await creator.getByRole("heading", { name: "Apply to work with Northwind Outdoor" }).waitFor();
    expect(await creator.getByText("Gear for long days outside.").isVisible()).toBe(true);
    await creator.getByLabel("Your name").fill("Ava Stone");
    await creator.getByLabel("Email").fill("ava@example.com");
    await creator.getByRole("combobox", { name: "Country you live in" }).fill("Germany");
    await creator.getByRole("option", { name: "Germany" }).click();
    await creator.getByLabel("Profile address or handle").fill("not a handle!");
    await creator.getByLabel("Followers").fill("12400");
    await creator.getByLabel("Where do you hike?").fill("The Alps, mostly.");
    await creator.getByRole("button", { name: "Send application" }).click();
    // Consent is required, and the server names the bad handle at its field.
    await creator.getByText("Agree to be contacted, or the brand cannot reply to you").waitFor();
    await creator.getByLabel(/may contact me/).check();
    await creator.getByRole("button", { name: "Send application" }).click();
    await creator.getByText(/is not a handle/).waitFor();
    await creator.getByLabel("Profile address or handle").fill("https://www.instagram.com/ava.trails/");
    await creator.getByRole("button", { name: "Add a rate" }).click();
    await creator.getByLabel("Deliverable").fill("One Instagram reel");
    await creator.getByLabel("Amount").fill("450");
    await creator.getByRole("button", { name: "Send application" }).click();
    await creator.getByText("Application sent").waitFor();
    await creatorContext.close();

    // The marketer finds it in Discovery's Applications inbox and accepts it into the campaign.
    await marketer.goto(`${env.amplio.baseUrl}/creators`);
    await marketer.getByRole("link", { name: "Applications (1 new)" }).click();
    const card = marketer.getByRole("article", { name: "Application from Ava Stone" });
    await card.waitFor();
    expect(await card.getByText("Instagram @ava.trails").isVisible()).toBe(true);
    expect(await card.getByText("The Alps, mostly.").isVisible()).toBe(true);
    expect(await card.getByText("One Instagram reel: €450.00").isVisible()).toBe(true);
    expect(await card.getByText(/Agreed to be contacted/).isVisible()).toBe(true);
    await card.getByRole("combobox", { name: "Campaign" }).click();
    await marketer.getByRole("option", { name: "Spring Trail Launch" }).click();
    await card.getByRole("button", { name: "Accept into campaign" }).click();
    await marketer.getByText("Ava Stone is shortlisted in Spring Trail Launch.").waitFor();
    await marketer.getByText("No new applications").waitFor();

    await marketer.getByRole("link", { name: "Campaigns" }).click();
    await marketer.getByRole("link", { name: "Spring Trail Launch" }).click();
    await marketer.getByRole("link", { name: "Ava Stone" }).first().waitFor();
  });
});
