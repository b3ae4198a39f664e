/**
 * Generated data of `npm run bench:report` (issue 7), and its load: a six-week campaign's creators, their clicks hour
 * by hour and the orders and leads that follow some of them. Deterministic: one seeded generator, the same rows on every run.
 */

import { type Kysely, sql } from "kysely";
import type { AmplioDatabase, DialectName } from "../src/db/database.js";
import { newId, nowIso } from "../src/db/ids.js";
import type { Database } from "../src/db/schema.js";
import { createApiKey } from "../src/modules/api-keys/api-keys.js";
import { systemActor } from "../src/modules/audit/actor.js";
import { addCreatorsToCampaign } from "../src/modules/campaigns/add-creators-to-campaign.js";
import type { CampaignInput } from "../src/modules/campaigns/campaign-input.js";
import { createCampaign } from "../src/modules/campaigns/create-campaign.js";
import { acceptOffer } from "../src/modules/contracts/accept-offer.js";
import type { OfferTerms } from "../src/modules/contracts/offer-terms.js";
import { proposeOffer } from "../src/modules/contracts/propose-offer.js";
import { attributeConversion } from "../src/modules/conversions/attribute-conversion.js";
import type { ConversionRefundsTable, ConversionsTable } from "../src/modules/conversions/schema.js";
import { type CreatorInput, insertCreators } from "../src/modules/creators/creators.js";
import type { Platform } from "../src/modules/creators/tiers.js";
import { createDiscountCodes } from "../src/modules/discount-codes/create-discount-codes.js";
import type { ContentFormat } from "../src/modules/measurement/estimated-reach.js";
import { createOrganisation } from "../src/modules/organisations/organisations.js";
import { recordLivePost } from "../src/modules/posts/record-live-post.js";
import { recordPostMetrics } from "../src/modules/posts/record-post-metrics.js";
import { batchOf } from "../src/modules/tracking/click-batch.js";
import type { ClickEvent } from "../src/modules/tracking/click-event.js";
import { newClickId } from "../src/modules/tracking/click-id.js";
import { createLink } from "../src/modules/tracking/create-link.js";
import { ClickRollup } from "../src/modules/tracking/roll-up-clicks.js";
import { ClickWriter } from "../src/modules/tracking/write-clicks.js";

export const HOUR = 3_600_000;
/** One conversion per 25 clicks: 200,000 for 5,000,000 clicks. */
export const clicksPerConversion = 25;
const postUrl: Record<Platform, (id: string) => string> = {
  instagram: (id) => `https://www.instagram.com/reel/${id}/`,
  tiktok: (id) => `https://www.tiktok.com/@benchoutdoor/video/${id}`,
  youtube: (id) => `https://www.youtube.com/watch?v=${id}`,
  linkedin: (id) => `https://www.linkedin.com/posts/${id}`,
};

export const DAY = 24 * HOUR;
export const benchCampaign: CampaignInput & { currency: string; attributionWindowDays: number } = {
  name: "Autumn Trail Bench",
  goal: "conversion",
  startDate: "2026-09-01",
  endDate: "2026-10-12",
  currency: "EUR",
  budget: 60_000_000,
  attributionWindowDays: 30,
  kpis: [
    { metric: "conversions", comparison: "gte", target: 150_000 },
    { metric: "cac", comparison: "lte", target: 2_500 },
    { metric: "engagement_rate", comparison: "gte", target: 0.03 },
  ],
};
const campaignStart = Date.parse(`${benchCampaign.startDate}T00:00:00Z`);
/** Six weeks of hours, the campaign's length. */
export const campaignHours = 42 * 24;

/** mulberry32: small, fast and good enough to spread generated rows. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const platforms: Platform[] = ["instagram", "instagram", "tiktok", "tiktok", "youtube", "linkedin"];
const formatOf: Record<Platform, ContentFormat> = {
  instagram: "reel",
  tiktok: "video",
  youtube: "video",
  linkedin: "post",
};
const countries = ["DE", "GB", "US", "FR", "NL", "ES"];

export interface BenchCreator {
  index: number;
  input: CreatorInput;
  platform: Platform;
  format: ContentFormat;
  followers: number;
  /** Relative pull of the creator's link: a few creators bring most clicks, as in real campaigns. */
  pull: number;
  /** Hours after the campaign's start of the creator's first post; the others follow a week apart. */
  firstPostHour: number;
  posts: number;
  compensation: OfferTerms["compensation"];
}

const onSigningAndLive = [
  { trigger: "on_signing" as const, share: 0.5 },
  { trigger: "on_live" as const, share: 0.5 },
];

