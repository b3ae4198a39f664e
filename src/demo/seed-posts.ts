import { en, Faker } from "@faker-js/faker";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Actor } from "../modules/audit/actor.js";
import { listCampaignCreators } from "../modules/campaigns/list-campaign-creators.js";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import type { Platform } from "../modules/creators/tiers.js";
import { recordLivePost } from "../modules/posts/record-live-post.js";
import { recordPostComments } from "../modules/posts/record-post-comments.js";
import { recordPostMetrics } from "../modules/posts/record-post-metrics.js";
import { dayMs } from "../shared/time.js";
import type { MeasuredVolume } from "./seed-tracking.js";

/** A boosted post's spend (minor units) and what a thousand paid impressions cost. */
const paidSpendPerPost = 800_000;
const paidCpm = 600;

/** What an engaged outdoor audience writes under a sponsored post: mostly warm, some questions, a few complaints. */
const commentTexts = [
  "Love this jacket, looks perfect for alpine starts!",
  "This is so helpful, thank you for the honest review 🙌",
  "Great video, the views from the ridge are amazing",
  "Ordered one with your code, can't wait!",
  "Does it come in a longer cut?",
  "What size are you wearing?",
  "How does it hold up in heavy rain?",
  "Is the discount code still valid?",
  "Another ad... unfollowing",
  "Mine ripped after two weeks, really disappointed",
  "Way too expensive for what it is",
  "The zipper broke on my first hike, not impressed",
  "Beautiful shots as always, you inspire me to get outside",
];

const postUrl: Record<Platform, (id: string) => string> = {
  instagram: (id) => `https://www.instagram.com/reel/${id}/`,
  tiktok: (id) => `https://www.tiktok.com/@northwind/video/${id}`,
  youtube: (id) => `https://www.youtube.com/watch?v=${id}`,
  linkedin: (id) => `https://www.linkedin.com/posts/${id}`,
};

/**
 * Live posts for the demo's measured campaign: two reels per creator under contract, each with daily metric
 * snapshots that grow and level off as real posts do, so the report and its charts have content. Deterministic.
 */
export async function seedPosts(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    actor: Actor;
    campaignName: string;
    volume?: MeasuredVolume;
    publicUrl?: string;
  },
): Promise<number> {
  const faker = new Faker({ locale: [en], seed: 7 });
  // At full volume every post is boosted (whitelisted), as campaigns with this much traffic are: the paid reach is
  // what carries ~200,000 clicks at a believable click-through rate.
  const boosted = (input.volume ?? "full") === "full";
  const campaign = (await listCampaigns(db, input.organisationId)).items.find(
    (c) => c.name === input.campaignName,
  );
  if (!campaign) return 0;
  const ctx = { organisationId: input.organisationId, actor: input.actor };
  const { items: pipeline } = await listCampaignCreators(db, input.organisationId, campaign.id);
  let posts = 0;
  for (const entry of pipeline) {
    const account = entry.primaryAccount;
    if (!account || !["live", "completed"].includes(entry.stage)) continue;
    for (let n = 0; n < 2; n++) {
      const postedAt = new Date(
        Date.parse(`${campaign.startDate}T17:00:00Z`) + (10 + n * 25 + posts * 3) * dayMs,
      );
      const post = await recordLivePost(
        db,
        ctx,
        campaign.id,
        {
          creatorId: entry.creatorId,
          platform: account.platform,
          format:
            account.platform === "instagram" ? "reel" : account.platform === "linkedin" ? "post" : "video",
          url: postUrl[account.platform](faker.string.alphanumeric(11)),
          postedAt: postedAt.toISOString(),
          caption: `#ad ${faker.lorem.sentence()} @northwind.outdoor`,
          amplifications:
            boosted || (n === 0 && posts % 2 === 0)
              ? [
                  {
                    kind: "whitelisting",
                    spend: boosted ? paidSpendPerPost : 40_000,
                    startDate: postedAt.toISOString().slice(0, 10),
                    endDate: new Date(postedAt.getTime() + 7 * dayMs).toISOString().slice(0, 10),
                  },
                ]
              : [],
        },
        { publicUrl: input.publicUrl ?? "http://localhost:3000" },
      );
      posts += 1;
      const organicReach = account.followers * faker.number.float({ min: 0.18, max: 0.45 });
      // Paid impressions at the CPM below, seen ~1.5 times each.
      const paidReach = boosted ? ((paidSpendPerPost / paidCpm) * 1_000) / 1.5 : 0;
      const finalReach = Math.round(organicReach + paidReach);
      const engagementRate = faker.number.float({ min: 0.03, max: 0.07 });
      // Comments as the connectors would bring them in: over the first week, most in the first two days.
      await recordPostComments(
        db,
        input.organisationId,
        post.id,
        Array.from({ length: faker.number.int({ min: 25, max: 45 }) }, (_, i) => ({
          platformId: `${post.id}-c${i}`,
          text: faker.helpers.weightedArrayElement(
            commentTexts.map((value, index) => ({
              value,
              weight: index < 4 || index === 12 ? 5 : index < 8 ? 3 : 1,
            })),
          ),
          postedAt: new Date(
            postedAt.getTime() + 7 * dayMs * faker.number.float({ min: 0, max: 1 }) ** 2,
          ).toISOString(),
        })),
      );
      for (const day of [1, 3, 7, 14]) {
        const share = 1 - Math.exp(-day / 3);
        const reach = Math.round(finalReach * share);
        const engagements = reach * engagementRate;
        await recordPostMetrics(db, ctx, post.id, {
          capturedAt: new Date(postedAt.getTime() + day * dayMs).toISOString(),
          source: "manual",
          reach,
          impressions: Math.round(reach * faker.number.float({ min: 1.3, max: 1.7 })),
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
  return posts;
}
