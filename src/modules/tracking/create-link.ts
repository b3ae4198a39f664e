import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { OrgAuth } from "../../http/auth.js";
import { AppError, invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { findDeliverableRow } from "../review/review-actor.js";
import { parseDestinationUrl, withUtm } from "./destination-url.js";
import { bumpLinksVersion } from "./link-cache.js";
import { assertSlug, generateLinkCode } from "./link-code.js";
import { type LinkView, toLinkView } from "./link-view.js";
import type { TrackingLinksTable } from "./schema.js";

export interface CreateLinkInput {
  creatorId: string;
  destinationUrl: string;
  slug?: string;
  deliverableId?: string;
}

/** A tracking link for a creator in a campaign, tagged utm_source=<platform> … utm_content=<handle>. */
export async function createLink(
  db: Kysely<Database>,
  auth: Pick<OrgAuth, "organisationId" | "actor">,
  campaignId: string,
  input: CreateLinkInput,
  publicUrl: string,
): Promise<LinkView> {
  const destination = parseDestinationUrl(input.destinationUrl);
  const slug = input.slug === undefined ? undefined : assertSlug(input.slug);
  const member = await getCampaignCreator(db, auth.organisationId, campaignId, input.creatorId);
  if (input.deliverableId !== undefined) {
    // The link counts towards that deliverable: it must be this creator's, in this campaign, in this organisation.
    const deliverable = await findDeliverableRow(
      db,
      { organisationId: auth.organisationId, creatorId: input.creatorId },
      input.deliverableId,
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    });
    if (deliverable?.campaign_id !== campaignId)
      throw invalidField("deliverableId", "is not one of this creator's deliverables in this campaign");
  }
  const targetUrl = withUtm(destination, {
    source: member.primaryAccount?.platform ?? "",
    campaign: member.campaignSlug,
    content: member.primaryAccount?.handle ?? "",
  });
  const now = nowIso();
  // A generated code colliding is a ~1-in-10^14 event per pair; retrying a few times makes it vanish.
  for (let attempt = 0; ; attempt++) {
    const row: TrackingLinksTable = {
      id: newId(),
      organisation_id: auth.organisationId,
      campaign_id: campaignId,
      creator_id: input.creatorId,
      deliverable_id: input.deliverableId ?? null,
      code: slug ?? generateLinkCode(),
      destination_url: destination.href,
      target_url: targetUrl,
      status: "active",
      created_at: now,
      updated_at: now,
    };
    try {
      await inTransaction(db, async (trx) => {
        await trx.insertInto("tracking_links").values(row).execute();
        await bumpLinksVersion(trx);
        await recordAuditEvent(trx, {
          organisationId: auth.organisationId,
          actor: auth.actor,
          action: "tracking_link.created",
          targetType: "tracking_link",
          targetId: row.id,
          details: { campaignId, creatorId: input.creatorId, code: row.code },
        });
      });
      return toLinkView(row, publicUrl);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (slug)
        throw new AppError("conflict", `The slug "${slug}" is taken.`, {
          errors: [{ field: "slug", message: "already used by another link" }],
        });
      if (attempt >= 4) throw error;
    }
  }
}
