import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { recordLivePost } from "../posts/record-live-post.js";
import { checkDraftCompliance } from "./check-draft-compliance.js";
import type { DeliverableDetail } from "./deliverable-view.js";
import { getDeliverable } from "./get-deliverable.js";
import { queueTeamNotification } from "./notify-team.js";
import {
  findDeliverableRow,
  type ReviewActor,
  recordReviewEvent,
  setDeliverableStatus,
} from "./review-actor.js";

export interface LiveSubmission {
  url: string;
  postedAt: string;
  /** The caption as published; checked again, since it may differ from the approved draft. */
  caption?: string | null;
}

/** Records the approved deliverable's live post (which moves the creator to live) and checks its caption again. */
export async function submitLivePost(
  db: Kysely<Database>,
  who: ReviewActor,
  env: OutreachEnv,
  deliverableId: string,
  input: LiveSubmission,
): Promise<DeliverableDetail> {
  return inTransaction(db, async (trx) => {
    const row = await findDeliverableRow(trx, who, deliverableId);
    if (row.status !== "approved")
      throw new AppError(
        "conflict",
        row.status === "live"
          ? "The live post is already recorded."
          : "Only approved content goes live: wait for the brand's approval.",
        { errors: [{ field: "deliverableId", message: `deliverable is ${row.status}` }] },
      );
    const approved = await trx
      .selectFrom("deliverable_drafts")
      .select("caption")
      .where("deliverable_id", "=", row.id)
      .orderBy("version", "desc")
      .executeTakeFirstOrThrow();
    const caption = input.caption ?? approved.caption;
    const platform = row.platform as Platform;
    const post = await recordLivePost(
      trx,
      who,
      row.campaign_id,
      {
        creatorId: row.creator_id,
        platform,
        format: row.format as ContentFormat,
        url: input.url,
        postedAt: input.postedAt,
        caption,
      },
      { publicUrl: env.publicUrl },
    );
    // recordLivePost checked the live caption; a caption is always there, as the approved draft's is the default.
    const check =
      post.compliance ??
      (await checkDraftCompliance(
        trx,
        row.organisation_id,
        { campaignId: row.campaign_id, creatorId: row.creator_id, platform },
        caption,
        env.publicUrl,
      ));
    await setDeliverableStatus(trx, row, { status: "live", live_post_id: post.id });
    await recordReviewEvent(trx, who, row.id, {
      kind: "live_submitted",
      body: post.url,
      details: { livePostId: post.id, url: post.url, compliant: check.compliant, findings: check.findings },
    });
    if (who.author === "creator")
      await queueTeamNotification(trx, env, row.organisation_id, row.id, "live_submitted");
    return getDeliverable(trx, who, row.id);
  });
}
