import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { freezeContract, openOffer } from "./freeze-contract.js";
import type { ContractView } from "./offer-view.js";
import { renderOfferPdf } from "./render-offer-pdf.js";
import { sha256Hex, termsSha256 } from "./terms-hash.js";

export interface PortalAcceptance {
  /** The creator's full legal name, typed as their signature. */
  acceptedName: string;
  /** They ticked "I agree to these terms". */
  consent: boolean;
  /** The hash of the terms the creator was shown; a different one means the offer changed under them. */
  termsSha256: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The creator accepts the brand's open offer in the portal; its terms freeze into a contract. Only the creator
 * accepts, and only the terms they were shown: the stored evidence is their typed name, consent, the time, their
 * address and browser, and the SHA-256 of the terms and of the contract PDF rendered for them.
 */
export async function acceptOffer(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId: string; actor: Actor },
  env: OutreachEnv,
  offerId: string,
  acceptance: PortalAcceptance,
): Promise<ContractView> {
  const acceptedName = acceptance.acceptedName.trim();
  if (acceptedName.length < 2) throw invalidField("acceptedName", "type your full legal name to accept");
  if (!acceptance.consent) throw invalidField("consent", 'tick "I agree to these terms" to accept');
  return inTransaction(db, async (trx) => {
    const offer = await openOffer(trx, who.organisationId, offerId, who.creatorId);
    if (!offer) throw notFound("Offer");
    if (offer.proposed_by !== "brand")
      throw invalidField(
        "offerId",
        "you proposed this version; the brand answers it with an offer of its own",
      );
    const current = termsSha256(JSON.parse(offer.terms));
    if (current !== acceptance.termsSha256)
      throw new AppError(
        "conflict",
        "These terms changed since you opened them. Read the offer again before you accept.",
        { errors: [{ field: "termsSha256", message: "does not match the offer's terms" }] },
      );
    const pdf = await renderOfferPdf(trx, who, offer.id);
    return freezeContract(trx, who, env, offer, {
      acceptance_method: "portal",
      accepted_name: acceptedName,
      accepted_ip: acceptance.ip,
      accepted_user_agent: acceptance.userAgent?.slice(0, 500) ?? null,
      pdf_sha256: sha256Hex(pdf),
      signed_document_key: null,
      recorded_by: null,
    });
  });
}
