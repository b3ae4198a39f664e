import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Actor } from "../modules/audit/actor.js";
import { saveBrief } from "../modules/briefs/save-brief.js";
import { listCampaignCreators } from "../modules/campaigns/list-campaign-creators.js";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { createDeliverable } from "../modules/review/create-deliverable.js";
import { decideReview } from "../modules/review/decide-review.js";
import { submitDraft } from "../modules/review/submit-draft.js";

/**
 * A brief and a review queue for the demo campaign: for two creators under contract, one draft
 * that fails the disclosure check and waits for review, and one approved. Deterministic.
 */
export async function seedReview(
  db: Kysely<Database>,
  input: { organisationId: string; actor: Actor; campaignName: string; publicUrl?: string },
): Promise<number> {
  const campaign = (await listCampaigns(db, input.organisationId)).items.find(
    (c) => c.name === input.campaignName,
  );
  if (!campaign) return 0;
  const ctx = { organisationId: input.organisationId, actor: input.actor };
  const env = { publicUrl: input.publicUrl ?? "http://localhost:3000", smtpUrl: null };
  await saveBrief(db, ctx, campaign.id, null, {
    objective: "Show the Summit jacket on a real summer hike and drive sign-ups for the trail guide.",
    keyMessages: ["Packs into its own pocket", "Waterproof, yet breathable on the climb"],
    talkingPoints: ["Where you hiked", "How the jacket handled the weather"],
    creativeGuidelines: "Natural light, the jacket in use; no studio shots.",
    dos: ["Tag the location", "Show the packed size"],
    donts: ["Do not claim the jacket is windproof in storms"],
    requiredHashtags: ["SummitSeries"],
    requiredMentions: ["@northwind.outdoor"],
    forbiddenTerms: ["stormproof"],
    requiredDisclosure: "",
    jurisdiction: "us",
    trackingLink: "",
    discountCode: "",
    referenceLinks: [{ label: "Product page", url: "https://northwind.example.com/summit" }],
    deadlines: [{ label: "Drafts due", date: campaign.startDate }],
  });
  const { items: pipeline } = await listCampaignCreators(db, input.organisationId, campaign.id);
  const underContract = pipeline
    .filter((e) => ["contracted", "in_production", "live"].includes(e.stage) && e.primaryAccount)
    .slice(0, 2);
  let drafts = 0;
  for (const [index, entry] of underContract.entries()) {
    const platform = entry.primaryAccount?.platform ?? "instagram";
    const deliverable = await createDeliverable(db, ctx, campaign.id, entry.creatorId, {
      title: "Summit hike reel",
      platform,
      format: platform === "instagram" ? "reel" : platform === "linkedin" ? "post" : "video",
      dueDate: campaign.startDate,
    });
    const creator = {
      organisationId: input.organisationId,
      actor: { type: "system" as const, id: null, label: `${entry.name} (creator portal)` },
      author: "creator" as const,
      creatorId: entry.creatorId,
    };
    const caption =
      index === 0
        ? "Took the Summit jacket up the ridge today, it is basically stormproof! #SummitSeries @northwind.outdoor"
        : "#ad Took the Summit jacket up the ridge today and it packed into its own pocket. #SummitSeries @northwind.outdoor";
    await submitDraft(db, creator, env, deliverable.id, { caption, media: [] });
    if (index === 1)
      await decideReview(db, { ...ctx, author: "brand" }, deliverable.id, { decision: "approve" });
    drafts += 1;
  }
  return drafts;
}
