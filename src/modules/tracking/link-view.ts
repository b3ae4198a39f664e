import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { LinkStatus, TrackingLinksTable } from "./schema.js";

export interface LinkView {
  id: string;
  code: string;
  shortUrl: string;
  destinationUrl: string;
  /** The destination with UTM parameters; each click adds its `amp_cid`. */
  targetUrl: string;
  status: LinkStatus;
  campaignId: string;
  creatorId: string;
  deliverableId: string | null;
  createdAt: string;
}

export function shortUrlFor(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/r/${code}`;
}

export function toLinkView(row: TrackingLinksTable, publicUrl: string): LinkView {
  return {
    id: row.id,
    code: row.code,
    shortUrl: shortUrlFor(publicUrl, row.code),
    destinationUrl: row.destination_url,
    targetUrl: row.target_url,
    status: row.status,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    deliverableId: row.deliverable_id,
    createdAt: row.created_at,
  };
}

export async function findLinkRow(
  db: Kysely<Database>,
  organisationId: string,
  linkId: string,
): Promise<TrackingLinksTable> {
  const row = await db
    .selectFrom("tracking_links")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", linkId)
    .executeTakeFirst();
  if (!row) throw notFound("Tracking link");
  return row;
}