/** 500 creators, one account each; compensation a mix of flat fee, affiliate commission and hybrid. */
export function benchCreators(count: number): BenchCreator[] {
  const random = seeded(7);
  return Array.from({ length: count }, (_, index) => {
    const platform = platforms[index % platforms.length] as Platform;
    // Log-uniform from 3,000 to 1,500,000 followers.
    const followers = Math.round(3_000 * 500 ** random());
    const kind = index % 10;
    const fee = Math.round(followers * (0.8 + random() * 0.6)) + 20_000;
    const compensation: OfferTerms["compensation"] =
      kind < 4
        ? { model: "flat_fee", amount: fee, schedule: onSigningAndLive }
        : kind < 7
          ? {
              model: "affiliate",
              basis: "percent_of_net_revenue",
              rate: 0.12,
              attributionWindowDays: 30,
              cookie: true,
            }
          : {
              model: "hybrid",
              fee: { amount: Math.round(fee / 2), schedule: onSigningAndLive },
              commission: {
                basis: "percent_of_net_revenue",
                rate: 0.06,
                attributionWindowDays: 30,
                cookie: true,
              },
              bonuses: [{ metric: "conversions", threshold: 400, amount: 50_000 }],
            };
    return {
      index,
      platform,
      format: formatOf[platform],
      followers,
      pull: (0.2 + random()) / (index + 8) ** 0.7,
      firstPostHour: Math.floor(random() * 21 * 24),
      posts: 1 + Math.floor(random() * 3),
      compensation,
      input: {
        name: `Bench Creator ${index}`,
        email: `creator${index}@bench.example`,
        accounts: [
          {
            platform,
            handle: `bench_creator_${index}`,
            followers,
            engagementRate: 0.01 + random() * 0.06,
            postsCount: 40 + Math.floor(random() * 400),
            country: countries[index % countries.length] as string,
            language: "en",
            niches: ["outdoor"],
            bio: "Trails, gear and the odd summit.",
          },
        ],
      },
    };
  });
}

export function postedAt(creator: BenchCreator, n: number): number {
  return campaignStart + creator.firstPostHour * HOUR + n * 7 * DAY + 17 * HOUR;
}

export function offerTerms(creator: BenchCreator): OfferTerms {
  return {
    collaborationType: "sponsored_post",
    deliverables: [
      {
        platform: creator.platform,
        format: creator.format === "video" ? "video" : creator.format === "post" ? "post" : "reel",
        quantity: creator.posts,
        dueDate: benchCampaign.endDate,
        draftDueDate: null,
      },
    ],
    usageRights: {
      channels: ["organic", "paid social"],
      durationDays: 90,
      paidAds: true,
      whitelisting: false,
    },
    exclusivity: { category: "outdoor apparel", periodDays: 60 },
    compensation: creator.compensation,
    disclosure: "Every post must be clearly labelled as an advertisement (for example #ad) at its start.",
  };
}

const userAgents: Array<[string, number]> = [
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    38,
  ],
  [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    28,
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    18,
  ],
  [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    8,
  ],
  [
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    4,
  ],
  ["facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", 4],
];
const referrers = [
  "https://www.instagram.com/",
  "https://www.tiktok.com/",
  "https://l.facebook.com/",
  "https://www.youtube.com/",
  undefined,
  undefined,
];

function weightedPicker<T>(items: Array<[T, number]>): (r: number) => T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  return (r) => {
    let left = r * total;
    for (const [value, weight] of items) {
      left -= weight;
      if (left < 0) return value;
    }
    return (items[items.length - 1] as [T, number])[0];
  };
}

/** A creator's pull in a given hour: little before the first post, a peak at each post decaying over days, nights quiet. */
function hourWeight(creator: BenchCreator, hour: number): number {
  let weight = 0.01;
  for (let n = 0; n < creator.posts; n++) {
    const since = hour - (creator.firstPostHour + n * 7 * 24 + 17);
    if (since >= 0) weight += Math.exp(-since / 72) + 0.03;
  }
  const hourOfDay = hour % 24;
  const diurnal = hourOfDay < 6 ? 0.25 : hourOfDay < 17 ? 0.9 : 1.3;
  return creator.pull * weight * diurnal;
}

export interface LinkOf {
  creatorId: string;
  linkId: string;
}

/** A generated click with whose it is, which the conversions that follow it need. */
export type BenchClick = ClickEvent & { campaignId: string; creatorId: string };

/**
 * The clicks of the campaign, hour by hour, in time order: `total` in all, spread over the creators by hourWeight.
 * Visitors come from a pool, so some return within a day; about 4% are link-preview bots.
 */
