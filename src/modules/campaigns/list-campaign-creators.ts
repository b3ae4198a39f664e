import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { listContracts, listOffers } from "../contracts/list-contracts.js";
import type { Platform, Tier } from "../creators/tiers.js";
import { type OverdueDeliverables, overdueDeliverablesByCreator } from "../review/overdue-deliverables.js";
import { findCampaignRow } from "./campaign-view.js";
import type { CollaborationType } from "./collaboration-types.js";
import { isActive, type Stage } from "./stages.js";

export interface PipelineEntry {
  creatorId: string;
  name: string;
  email: string | null;
  primaryAccount: { platform: Platform; handle: string; followers: number; tier: Tier } | null;
  stage: Stage;
  stageReason: string | null;
  stageChangedAt: string;
  collaborationType: CollaborationType | null;
  termMonths: number | null;
  deliverablesPerMonth: number | null;
  termEndsOn: string | null;
  contract: { id: string; version: number; committedAmount: number; model: string } | null;
  openOffer: { id: string; version: number; proposedBy: "brand" | "creator"; committedAmount: number } | null;
  /** Deliverables past their due date on `now` and not yet approved; null when none. */
  overdue: OverdueDeliverables | null;
  addedAt: string;
}

/**
 * The campaign's pipeline in the order creators were added: each creator with their stage, terms in force, the open
 * offer and what is overdue. One page, or every creator without one.
 */
export async function listCampaignCreators(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  options: { page?: PageRequest; now?: Date } = {},
): Promise<Page<PipelineEntry>> {
  const now = options.now ?? new Date();
  await findCampaignRow(db, organisationId, campaignId);
  // Creators are read through a join on the pipeline; the creators module owns no per-campaign view to call.
  const { items: members, nextCursor } = await keysetPage(
    db
      .selectFrom("campaign_creators")
      .innerJoin("creators", "creators.id", "campaign_creators.creator_id")
      .select([
        "campaign_creators.creator_id",
        "campaign_creators.stage",
        "campaign_creators.stage_reason",
        "campaign_creators.stage_changed_at",
        "campaign_creators.collaboration_type",
        "campaign_creators.term_months",
        "campaign_creators.deliverables_per_month",
        "campaign_creators.term_ends_on",
        "campaign_creators.created_at",
        "creators.name",
        "creators.email",
      ])
      .where("campaign_creators.organisation_id", "=", organisationId)
      .where("campaign_creators.campaign_id", "=", campaignId),
    [
      { by: "campaign_creators.created_at", direction: "asc", value: (m) => m.created_at },
      { by: "campaign_creators.creator_id", direction: "asc", value: (m) => m.creator_id },
    ],
    options.page,
  );
  const creatorIds = members.map((m) => m.creator_id);
  const accounts = new Map<string, PipelineEntry["primaryAccount"]>();
  for (let i = 0; i < creatorIds.length; i += 500) {
    const rows = await db
      .selectFrom("social_accounts")
      .select(["creator_id", "platform", "handle", "followers", "tier"])
      .where("organisation_id", "=", organisationId)
      .where("creator_id", "in", creatorIds.slice(i, i + 500))
      .orderBy("followers", "desc")
      .execute();
    for (const row of rows)
      if (!accounts.has(row.creator_id))
        accounts.set(row.creator_id, {
          platform: row.platform,
          handle: row.handle,
          followers: row.followers,
          tier: row.tier,
        });
  }
  const contracts = new Map(
    (await listContracts(db, organisationId, { campaignId, inForceOnly: true })).items.map((c) => [
      c.creatorId,
      c,
    ]),
  );
  const openOffers = new Map(
    (await listOffers(db, organisationId, { campaignId })).items
      .filter((o) => o.status === "proposed")
      .map((o) => [o.creatorId, o]),
  );
  const overdue = await overdueDeliverablesByCreator(db, organisationId, campaignId, now);
  const items = members.map((m) => {
    const contract = contracts.get(m.creator_id);
    const offer = openOffers.get(m.creator_id);
    return {
      creatorId: m.creator_id,
      name: m.name,
      email: m.email,
      primaryAccount: accounts.get(m.creator_id) ?? null,
      stage: m.stage as Stage,
      stageReason: m.stage_reason,
      stageChangedAt: m.stage_changed_at,
      collaborationType: m.collaboration_type as CollaborationType | null,
      termMonths: m.term_months,
      deliverablesPerMonth: m.deliverables_per_month,
      termEndsOn: m.term_ends_on,
      contract: contract
        ? {
            id: contract.id,
            version: contract.version,
            committedAmount: contract.committedAmount,
            model: contract.terms.compensation.model,
          }
        : null,
      openOffer: offer
        ? {
            id: offer.id,
            version: offer.version,
            proposedBy: offer.proposedBy,
            committedAmount: offer.committedAmount,
          }
        : null,
      // A creator who declined or was dropped will deliver nothing: their open deliverables are not late, just moot.
      overdue: isActive(m.stage as Stage) ? (overdue.get(m.creator_id) ?? null) : null,
      addedAt: m.created_at,
    };
  });
  return { items, nextCursor };
}
