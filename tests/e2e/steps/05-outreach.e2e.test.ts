import { expect, it } from "vitest";
import { seedDemo } from "../../../src/demo/seed-demo.js";
import { brandViewport, describeInBrowser, openFromNavigation } from "../support.js";

/**
 * Outreach as a person does it, in the browser only: the sender and signature in Settings, an address on the
 * do-not-contact list, a two-step follow-up sequence, three creators emailed together from the pipeline table (one
 * skipped for being on the list, one message edited), then the outbox: read, copy, mark sent.
 */
describeInBrowser("outreach in the browser", (env) => {
  it("sets the sender, emails three creators at once and works the outbox", {
    timeout: 300_000,
  }, async () => {
    const db = env.amplio.app.amplio.database.db;
    const seeded = await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
    // Which demo creators to pick is read from the fixture; everything done with them goes through the pages.
    const campaign = await db
      .selectFrom("campaigns")
      .select(["id", "name"])
      .where("name", "=", "Spring Trail Launch")
      .executeTakeFirstOrThrow();
    const creators = await db
      .selectFrom("campaign_creators")
      .innerJoin("creators", "creators.id", "campaign_creators.creator_id")
      .select(["creators.id", "creators.name", "creators.email"])
      .where("campaign_creators.campaign_id", "=", campaign.id)
      .where("campaign_creators.stage", "in", ["shortlisted", "contacted"])
      .where("creators.email", "is not", null)
      .orderBy("creators.name")
      .limit(3)
      .execute();
    expect(creators).toHaveLength(3);
    const [listed, edited, plain] = creators as [
      (typeof creators)[number],
      (typeof creators)[number],
      (typeof creators)[number],
    ];

    const context = await env.browser.newContext({ viewport: brandViewport() });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.amplio.baseUrl });
    const page = await context.newPage();
    await page.goto(`${env.amplio.baseUrl}/sign-in`);
    await page.getByLabel("Work email").fill("demo@amplio.example");
    await page.getByLabel("Password").fill(seeded.password ?? "");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

    // Settings → Outreach: a wrong address is refused at its field, then the sender and signature are saved.
    await openFromNavigation(page, "Settings");
    await page.getByRole("tab", { name: "Outreach" }).click();
    await page.getByLabel("Sender name").fill("Dana at Northwind");
    await page.getByLabel("Sender address").fill("not an address");
    await page.getByRole("button", { name: "Save outreach settings" }).click();
    await page.getByText("Enter an email address, such as partnerships@brand.com").waitFor();
    await page.getByLabel("Sender address").fill("hello@northwind.example");
    await page.getByLabel("Signature").fill("Dana Whitfield\nNorthwind Outdoor partnerships");
    await page.getByRole("button", { name: "Save outreach settings" }).click();
    await page.getByText("Outreach settings saved.").waitFor();

    // Settings → Do not contact: add one of the three, and find it again by searching.
    await page.getByRole("tab", { name: "Do not contact" }).click();
    await page.getByLabel("Email address").fill(listed.email ?? "");
    await page.getByLabel("Reason").fill("asked us not to write");
    await page.getByRole("button", { name: "Add to the list" }).click();
    await page.getByRole("cell", { name: listed.email ?? "", exact: true }).waitFor();
    await page.getByLabel("Search the list").fill("not to write");
    await page.getByRole("cell", { name: "asked us not to write" }).waitFor();
    await page.getByLabel("Search the list").fill("nobody-like-this");
    await page.getByText("No address or reason contains").waitFor();

    // Email templates → a two-step follow-up sequence.
    await openFromNavigation(page, "Email templates");
    await page.getByLabel("Sequence name").fill("Two nudges");
    await page.getByLabel("Step 1 template").selectOption({ label: "Friendly nudge" });
    await page.getByLabel("Step 1 days without a reply").fill("3");
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.getByLabel("Step 2 template").selectOption({ label: "Friendly nudge" });
    await page.getByLabel("Step 2 days without a reply").fill("5");
    await page.getByRole("button", { name: "Create sequence" }).click();
    await page.getByRole("cell", { name: "Two nudges", exact: true }).waitFor();
    await page.getByText("1. Friendly nudge after 3 days · 2. Friendly nudge after 5 days").waitFor();

    // The campaign's pipeline table: three selected, one template, the sequence attached.
    await page.goto(`${env.amplio.baseUrl}/campaigns/${campaign.id}`);
    await page.getByRole("tab", { name: "Table" }).click();
    for (const creator of creators)
      await page.getByRole("checkbox", { name: `Select ${creator.name}` }).check();
    await page.getByRole("button", { name: "Send email… (3)" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Template").selectOption({ label: "First contact" });
    await dialog.getByLabel("Follow-up sequence").selectOption({ label: "Two nudges (2 steps)" });
    await dialog.getByRole("button", { name: "Preview each email" }).click();

    // Step through: the listed creator is skipped with the reason; the others read as they will be sent.
    await dialog.getByRole("button", { name: `${listed.name} (skipped)` }).click();
    await dialog.getByText("Skipped: on the do-not-contact list (asked us not to write).").waitFor();
    await dialog.getByRole("button", { name: plain.name, exact: true }).click();
    const plainBody = await dialog.getByLabel("Message").inputValue();
    expect(plainBody).toContain(`Hi ${plain.name.split(" ")[0]},`);
    expect(plainBody).toContain("\n-- \nDana Whitfield\nNorthwind Outdoor partnerships");
    await dialog.getByRole("button", { name: edited.name, exact: true }).click();
    await dialog.getByLabel("Subject").fill("A quick idea for you");
    await dialog.getByLabel("Message").fill("Hi there, a personal note just for you.\n\nDana");
    await dialog.getByRole("button", { name: "Send 2 emails" }).click();
    await dialog.getByRole("list", { name: "What happened" }).waitFor();
    // Badges are drawn in capitals; what a person reads is the words.
    const outcome = async (name: string) =>
      (await dialog.getByRole("listitem").filter({ hasText: name }).innerText())
        .replace(/\s+/g, " ")
        .toLowerCase();
    expect(await outcome(listed.name)).toBe(
      `${listed.name.toLowerCase()} skipped on the do-not-contact list (asked us not to write)`,
    );
    expect(await outcome(edited.name)).toBe(`${edited.name.toLowerCase()} in the outbox`);
    expect(await outcome(plain.name)).toBe(`${plain.name.toLowerCase()} in the outbox`);
    await dialog.getByRole("button", { name: "Done" }).click();

    // The outbox: the whole edited message, copied, then marked sent.
    await openFromNavigation(page, "Outbox");
    const card = page.getByRole("article", { name: "A quick idea for you" });
    await card.waitFor();
    expect(await card.getByLabel(`Message to ${edited.email}`).innerText()).toBe(
      "Hi there, a personal note just for you.\n\nDana",
    );
    await card.getByRole("button", { name: "Copy whole message" }).click();
    await card.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate<string>("navigator.clipboard.readText()")).toBe(
      `To: ${edited.email}\nSubject: A quick idea for you\n\nHi there, a personal note just for you.\n\nDana`,
    );
    await card.getByRole("button", { name: `Mark as sent to ${edited.email}` }).click();
    await page.getByText(`Marked as sent to ${edited.email}.`).waitFor();
    await card.waitFor({ state: "detached" });
    await page
      .getByRole("article", { name: `Northwind Outdoor × ${plain.name.split(" ")[0]}: Spring Trail Launch` })
      .first()
      .waitFor();

    // The creator's page in the campaign: the sequence is attached and its first step is due.
    await page.goto(`${env.amplio.baseUrl}/campaigns/${campaign.id}/creators/${plain.id}`);
    const followUps = page.getByRole("region", { name: "Follow-ups: Two nudges" });
    await followUps.waitFor();
    await followUps.getByText(/^Next: step 1 due /).waitFor();
    await followUps
      .getByText(/Step 2: Friendly nudge after 5 days without a reply · waits for the step before/)
      .waitFor();
    await context.close();
  });
});