export function* clickHours(
  organisationId: string,
  campaignId: string,
  creators: BenchCreator[],
  links: LinkOf[],
  total: number,
): Generator<BenchClick[]> {
  const random = seeded(11);
  const weights = Array.from({ length: campaignHours }, (_, hour) =>
    creators.map((creator) => hourWeight(creator, hour)),
  );
  const sums = weights.map((w) => w.reduce((a, b) => a + b, 0));
  const all = sums.reduce((a, b) => a + b, 0);
  const pickAgent = weightedPicker(userAgents);
  let emitted = 0;
  let cumulative = 0;
  for (let hour = 0; hour < campaignHours; hour++) {
    cumulative += sums[hour] as number;
    const count = Math.round((cumulative / all) * total) - emitted;
    emitted += count;
    const cumulativeWeights: number[] = [];
    let running = 0;
    for (const w of weights[hour] as number[]) {
      running += w;
      cumulativeWeights.push(running);
    }
    const events: BenchClick[] = [];
    for (let n = 0; n < count; n++) {
      const target = random() * running;
      let low = 0;
      let high = cumulativeWeights.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cumulativeWeights[middle] as number) < target) low = middle + 1;
        else high = middle;
      }
      const link = links[low] as LinkOf;
      const at = campaignStart + hour * HOUR + Math.floor(random() * HOUR);
      const visitor = Math.floor(random() * 3_000_000);
      events.push({
        clickId: "",
        organisationId,
        linkId: link.linkId,
        campaignId,
        creatorId: link.creatorId,
        at,
        ip: `10.${visitor >> 16}.${(visitor >> 8) & 255}.${visitor & 255}`,
        userAgent: pickAgent(random()),
        referer: referrers[Math.floor(random() * referrers.length)],
        country: random() < 0.85 ? (countries[Math.floor(random() * countries.length)] as string) : null,
      });
    }
    events.sort((a, b) => a.at - b.at);
    // Ids after sorting, so they grow with time as the redirect's do.
    for (const event of events) event.clickId = newClickId(event.at);
    yield events;
  }
}

export interface CodeOf {
  creatorId: string;
  discountCodeId: string;
  code: string;
}

export interface GeneratedConversion {
  row: ConversionsTable;
  refund: ConversionRefundsTable | null;
}

/**
 * The conversion that follows a click, stored as recordConversion stores it: attribution by the real M11 function
 * (code first, else the click within the window). About 5% leads, 40% orders with the creator's code (a few with
 * another creator's code: a conflict), 43% orders by the click, 10% orders with neither (unattributed), 2% in
 * another currency; 7% of orders are refunded, fully or partly.
 */
export function conversionAfter(
  click: BenchClick,
  sequence: number,
  codes: Map<string, CodeOf>,
  allCodes: CodeOf[],
  random: () => number,
): GeneratedConversion {
  const occurredAt = new Date(click.at + Math.floor(5 + random() * 3 * 24 * 60) * 60_000).toISOString();
  const kind = random();
  const lead = kind < 0.05;
  const ownCode = codes.get(click.creatorId) as CodeOf;
  const code =
    kind >= 0.05 && kind < 0.45 ? (random() < 0.03 ? allCodes[sequence % allCodes.length] : ownCode) : null;
  const withClick =
    lead || (kind >= 0.45 && kind < 0.88) || kind >= 0.98 || (code !== null && random() < 0.5);
  const currency = lead ? null : kind >= 0.98 ? "USD" : benchCampaign.currency;
  const amount = lead ? null : 2_900 + Math.floor(random() * 22_000);
  const attribution = attributeConversion({
    occurredAt,
    codes: code
      ? [{ discountCodeId: code.discountCodeId, campaignId: click.campaignId, creatorId: code.creatorId }]
      : [],
    clicks: withClick
      ? [
          {
            clickId: click.clickId,
            linkId: click.linkId,
            campaignId: click.campaignId,
            creatorId: click.creatorId,
            occurredAt: new Date(click.at).toISOString(),
            attributionWindowDays: benchCampaign.attributionWindowDays,
          },
        ]
      : [],
  });
  const conversionId = newId();
  const refunded =
    amount !== null && random() < 0.07 ? (random() < 0.6 ? amount : Math.round(amount / 3)) : 0;
  return {
    row: {
      id: conversionId,
      organisation_id: click.organisationId,
      order_id: `${lead ? "LEAD" : "BO"}-${sequence}`,
      type: lead ? "lead" : "order",
      source: "api",
      occurred_at: occurredAt,
      amount,
      refunded_amount: refunded,
      currency,
      customer_id: `customer-${Math.floor(random() * 150_000)}`,
      is_new_customer: lead ? null : random() < 0.65 ? 1 : 0,
      discount_codes: JSON.stringify(code ? [code.code] : []),
      click_id: withClick ? click.clickId : null,
      landing_url: null,
      attribution: attribution.reason,
      campaign_id: attribution.campaignId,
      creator_id: attribution.creatorId,
      discount_code_id: attribution.discountCodeId,
      attributed_click_id: attribution.clickId,
      link_id: attribution.linkId,
      conflicting_creator_id: attribution.conflictingCreatorId,
      created_at: nowIso(),
      verified_at: occurredAt,
      verified_by: "api",
    },
    refund: refunded
      ? refundOf(click.organisationId, conversionId, sequence, refunded, occurredAt, random)
      : null,
  };
}

