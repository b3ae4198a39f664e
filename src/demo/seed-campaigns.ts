import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import type { Actor } from "../modules/audit/actor.js";
import { addCreatorsToCampaign } from "../modules/campaigns/add-creators-to-campaign.js";
import { createCampaign } from "../modules/campaigns/create-campaign.js";
import { moveCreatorStage } from "../modules/campaigns/move-creator-stage.js";
import { acceptOffer } from "../modules/contracts/accept-offer.js";
import type { OfferTerms } from "../modules/contracts/offer-terms.js";
import { proposeOffer } from "../modules/contracts/propose-offer.js";
import { listCreatorAccounts } from "../modules/creators/list-creator-accounts.js";
import { markMessageSent } from "../modules/outreach/mark-message-sent.js";
import { updateOutreachSettings } from "../modules/outreach/outreach-settings.js";
import { logReply } from "../modules/outreach/record-reply.js";
import { sendCampaignEmail } from "../modules/outreach/send-campaign-email.js";
import { createTemplate } from "../modules/outreach/templates.js";
import { addDays, dayOf } from "../shared/time.js";

const firstContact = {
  name: "First contact",
  subject: "{{brand.name}} × {{creator.firstName}}: {{campaign.name}}",
  body: "Hi {{creator.firstName}},\n\nI'm {{sender.name}} from {{brand.name}}. We love what you post as {{creator.handle}} and would like you in {{campaign.name}} ({{campaign.startDate}} to {{campaign.endDate}}).\n\nCould we send you the brief?\n\nBest,\n{{sender.name}}",
};
const nudge = {
  name: "Friendly nudge",
  subject: "Following up",
  body: "Hi {{creator.firstName}}, just bumping this in case it got buried. Happy to answer any questions about {{campaign.name}}.\n\n{{sender.name}}",
};

const usageRights = {
  channels: ["instagram", "website"],
  durationDays: 90,
  paidAds: true,
  whitelisting: false,
};
const onSigningAndLive = [
  { trigger: "on_signing" as const, share: 0.5 },
  { trigger: "on_live" as const, share: 0.5 },
];

function terms(
  compensation: OfferTerms["compensation"],
  dueDate: string,
  type: OfferTerms["collaborationType"],
): OfferTerms {
  return {
    collaborationType: type,
    deliverables: [{ platform: "instagram", format: "reel", quantity: 2, dueDate, draftDueDate: null }],
    usageRights,
    exclusivity: { category: "outdoor apparel", periodDays: 60 },
    compensation,
    disclosure: "Every post must be clearly labelled as an advertisement (for example #ad) at its start.",
  };
}

type Compensation = OfferTerms["compensation"];

const models: {
  flatFee: (amount: number) => Compensation;
  affiliate: Compensation;
  seeding: Compensation;
  hybrid: Compensation;
} = {
  flatFee: (amount) => ({ model: "flat_fee", amount, schedule: onSigningAndLive }),
  affiliate: {
    model: "affiliate",
    basis: "percent_of_net_revenue",
    rate: 0.15,
    attributionWindowDays: 30,
    cookie: true,
  },
  seeding: {
    model: "product_seeding",
    products: [
      { name: "Ridgeline trail jacket", retailValue: 18_999, quantity: 1 },
      { name: "Merino hiking socks", retailValue: 1_899, quantity: 3 },
    ],
  },
  hybrid: {
    model: "hybrid",
    fee: { amount: 120_000, schedule: onSigningAndLive },
    commission: { basis: "percent_of_net_revenue", rate: 0.08, attributionWindowDays: 30, cookie: true },
    bonuses: [{ metric: "conversions", threshold: 150, amount: 30_000 }],
  },
};

/**
 * Three campaigns in different phases: one being planned, one in collaboration with creators across the pipeline,
 * one live and measured with a contract of each compensation model. Deterministic: it picks creators by rank.
 */
