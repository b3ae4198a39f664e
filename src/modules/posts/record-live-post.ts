import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { moveCreatorStage } from "../campaigns/move-creator-stage.js";
import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import { checkDraftCompliance } from "../review/check-draft-compliance.js";
import { type AmplificationInput, insertAmplifications } from "./add-amplification.js";
import { listCampaignPosts } from "./list-campaign-posts.js";
import { normalisePostUrl } from "./post-url.js";
import type { LivePostView } from "./post-view.js";

export interface LivePostInput {
  creatorId: string;
  platform: Platform;
  format: ContentFormat;
  url: string;
  postedAt: string;
  caption?: string | null;
  amplifications?: AmplificationInput[];
}

const postableStages = new Set(["contracted", "in_production", "live", "completed"]);

/**
 * Records a post that went live. Only creators with signed terms post for a campaign; a creator still in production
 * moves to live, with the move recorded like any other.
 */
export async function recordLivePost(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  input: LivePostInput,
  options: { publicUrl: string },
): Promise<LivePostView> {
  return inTransaction(db, async (trx) => {
    const member = await getCampaignCreator(trx, ctx.organisationId, campaignId, input.creatorId);
    if (!postableStages.has(member.stage))
      throw invalidField(
        "creatorId",
        `the creator is ${member.stage}: a post goes live only under signed terms`,
      );
    if (Date.parse(input.postedAt) > Date.now() + 5 * 60_000)
      throw invalidField("postedAt", "is in the future");
    const url = normalisePostUrl(input.platform, input.url);
    // Every live caption gets the same disclosure check as a draft (C1–C7), against the brief and the contract.
    const compliance = input.caption
      ? await checkDraftCompliance(
          trx,
          ctx.organisationId,
          { campaignId, creatorId: input.creatorId, platform: input.platform },
          input.caption,
          options.publicUrl,
        )
      : null;
    const id = newId();
    try {
      await trx
        .insertInto("live_posts")
        .values({
          id,
          organisation_id: ctx.organisationId,
          campaign_id: campaignId,
          creator_id: input.creatorId,
          platform: input.platform,
          format: input.format,
          url,
          posted_at: new Date(input.postedAt).toISOString(),
          caption: input.caption ?? null,
          compliance: compliance ? JSON.stringify(compliance) : null,
          created_at: nowIso(),
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("conflict", "This post is already recorded.", {
          errors: [{ field: "url", message: "already recorded" }],
        });
      throw error;
    }
    await insertAmplifications(trx, ctx.organisationId, id, input.amplifications ?? [], "amplifications");
    if (member.stage === "contracted")
      await moveCreatorStage(trx, ctx, campaignId, input.creatorId, { stage: "in_production" });
    if (member.stage === "contracted" || member.stage === "in_production")
      await moveCreatorStage(trx, ctx, campaignId, input.creatorId, { stage: "live" });
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "post.recorded",
      targetType: "live_post",
      targetId: id,
      details: { campaignId, creatorId: input.creatorId, url },
    });
    const { items: posts } = await listCampaignPosts(trx, ctx.organisationId, campaignId);
    const post = posts.find((p) => p.id === id);
    if (!post) throw new Error("a recorded post could not be read back");
    return post;
  });
}
