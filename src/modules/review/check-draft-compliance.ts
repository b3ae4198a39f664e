import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { briefComplianceInput } from "../briefs/brief-compliance-input.js";
import { getBrief } from "../briefs/get-brief.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { checkCompliance } from "../compliance/check-compliance.js";
import type { ComplianceResult } from "../compliance/finding.js";
import type { MaterialConnection } from "../compliance/material-connection.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { Compensation } from "../contracts/offer-terms.js";
import type { Platform } from "../creators/tiers.js";
import { listLinks } from "../tracking/list-links.js";

// C1: the material connection comes from the signed terms, never from the caption.
function connectionOf(compensation: Compensation): MaterialConnection {
  if (compensation.model === "product_seeding") return "gift";
  if (compensation.model === "affiliate") return "affiliate";
  return "paid";
}

/** The creator's own active tracking link in the campaign, which the caption must carry when there is one (C6). */
export async function creatorTrackingLink(
  db: Kysely<Database>,
  organisationId: string,
  member: { campaignId: string; creatorId: string },
  publicUrl: string,
): Promise<string | null> {
  const { items: links } = await listLinks(
    db,
    organisationId,
    member.campaignId,
    publicUrl,
    member.creatorId,
  );
  return links.find((l) => l.status === "active")?.shortUrl ?? null;
}

// A server without a public host name (http://localhost) hands out links the checker cannot compare; those are
// left to the person reviewing rather than failing every draft.
function usableLink(link: string | null): string | null {
  if (!link) return null;
  try {
    checkCompliance({ caption: "", platform: "instagram", jurisdiction: "us", trackingLink: link });
    return link;
  } catch {
    return null;
  }
}

/** Runs the compliance checker on a caption with what the campaign, the brief and the contract say (C1–C6). */
export async function checkDraftCompliance(
  db: Kysely<Database>,
  organisationId: string,
  deliverable: { campaignId: string; creatorId: string; platform: Platform },
  caption: string,
  publicUrl: string,
): Promise<ComplianceResult> {
  const campaign = await getCampaign(db, organisationId, deliverable.campaignId);
  const brief = await getBrief(db, organisationId, deliverable.campaignId, deliverable.creatorId);
  const {
    items: [contract],
  } = await listContracts(db, organisationId, {
    campaignId: deliverable.campaignId,
    creatorId: deliverable.creatorId,
    inForceOnly: true,
  });
  const fromBrief = briefComplianceInput(brief.content);
  const link = usableLink(await creatorTrackingLink(db, organisationId, deliverable, publicUrl));
  return checkCompliance({
    caption,
    platform: deliverable.platform,
    brand: campaign.brand || undefined,
    ...(contract ? { connection: connectionOf(contract.terms.compensation) } : {}),
    ...fromBrief,
    trackingLink: fromBrief.trackingLink ?? link ?? undefined,
  });
}
