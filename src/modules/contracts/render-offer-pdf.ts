import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCreator } from "../creators/creators.js";
import { splitBySchedule } from "./compensation.js";
import { toOfferView } from "./offer-view.js";
import { writeContractPdf } from "./render-contract-pdf.js";

/**
 * The contract an offer would become, before anyone accepts it: what the creator reads and accepts in the portal.
 * The same offer renders the same bytes, so the SHA-256 stored at acceptance is that of the file they downloaded.
 */
export async function renderOfferPdf(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId?: string },
  offerId: string,
): Promise<Buffer> {
  let query = db
    .selectFrom("offers")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("id", "=", offerId);
  if (who.creatorId) query = query.where("creator_id", "=", who.creatorId);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound("Offer");
  const offer = toOfferView(row);
  const campaign = await getCampaign(db, who.organisationId, offer.campaignId);
  const creator = await getCreator(db, who.organisationId, offer.creatorId);
  const c = offer.terms.compensation;
  const fee = c.model === "flat_fee" ? c : c.model === "hybrid" ? c.fee : null;
  return writeContractPdf({
    campaign,
    creator,
    terms: offer.terms,
    currency: campaign.currency,
    installments: fee ? splitBySchedule(fee.amount, fee.schedule) : [],
    status: `Offer version ${offer.version} · ${campaign.name} · not yet accepted`,
    createdAt: new Date(offer.createdAt),
    signature: null,
    footer: `Offer id ${offer.id}. SHA-256 of these terms: ${offer.termsSha256}.`,
  });
}
