import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { briefFileLimits } from "../briefs/brief-file-type.js";
import { getCreator } from "../creators/creators.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import type { MediaStorage } from "../review/media-storage.js";
import { freezeContract, openOffer } from "./freeze-contract.js";
import type { ContractView } from "./offer-view.js";
import { sha256Hex } from "./terms-hash.js";

const fileError = (message: string) => ({ errors: [{ field: "file", message }] });

/**
 * Records that the creator accepted the open offer outside Amplio. The team cannot accept for the creator: the
 * signed document itself is the evidence, kept in media storage, and the contract says who uploaded it.
 */
export async function recordOutsideAcceptance(
  db: Kysely<Database>,
  storage: MediaStorage,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  offerId: string,
  bytes: Buffer,
): Promise<ContractView> {
  if (bytes.length === 0) throw new AppError("bad_request", "The upload is empty.", fileError("is empty"));
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new AppError(
      "unsupported_media_type",
      "Upload the signed contract as a PDF.",
      fileError("is not a PDF"),
    );
  const limit = briefFileLimits.pdf;
  if (bytes.length > limit)
    throw new AppError(
      "payload_too_large",
      `The signed document is larger than the ${limit / 1024 / 1024} MB allowed.`,
      fileError(`larger than ${limit / 1024 / 1024} MB`),
    );
  // Checked before the bytes are stored, so a refused upload leaves nothing behind on disk.
  const offer = await openOffer(db, ctx.organisationId, offerId);
  if (!offer) throw notFound("Offer");
  const key = `${ctx.organisationId}/${newId()}`;
  await storage.put(key, bytes);
  return inTransaction(db, async (trx) => {
    const current = await openOffer(trx, ctx.organisationId, offerId);
    if (!current) throw notFound("Offer");
    const creator = await getCreator(trx, ctx.organisationId, current.creator_id);
    return freezeContract(trx, ctx, env, current, {
      acceptance_method: "signed_document",
      accepted_name: creator.name,
      accepted_ip: null,
      accepted_user_agent: null,
      pdf_sha256: sha256Hex(bytes),
      signed_document_key: key,
      recorded_by: ctx.actor.label,
    });
  });
}
