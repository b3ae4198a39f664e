import { expect, it } from "vitest";
import { systemActor } from "../../src/modules/audit/actor.js";
import { addCreatorsToCampaign } from "../../src/modules/campaigns/add-creators-to-campaign.js";
import { createCampaign } from "../../src/modules/campaigns/create-campaign.js";
import { createStorefrontKey } from "../../src/modules/conversions/storefront-keys.js";
import { insertCreators } from "../../src/modules/creators/creators.js";
import { createLink } from "../../src/modules/tracking/create-link.js";
import { trackingRuntime } from "../../src/modules/tracking/tracking-runtime.js";
import { describeInBrowser } from "./support.js";

const iphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

describeInBrowser("link analytics in the browser", (env) => {
  it("shows clicks with bots apart, creates a link and disables it", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Dana Whitfield");
    await page.getByLabel("Work email").fill("dana@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Northwind Outdoor");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    // The campaign and its creator come from the campaign pages; here they are put in place directly.
    const { db } = env.amplio.app.amplio.database;
    const org = await db.selectFrom("organisations").select("id").executeTakeFirstOrThrow();
    const ctx = { organisationId: org.id, actor: systemActor("test") };
    const [creator] = await insertCreators(db, org.id, [
      {
        name: "Ava Stone",
        email: "ava@example.com",
        accounts: [{ platform: "instagram", handle: "ava.trails", followers: 48_000 }],
      },
    ]);
    const campaign = await createCampaign(db, ctx, {
      name: "Trail week",
      goal: "conversion",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      currency: "EUR",
    });
    const creatorId = creator?.id ?? "";
    await addCreatorsToCampaign(db, ctx, campaign.id, [creatorId]);
    const link = await createLink(
      db,
      ctx,
      campaign.id,
      { creatorId, destinationUrl: "https://shop.example.com/" },
      env.amplio.baseUrl,
    );

    for (const userAgent of [iphone, iphone, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"]) {
      const response = await fetch(link.shortUrl, {
        redirect: "manual",
        headers: { "user-agent": userAgent },
      });
      expect(response.status).toBe(302);
    }
    await trackingRuntime(env.amplio.app.amplio).flush();

    await page.goto(`${env.amplio.baseUrl}/campaigns/${campaign.id}`);
    await page.getByRole("link", { name: "Links and conversions" }).click();
    await page.getByRole("heading", { name: "Link analytics" }).waitFor();
    await expect.poll(() => page.getByTestId("clicks-total").textContent()).toBe("2");
    expect(await page.getByTestId("bot-total").textContent()).toBe("1");
    await page.getByRole("table").filter({ hasText: "Device" }).getByText("mobile").waitFor();

    await page.getByRole("combobox", { name: "Creator for the new link" }).click();
    await page.getByRole("option", { name: "Ava Stone" }).click();
    await page.getByLabel("Destination URL").fill("https://shop.example.com/boots");
    await page.getByLabel("Custom slug (optional)").fill("ava-boots");
    await page.getByRole("button", { name: "Create link" }).click();
    await page.getByText("/r/ava-boots").waitFor();
    expect((await fetch(`${env.amplio.baseUrl}/r/ava-boots`, { redirect: "manual" })).status).toBe(302);

    await page.getByRole("button", { name: "Disable ava-boots" }).click();
    await page.getByRole("button", { name: "Enable ava-boots" }).waitFor();
    expect((await fetch(`${env.amplio.baseUrl}/r/ava-boots`, { redirect: "manual" })).status).toBe(404);

    // An order the shop's page reports waits for a person: it is listed, and approving it takes it off the list.
    const key = await createStorefrontKey(db, ctx, []);
    const clickId = new URL(
      (await fetch(link.shortUrl, { redirect: "manual", headers: { "user-agent": iphone } })).headers.get(
        "location",
      ) ?? "",
    ).searchParams.get("amp_cid");
    await trackingRuntime(env.amplio.app.amplio).flush();
    const reported = await fetch(`${env.amplio.baseUrl}/t/conversions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        key: key.publishableKey,
        orderId: "WEB-1001",
        occurredAt: new Date().toISOString(),
        amount: 8_900,
        currency: "EUR",
        clickId,
      }),
    });
    expect(reported.status).toBe(201);
    await page.reload();
    const waiting = page.getByRole("region", { name: "Orders awaiting confirmation" });
    await waiting.getByRole("cell", { name: "Ava Stone" }).waitFor();
    await waiting.getByRole("button", { name: "Approve WEB-1001" }).click();
    await waiting.waitFor({ state: "detached" });
    const order = await db
      .selectFrom("conversions")
      .select("verified_by")
      .where("order_id", "=", "WEB-1001")
      .executeTakeFirstOrThrow();
    expect(order.verified_by).toBe("Dana Whitfield");
  });
});
