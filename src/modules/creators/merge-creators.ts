import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { reassignCreatorBriefs } from "../briefs/reassign-creator.js";
import { reassignCreatorCampaigns } from "../campaigns/reassign-creator.js";
import { reassignCreatorContracts } from "../contracts/reassign-creator.js";
import { reassignCreatorConversions } from "../conversions/reassign-creator.js";
import { reassignCreatorDiscountCodes } from "../discount-codes/reassign-creator.js";
import { reassignCreatorLists } from "../discovery/reassign-creator.js";
import { reassignCreatorOutreach } from "../outreach/reassign-creator.js";
import { reassignCreatorPayouts } from "../payouts/reassign-creator.js";
import { reassignCreatorPortalTokens } from "../portal/reassign-creator.js";
import { reassignCreatorLivePosts } from "../posts/reassign-creator.js";
import { reassignCreatorDeliverables } from "../review/reassign-creator.js";
import { reassignCreatorTrackingLinks } from "../tracking/reassign-creator.js";
import { type CreatorView, getCreator } from "./creators.js";
import { nextChangeSeq } from "./next-change-seq.js";

export interface MergeInput {
  /** The creator folded into the survivor and then removed. */
  duplicateId: string;
  /** Whose value each creator-level field keeps; the survivor's unless said otherwise. */
  keep?: { name?: "survivor" | "duplicate"; email?: "survivor" | "duplicate" };
}

/**
 * Merges a duplicate creator into a survivor: every account, list membership and note, campaign collaboration and
 * what hangs off it (offers, contracts, briefs, content, links, codes, conversions, payouts, email threads, portal
 * links) moves to the survivor through each module's own reassign function; the chosen name and email stay; the
 * duplicate is removed. Audited. Run inside a transaction, so a refused step (both in one campaign) changes nothing.
 */
export async function mergeCreators(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  survivorId: string,
  input: MergeInput,
): Promise<CreatorView> {
  if (input.duplicateId === survivorId)
    throw invalidField("duplicateId", "choose a different creator to merge");
  const survivor = await getCreator(db, ctx.organisationId, survivorId);
  const duplicate = await getCreator(db, ctx.organisationId, input.duplicateId);
  const { organisationId } = ctx;
  const from = duplicate.id;
  const to = survivor.id;
  await reassignCreatorCampaigns(db, organisationId, from, to);
  await reassignCreatorLists(db, organisationId, from, to);
  await reassignCreatorContracts(db, organisationId, from, to);
  await reassignCreatorBriefs(db, organisationId, from, to);
  await reassignCreatorDeliverables(db, organisationId, from, to);
  await reassignCreatorLivePosts(db, organisationId, from, to);
  await reassignCreatorTrackingLinks(db, organisationId, from, to);
  await reassignCreatorDiscountCodes(db, organisationId, from, to);
  await reassignCreatorConversions(db, organisationId, from, to);
  await reassignCreatorPayouts(db, organisationId, from, to);
  await reassignCreatorOutreach(db, organisationId, from, to);
  await reassignCreatorPortalTokens(db, organisationId, from, to);

  const now = nowIso();
  // The moved accounts and the survivor's own take a new change number: search indexes re-read their creator.
  const changeSeq = await nextChangeSeq(db, organisationId);
  await db
    .updateTable("social_accounts")
    .set({ creator_id: to, change_seq: changeSeq, updated_at: now })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "in", [from, to])
    .execute();
  const name = input.keep?.name === "duplicate" ? duplicate.name : survivor.name;
  // Without a choice, the survivor's email, or the duplicate's when the survivor has none.
  const email =
    input.keep?.email === "duplicate"
      ? duplicate.email
      : input.keep?.email === "survivor"
        ? survivor.email
        : (survivor.email ?? duplicate.email);
  await db
    .updateTable("creators")
    .set({ name, email, updated_at: now })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", to)
    .execute();
  await db
    .deleteFrom("creators")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", from)
    .execute();
  await recordAuditEvent(db, {
    organisationId,
    actor: ctx.actor,
    action: "creator.merged",
    targetType: "creator",
    targetId: to,
    details: {
      duplicate: { id: from, name: duplicate.name, email: duplicate.email },
      accountsMoved: duplicate.accounts.map((a) => `${a.platform}:${a.handle}`),
      kept: { name, email },
    },
  });
  return getCreator(db, organisationId, to);
}
