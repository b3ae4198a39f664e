import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { MediaStorage } from "../review/media-storage.js";
import { type ContractView, type OfferView, toContractView, toOfferView } from "./offer-view.js";

/** Contracts, newest first, every version unless `inForceOnly`; one page, or all of them without one. */
export async function listContracts(
  db: Kysely<Database>,
  organisationId: string,
  filter: { campaignId?: string; creatorId?: string; inForceOnly?: boolean } = {},
  page?: PageRequest,
): Promise<Page<ContractView>> {
  let query = db.selectFrom("contracts").selectAll().where("organisation_id", "=", organisationId);
  if (filter.campaignId) query = query.where("campaign_id", "=", filter.campaignId);
  if (filter.creatorId) query = query.where("creator_id", "=", filter.creatorId);
  if (filter.inForceOnly) query = query.where("superseded_at", "is", null);
  const rows = await keysetPage(
    query,
    [
      { by: "created_at", direction: "desc", value: (row) => row.created_at },
      { by: "version", direction: "desc", value: (row) => row.version, numeric: true },
      { by: "id", direction: "desc", value: (row) => row.id },
    ],
    page,
  );
  return { items: rows.items.map(toContractView), nextCursor: rows.nextCursor };
}

export async function getContract(
  db: Kysely<Database>,
  organisationId: string,
  contractId: string,
): Promise<ContractView> {
  const row = await db
    .selectFrom("contracts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", contractId)
    .executeTakeFirst();
  if (!row) throw notFound("Contract");
  return toContractView(row);
}

/** The signed document uploaded for a contract accepted outside Amplio; null when there is none. */
export async function readSignedDocument(
  db: Kysely<Database>,
  storage: MediaStorage,
  organisationId: string,
  contractId: string,
): Promise<Buffer | null> {
  const row = await db
    .selectFrom("contracts")
    .select("signed_document_key")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", contractId)
    .executeTakeFirst();
  if (!row) throw notFound("Contract");
  return row.signed_document_key ? storage.get(row.signed_document_key) : null;
}

/** Every version of the terms for creators in a campaign, newest first; one page, or all of them without one. */
export async function listOffers(
  db: Kysely<Database>,
  organisationId: string,
  filter: { campaignId: string; creatorId?: string },
  page?: PageRequest,
): Promise<Page<OfferView>> {
  let query = db
    .selectFrom("offers")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", filter.campaignId);
  if (filter.creatorId) query = query.where("creator_id", "=", filter.creatorId);
  const rows = await keysetPage(
    query,
    [
      { by: "version", direction: "desc", value: (row) => row.version, numeric: true },
      { by: "id", direction: "desc", value: (row) => row.id },
    ],
    page,
  );
  return { items: rows.items.map(toOfferView), nextCursor: rows.nextCursor };
}