/** A refund as recordRefund stores it; the conversion's refunded_amount carries the same sum. */
function refundOf(
  organisationId: string,
  conversionId: string,
  sequence: number,
  amount: number,
  orderAt: string,
  random: () => number,
): ConversionRefundsTable {
  return {
    id: newId(),
    organisation_id: organisationId,
    conversion_id: conversionId,
    refund_key: `refund-${sequence}`,
    amount,
    occurred_at: new Date(Date.parse(orderAt) + Math.floor((2 + random() * 8) * DAY)).toISOString(),
    created_at: nowIso(),
  };
}

export interface Loaded {
  organisationId: string;
  campaignId: string;
  apiKey: string;
  seconds: { setup: number; clicks: number; rollup: number; conversions: number };
}

/** Multi-row inserts (under PostgreSQL's 65,535 parameters) in one transaction per call. */
async function insertConversions(
  db: Kysely<Database>,
  rows: ConversionsTable[],
  refunds: ConversionRefundsTable[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1_000)
      await trx
        .insertInto("conversions")
        .values(rows.slice(i, i + 1_000))
        .execute();
    for (let i = 0; i < refunds.length; i += 1_000)
      await trx
        .insertInto("conversion_refunds")
        .values(refunds.slice(i, i + 1_000))
        .execute();
  });
}

/**
 * Loads the campaign: the small things through the modules' own functions, clicks through the real ClickWriter and
 * ClickRollup, conversions in multi-row batches exactly as recordConversion and recordRefund store them.
 */
