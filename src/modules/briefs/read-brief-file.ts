import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { MediaStorage } from "../review/media-storage.js";
import { getBrief } from "./get-brief.js";

/**
 * A reference file's bytes. The team reads any file uploaded to its campaign, earlier versions' included; a
 * creator reads only a file the brief in force for them lists. Anything else answers 404. The caller checks that
 * the creator takes part in the campaign.
 */
export async function readBriefFile(
  db: Kysely<Database>,
  storage: MediaStorage,
  who: { organisationId: string; creatorId?: string },
  campaignId: string,
  fileId: string,
): Promise<{ name: string; contentType: string; bytes: Buffer }> {
  const row = await db
    .selectFrom("brief_files")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("campaign_id", "=", campaignId)
    .where("id", "=", fileId)
    .executeTakeFirst();
  const listed =
    row &&
    (!who.creatorId ||
      (await getBrief(db, who.organisationId, campaignId, who.creatorId)).content.referenceFiles.some(
        (f) => f.id === fileId,
      ));
  const bytes = row && listed ? await storage.get(row.storage_key) : null;
  if (!row || !bytes) throw notFound("Reference file");
  return { name: row.name, contentType: row.content_type, bytes };
}

/** A download header that keeps the uploader's name without letting it break out of the header. */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
