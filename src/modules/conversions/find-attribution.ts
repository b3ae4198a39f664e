import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { findDiscountCodes } from "../discount-codes/list-discount-codes.js";
import { clickMayStillArrive } from "../tracking/click-id.js";
import { findClicks } from "../tracking/find-clicks.js";
import { type Attribution, attributeConversion, type ClickCandidate } from "./attribute-conversion.js";

/** The `amp_cid` a landing URL carries (absolute, or a path such as Shopify's `landing_site`). */
function clickIdFromLandingUrl(landingUrl: string | null | undefined): string | null {
  if (!landingUrl) return null;
  try {
    return new URL(landingUrl, "https://landing.invalid").searchParams.get("amp_cid");
  } catch {
    return null;
  }
}

/** The click ids a conversion carries: the one given, then the one in its landing URL. */
export function conversionClickIds(
  clickId: string | null | undefined,
  landingUrl: string | null | undefined,
): string[] {
  return [clickId, clickIdFromLandingUrl(landingUrl)].filter((id): id is string => Boolean(id));
}

/** Writes the clicks this process answered and has not stored yet (the tracking runtime's), before a look-up. */
export type WriteAnsweredClicks = () => Promise<void>;

/**
 * M11 attribution of a conversion from what the click table and the codes say now. A click id not stored is first
 * looked for again after this process writes the clicks it has answered (a conversion can follow its click within
 * milliseconds); one still missing but young enough to be in another process's buffer is returned in
 * `awaitedClickIds`, for the caller to attribute again once it has arrived.
 */
export async function findAttribution(
  db: Kysely<Database>,
  organisationId: string,
  input: { occurredAt: string; discountCodes: string[]; clickIds: string[] },
  writeAnsweredClicks?: WriteAnsweredClicks,
): Promise<{ attribution: Attribution; awaitedClickIds: string[] }> {
  const codes = await findDiscountCodes(db, organisationId, input.discountCodes);
  const clicks = await findClicks(db, organisationId, input.clickIds);
  const missing = () => input.clickIds.filter((id) => !clicks.some((click) => click.clickId === id));
  if (missing().length > 0 && writeAnsweredClicks) {
    await writeAnsweredClicks();
    clicks.push(...(await findClicks(db, organisationId, missing())));
  }
  const windows = new Map<string, number>();
  const candidates: ClickCandidate[] = [];
  for (const click of clicks) {
    if (!windows.has(click.campaignId)) {
      const campaign = await getCampaign(db, organisationId, click.campaignId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      });
      windows.set(click.campaignId, campaign?.attributionWindowDays ?? -1);
    }
    const window = windows.get(click.campaignId) ?? -1;
    if (window >= 0) candidates.push({ ...click, attributionWindowDays: window });
  }
  const attribution = attributeConversion({
    occurredAt: input.occurredAt,
    codes: codes.map((c) => ({ discountCodeId: c.id, campaignId: c.campaignId, creatorId: c.creatorId })),
    clicks: candidates,
  });
  return { attribution, awaitedClickIds: missing().filter((id) => clickMayStillArrive(id)) };
}