export async function loadBenchCampaign(
  database: AmplioDatabase,
  dialect: DialectName,
  options: { clicks: number; creators: number; publicUrl: string; log: (message: string) => void },
): Promise<Loaded> {
  const { clicks: clickTotal, creators: creatorCount, publicUrl, log } = options;
  const { db } = database;
  const actor = systemActor("bench");
  let started = performance.now();
  const organisation = await db.transaction().execute((trx) =>
    createOrganisation(trx, {
      name: "Bench Outdoor",
      slug: `bench-report-${dialect}`,
      kind: "brand",
      actor,
    }),
  );
  const ctx = { organisationId: organisation.id, actor };
  const { key } = await createApiKey(db, {
    organisationId: organisation.id,
    name: "bench",
    actor,
    createdBy: null,
  });
  const campaign = await createCampaign(db, ctx, benchCampaign);
  const creators = benchCreators(creatorCount);
  const views = await db.transaction().execute((trx) =>
    insertCreators(
      trx,
      organisation.id,
      creators.map((c) => c.input),
    ),
  );
  const creatorIds = views.map((v) => v.id);
  await addCreatorsToCampaign(db, ctx, campaign.id, creatorIds);
  const links: LinkOf[] = [];
  for (const creator of creators) {
    const creatorId = creatorIds[creator.index] as string;
    const offer = await proposeOffer(db, ctx, campaign.id, creatorId, {
      terms: offerTerms(creator),
      proposedBy: "brand",
    });
    await acceptOffer(
      db,
      { ...ctx, creatorId },
      { publicUrl: "http://localhost:3000", smtpUrl: null },
      offer.id,
      {
        acceptedName: creator.input.name,
        consent: true,
        termsSha256: offer.termsSha256,
        ip: null,
        userAgent: null,
      },
    );
    const link = await createLink(
      db,
      ctx,
      campaign.id,
      { creatorId, destinationUrl: "https://bench-outdoor.example.com/autumn" },
      publicUrl,
    );
    links.push({ creatorId, linkId: link.id });
    for (let n = 0; n < creator.posts; n++) {
      const at = postedAt(creator, n);
      const post = await recordLivePost(
        db,
        ctx,
        campaign.id,
        {
          creatorId,
          platform: creator.platform,
          format: creator.format,
          url: postUrl[creator.platform](`bench${creator.index}x${n}`),
          postedAt: new Date(at).toISOString(),
          caption: "#ad Autumn on the trail with @benchoutdoor",
          amplifications:
            n === 0 && creator.index % 5 === 0
              ? [
                  {
                    kind: "whitelisting",
                    spend: 25_000,
                    startDate: new Date(at).toISOString().slice(0, 10),
                    endDate: new Date(at + 7 * DAY).toISOString().slice(0, 10),
                  },
                ]
              : [],
        },
        { publicUrl },
      );
      const finalReach = Math.round(creator.followers * (0.2 + (creator.index % 7) * 0.04));
      for (const day of [1, 3, 7]) {
        const reach = Math.round(finalReach * (1 - Math.exp(-day / 3)));
        const engagements = reach * 0.045;
        await recordPostMetrics(db, ctx, post.id, {
          capturedAt: new Date(at + day * DAY).toISOString(),
          source: "manual",
          reach,
          impressions: Math.round(reach * 1.5),
          views: Math.round(reach * 1.9),
          likes: Math.round(engagements * 0.86),
          comments: Math.round(engagements * 0.05),
          shares: Math.round(engagements * 0.04),
          saves: Math.round(engagements * 0.05),
          linkClicks: Math.round(reach * 0.004),
        });
      }
    }
  }
  const codes = await createDiscountCodes(
    db,
    ctx,
    campaign.id,
    creators.map((c) => ({
      creatorId: creatorIds[c.index] as string,
      code: `TRAIL${c.index}`,
      valueType: "percent" as const,
      value: 0.1,
    })),
  );
  const codeOf: CodeOf[] = codes.map((c) => ({ creatorId: c.creatorId, discountCodeId: c.id, code: c.code }));
  const codeByCreator = new Map(codeOf.map((c) => [c.creatorId, c]));
  const setup = (performance.now() - started) / 1000;
  log(
    `${dialect}: org, campaign, ${creatorCount} creators, contracts, links, codes, posts: ${setup.toFixed(1)} s`,
  );

  started = performance.now();
  const writer = new ClickWriter(db, database.sqlite);
  const random = seeded(23);
  let written = 0;
  let conversions: ConversionsTable[] = [];
  let refunds: ConversionRefundsTable[] = [];
  let conversionSeconds = 0;
  let conversionCount = 0;
  for (const events of clickHours(organisation.id, campaign.id, creators, links, clickTotal)) {
    await writer.write(batchOf(events));
    for (const event of events) {
      if (written % clicksPerConversion === 0) {
        const generated = conversionAfter(event, conversionCount++, codeByCreator, codeOf, random);
        conversions.push(generated.row);
        if (generated.refund) refunds.push(generated.refund);
      }
      written += 1;
    }
    if (conversions.length >= 20_000) {
      const t = performance.now();
      await insertConversions(db, conversions, refunds);
      conversionSeconds += (performance.now() - t) / 1000;
      conversions = [];
      refunds = [];
    }
    if (written % 1_000_000 < events.length)
      log(`${dialect}: ${written.toLocaleString("en")} clicks written`);
  }
  const t = performance.now();
  await insertConversions(db, conversions, refunds);
  conversionSeconds += (performance.now() - t) / 1000;
  const clickSeconds = (performance.now() - started) / 1000 - conversionSeconds;
  log(
    `${dialect}: ${written.toLocaleString("en")} clicks in ${clickSeconds.toFixed(1)} s, ${conversionCount.toLocaleString("en")} conversions in ${conversionSeconds.toFixed(1)} s; rolling up…`,
  );
  started = performance.now();
  const counted = await new ClickRollup(db, database.sqlite).run();
  const rollup = (performance.now() - started) / 1000;
  log(`${dialect}: rolled up ${counted.toLocaleString("en")} clicks in ${rollup.toFixed(1)} s`);
  if (counted !== clickTotal) throw new Error(`the rollup counted ${counted} of ${clickTotal} clicks`);
  // PostgreSQL's autovacuum analyses tables this size within a minute of the load; SQLite never does (nor does Amplio).
  if (dialect === "postgres") await sql`analyze`.execute(db);
  return {
    organisationId: organisation.id,
    campaignId: campaign.id,
    apiKey: key,
    seconds: { setup, clicks: clickSeconds, rollup, conversions: conversionSeconds },
  };
}
