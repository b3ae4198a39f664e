import { en, Faker } from "@faker-js/faker";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Actor } from "../modules/audit/actor.js";
import { listCampaignCreators } from "../modules/campaigns/list-campaign-creators.js";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { recordConversion } from "../modules/conversions/record-conversion.js";
import { recordRefund } from "../modules/conversions/record-refund.js";
import { createDiscountCodes } from "../modules/discount-codes/create-discount-codes.js";
import { batchOf } from "../modules/tracking/click-batch.js";
import type { ClickEvent } from "../modules/tracking/click-event.js";
import { newClickId } from "../modules/tracking/click-id.js";
import { createLink } from "../modules/tracking/create-link.js";
import { ClickRollup } from "../modules/tracking/roll-up-clicks.js";
import { ClickWriter } from "../modules/tracking/write-clicks.js";
import { dayMs } from "../shared/time.js";

const userAgents = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
  "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
];
const referrers = [
  "https://www.instagram.com/",
  "https://www.tiktok.com/",
  "https://l.facebook.com/",
  undefined,
];
const countries = ["US", "US", "GB", "DE", "CA", "FR"];

/** The measured campaign's traffic: "full" for the demo workspace, "light" for tests that only need its shape. */
export type MeasuredVolume = "full" | "light";

const clicksPerCreator: Record<MeasuredVolume, { min: number; max: number }> = {
  full: { min: 40_000, max: 60_000 },
  light: { min: 120, max: 600 },
};

/**
 * Tracking for the demo's measured campaign: a link (custom slug) and a 15% code per live creator, six weeks of
 * clicks written through the real click writer and counted by the real rollup, and orders (one per ~40 clicks)
 * attributed by code and by click, some refunded. A quarter of the orders come from customers who ordered before,
 * and the shop's other, unattributed orders run alongside, so retention has both groups to compare. With the full
 * volume that is about 200,000 clicks and 5,000 attributed orders. Deterministic: seeded faker, fixed slugs and codes.
 */
export async function seedTracking(
  db: Kysely<Database>,
  input: { organisationId: string; actor: Actor; campaignName: string; volume?: MeasuredVolume },
): Promise<number> {
  const faker = new Faker({ locale: [en], seed: 11 });
  const campaign = (await listCampaigns(db, input.organisationId)).items.find(
    (c) => c.name === input.campaignName,
  );
  if (!campaign) return 0;
  const ctx = { organisationId: input.organisationId, actor: input.actor };
  const live = (await listCampaignCreators(db, input.organisationId, campaign.id)).items.filter(
    (e) => e.primaryAccount && ["live", "completed"].includes(e.stage),
  );
  const clickWriter = new ClickWriter(db);
  const start = Date.parse(`${campaign.startDate}T00:00:00Z`) + 10 * dayMs;
  let orders = 0;
  const customers: string[] = [];
  const customerFor = () => {
    const returning = customers.length > 0 && faker.datatype.boolean(0.25);
    const customerId = returning
      ? faker.helpers.arrayElement(customers)
      : `cust-${faker.string.alphanumeric({ length: 10, casing: "lower" })}`;
    if (!returning) customers.push(customerId);
    return { customerId, isNewCustomer: !returning };
  };
  for (const [index, entry] of live.entries()) {
    const handle = (entry.primaryAccount?.handle ?? `creator${index}`)
      .replace(/[^A-Za-z0-9]/g, "")
      .slice(0, 12);
    const link = await createLink(
      db,
      ctx,
      campaign.id,
      {
        creatorId: entry.creatorId,
        destinationUrl: "https://northwind.example.com/summit",
        slug: `${handle}-summit`,
      },
      "",
    );
    const [code] = await createDiscountCodes(db, ctx, campaign.id, [
      { creatorId: entry.creatorId, code: `${handle.toUpperCase()}15`, valueType: "percent", value: 0.15 },
    ]);
    const events: ClickEvent[] = [];
    const clicks = faker.number.int(clicksPerCreator[input.volume ?? "full"]);
    for (let n = 0; n < clicks; n++) {
      const at = start + Math.floor(42 * dayMs * faker.number.float({ min: 0, max: 1 }) ** 1.6);
      events.push({
        clickId: newClickId(at),
        organisationId: input.organisationId,
        linkId: link.id,
        at,
        ip: faker.internet.ipv4(),
        userAgent: faker.helpers.weightedArrayElement(
          userAgents.map((value, i) => ({ value, weight: [40, 30, 18, 6, 6][i] as number })),
        ),
        referer: faker.helpers.arrayElement(referrers),
        country: faker.helpers.arrayElement(countries),
      });
    }
    events.sort((a, b) => a.at - b.at);
    for (let from = 0; from < events.length; from += 20_000)
      await clickWriter.write(batchOf(events.slice(from, from + 20_000)));
    for (let n = 0; n < Math.round(clicks / 40); n++) {
      const click = faker.helpers.arrayElement(events);
      const byCode = n % 3 === 0;
      orders += 1;
      await recordConversion(
        db,
        input.organisationId,
        {
          orderId: `NW-${1000 + orders}`,
          occurredAt: new Date(
            click.at + faker.number.int({ min: 5, max: 3 * 24 * 60 }) * 60_000,
          ).toISOString(),
          amount: faker.number.int({ min: 2_900, max: 12_900 }),
          currency: campaign.currency,
          ...customerFor(),
          discountCodes: byCode && code ? [code.code] : [],
          clickId: byCode ? null : click.clickId,
        },
        "api",
      );
      // The shop's other sales in the same weeks: no code, no click, so no creator.
      if (n % 4 === 0)
        await recordConversion(
          db,
          input.organisationId,
          {
            orderId: `NW-S${1000 + orders}`,
            occurredAt: new Date(
              click.at + faker.number.int({ min: 1, max: 20 * 24 }) * 3_600_000,
            ).toISOString(),
            amount: faker.number.int({ min: 2_900, max: 12_900 }),
            currency: campaign.currency,
            ...customerFor(),
          },
          "api",
        );
      if (orders % 9 === 0)
        await recordRefund(db, input.organisationId, `NW-${1000 + orders}`, {
          amount: 2_000,
          occurredAt: new Date(click.at + 5 * dayMs).toISOString(),
          refundId: `demo-${orders}`,
        });
    }
  }
  await new ClickRollup(db).run();
  return orders;
}