export async function seedCampaigns(
  db: Kysely<Database>,
  input: { organisationId: string; actor: Actor; publicUrl?: string },
): Promise<void> {
  const ctx = { organisationId: input.organisationId, actor: input.actor };
  const env = { publicUrl: input.publicUrl ?? "http://localhost:3000", smtpUrl: null };
  await updateOutreachSettings(db, ctx, {
    senderName: "Dana Whitfield",
    senderEmail: "partnerships@northwind-outdoor.example",
    dailySendLimit: 100,
  });
  const first = await createTemplate(db, ctx, firstContact);
  const followUp = await createTemplate(db, ctx, nudge);
  const accounts = await listCreatorAccounts(db, input.organisationId, { limit: 200, platform: "instagram" });
  const seen = new Set<string>();
  const creators = accounts.items
    .filter((a) => a.followers < 400_000 && !seen.has(a.creatorId) && seen.add(a.creatorId))
    .map((a) => a.creatorId);
  const pick = (from: number, count: number) => creators.slice(from, from + count);
  // The running and the upcoming campaign move with the day the demo is made, so its home page always has live
  // work; the measured campaign stays in the past with its fixed history.
  const today = dayOf(new Date());

  await createCampaign(db, ctx, {
    name: "Winter Layers",
    goal: "awareness",
    startDate: addDays(today, 10),
    endDate: addDays(today, 70),
    currency: "EUR",
    budget: 4_000_000,
    idealCustomerProfile: {
      countries: ["DE", "NL", "GB"],
      ageMin: 25,
      ageMax: 44,
      niches: ["outdoor", "hiking"],
      tiers: ["micro", "mid"],
    },
    competitorBrands: ["Summit Co", "Peakline"],
    kpis: [
      { metric: "impressions", comparison: "gte", target: 2_000_000 },
      { metric: "engagement_rate", comparison: "gte", target: 0.03 },
      { metric: "cpm", comparison: "lte", target: 1_200 },
    ],
  });

  const spring = await createCampaign(db, ctx, {
    name: "Spring Trail Launch",
    goal: "conversion",
    startDate: addDays(today, -30),
    endDate: addDays(today, 90),
    currency: "EUR",
    budget: 5_000_000,
    attributionWindowDays: 30,
    idealCustomerProfile: {
      countries: ["DE", "GB", "US"],
      ageMin: 18,
      ageMax: 34,
      niches: ["hiking", "camping"],
      languages: ["en", "de"],
    },
    competitorBrands: ["Summit Co"],
    kpis: [
      { metric: "conversions", comparison: "gte", target: 500 },
      { metric: "cac", comparison: "lte", target: 2_500 },
      { metric: "engagement_rate", comparison: "gte", target: 0.03 },
    ],
  });
  const springCreators = pick(0, 12);
  await addCreatorsToCampaign(db, ctx, spring.id, springCreators);
  const emailed = springCreators.slice(3);
  for (const [index, creatorId] of emailed.entries()) {
    const message = await sendCampaignEmail(db, ctx, env, spring.id, creatorId, {
      ...firstContact,
      templateId: first.id,
      followUps: index < 3 ? [{ templateId: followUp.id, afterDays: 4 }] : [],
    }).catch((error: unknown) => {
      // Generated creators without an email address are skipped, as a person would skip them.
      if (error instanceof AppError && error.code === "validation") return null;
      throw error;
    });
    if (!message) continue;
    // Most of the demo conversation went out by hand from the outbox; the first few are still waiting there.
    if (index >= 2) await markMessageSent(db, ctx, message.id);
    if (index >= 4)
      await logReply(db, ctx, spring.id, creatorId, {
        text: "Thanks! Happy to hear more, what do you have in mind?",
      });
  }
  const [declines, negotiate1, negotiate2, contract1, contract2] = emailed.slice(4);
  if (declines)
    await moveCreatorStage(db, ctx, spring.id, declines, {
      stage: "declined",
      reason: "Fully booked until summer",
    });
  for (const [creatorId, amount] of [
    [negotiate1, 150_000],
    [negotiate2, 90_000],
  ] as const)
    if (creatorId)
      await proposeOffer(db, ctx, spring.id, creatorId, {
        terms: terms(models.flatFee(amount), addDays(today, 14), "sponsored_post"),
        proposedBy: "brand",
      });
  const contracted: Array<[string | undefined, Compensation, OfferTerms["collaborationType"]]> = [
    [contract1, models.flatFee(180_000), "sponsored_post"],
    [contract2, models.seeding, "review"],
  ];
  for (const [creatorId, compensation, type] of contracted) {
    if (!creatorId) continue;
    const offer = await proposeOffer(db, ctx, spring.id, creatorId, {
      terms: terms(compensation, addDays(today, 21), type),
      proposedBy: "brand",
    });
    await acceptOffer(db, { ...ctx, creatorId }, env, offer.id, {
      acceptedName: "Creator (demo)",
      consent: true,
      termsSha256: offer.termsSha256,
      ip: null,
      userAgent: null,
    });
  }

  const summer = await createCampaign(db, ctx, {
    name: "Summer Summit Series",
    goal: "consideration",
    startDate: "2025-06-01",
    endDate: "2025-08-31",
    currency: "EUR",
    budget: 12_000_000,
    idealCustomerProfile: {
      countries: ["DE", "AT", "CH"],
      niches: ["climbing", "outdoor"],
      languages: ["de"],
    },
    kpis: [
      { metric: "engagement_rate", comparison: "gte", target: 0.035 },
      { metric: "clicks", comparison: "gte", target: 20_000 },
      { metric: "roas", comparison: "gte", target: 3 },
    ],
  });
  const summerCreators = pick(12, 4);
  await addCreatorsToCampaign(db, ctx, summer.id, summerCreators);
  const summerTerms: Array<[Compensation, OfferTerms["collaborationType"]]> = [
    [models.flatFee(200_000), "tutorial"],
    [models.affiliate, "affiliate"],
    [models.seeding, "giveaway"],
    [models.hybrid, "ambassador"],
  ];
  for (const [index, creatorId] of summerCreators.entries()) {
    const [compensation, type] = summerTerms[index] as (typeof summerTerms)[number];
    const offer = await proposeOffer(db, ctx, summer.id, creatorId, {
      terms: terms(compensation, "2025-07-10", type),
      proposedBy: "brand",
    });
    await acceptOffer(db, { ...ctx, creatorId }, env, offer.id, {
      acceptedName: "Creator (demo)",
      consent: true,
      termsSha256: offer.termsSha256,
      ip: null,
      userAgent: null,
    });
    // The campaign ran in 2025 and its contracts were signed before it began; acceptance stamps the present, so the
    // demo dates them back: commissions accrue only on orders from the day a contract took effect (M13).
    await db
      .updateTable("contracts")
      .set({ accepted_at: "2025-05-26T09:00:00.000Z" })
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", summer.id)
      .where("creator_id", "=", creatorId)
      .execute();
    for (const stage of ["in_production", "live", "completed"] as const) {
      if (stage === "completed" && index % 2 === 1) break;
      await moveCreatorStage(db, ctx, summer.id, creatorId, { stage });
    }
  }
}
