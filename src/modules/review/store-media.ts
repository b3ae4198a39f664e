import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { MediaStorage } from "./media-storage.js";
import { mediaLimits, sniffContentType } from "./sniff-content-type.js";

export interface MediaView {
  id: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** Stores an image or video a creator uploads for a draft, after reading its real type from its bytes. */
export async function storeMedia(
  db: Kysely<Database>,
  storage: MediaStorage,
  owner: { organisationId: string; creatorId: string },
  bytes: Buffer,
): Promise<MediaView> {
  if (bytes.length === 0)
    throw new AppError("bad_request", "The upload is empty.", {
      errors: [{ field: "file", message: "is empty" }],
    });
  const contentType = await sniffContentType(bytes);
  if (!contentType)
    throw new AppError(
      "unsupported_media_type",
      "Upload a JPEG, PNG, GIF, WebP or HEIC image, or an MP4, MOV or WebM video.",
      {
        errors: [{ field: "file", message: "is not an image or video we accept" }],
      },
    );
  const limit = contentType.startsWith("image/") ? mediaLimits.image : mediaLimits.video;
  if (bytes.length > limit)
    throw new AppError(
      "payload_too_large",
      `This file is larger than the ${limit / 1024 / 1024} MB allowed.`,
      {
        errors: [{ field: "file", message: `larger than ${limit / 1024 / 1024} MB` }],
      },
    );
  const id = newId();
  const key = `${owner.organisationId}/${id}`;
  await storage.put(key, bytes);
  const row = {
    id,
    organisation_id: owner.organisationId,
    creator_id: owner.creatorId,
    content_type: contentType,
    size: bytes.length,
    storage_key: key,
    created_at: nowIso(),
  };
  await db.insertInto("media_files").values(row).execute();
  return { id, contentType, size: bytes.length, createdAt: row.created_at };
}

/** A stored file for the organisation, or for one creator's portal session; anyone else's answers 404. */
export async function readMedia(
  db: Kysely<Database>,
  storage: MediaStorage,
  who: { organisationId: string; creatorId?: string },
  mediaId: string,
): Promise<{ contentType: string; bytes: Buffer }> {
  let query = db
    .selectFrom("media_files")
    .selectAll()
    .where("organisation_id", "=", who.organisationId)
    .where("id", "=", mediaId);
  if (who.creatorId) query = query.where("creator_id", "=", who.creatorId);
  const row = await query.executeTakeFirst();
  const bytes = row ? await storage.get(row.storage_key) : null;
  if (!row || !bytes) throw notFound("Media file");
  return { contentType: row.content_type, bytes };
}
