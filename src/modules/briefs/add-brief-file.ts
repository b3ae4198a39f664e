import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { MediaStorage } from "../review/media-storage.js";
import { maxReferenceFiles, type ReferenceFile } from "./brief-content.js";
import { briefFileLimit, sniffBriefFileType } from "./brief-file-type.js";
import { type BriefView, getBrief } from "./get-brief.js";
import { type BriefContext, requireBriefOwner, saveBriefVersion } from "./save-brief.js";

const fileError = (message: string) => ({ errors: [{ field: "file", message }] });

/**
 * Adds an uploaded reference file (image, video or PDF, its type read from its bytes) to the campaign's brief, or
 * to one creator's override, as a new version, so creators see it among what changed.
 */
export async function addBriefFile(
  db: Kysely<Database>,
  storage: MediaStorage,
  ctx: BriefContext,
  campaignId: string,
  creatorId: string | null,
  upload: { name: string; bytes: Buffer },
): Promise<BriefView> {
  await requireBriefOwner(db, ctx.organisationId, campaignId, creatorId);
  const { bytes } = upload;
  if (bytes.length === 0) throw new AppError("bad_request", "The upload is empty.", fileError("is empty"));
  const contentType = await sniffBriefFileType(bytes);
  if (!contentType)
    throw new AppError(
      "unsupported_media_type",
      "Upload a JPEG, PNG, GIF, WebP or HEIC image, an MP4, MOV or WebM video, or a PDF.",
      fileError("is not an image, video or PDF we accept"),
    );
  const limit = briefFileLimit(contentType);
  if (bytes.length > limit)
    throw new AppError(
      "payload_too_large",
      `This file is larger than the ${limit / 1024 / 1024} MB allowed.`,
      fileError(`larger than ${limit / 1024 / 1024} MB`),
    );
  // Checked before the bytes are stored, so a full brief leaves nothing behind on disk.
  const before = await getBrief(db, ctx.organisationId, campaignId, creatorId);
  if (before.content.referenceFiles.length >= maxReferenceFiles)
    throw new AppError(
      "conflict",
      `A brief holds at most ${maxReferenceFiles} files; remove one first.`,
      fileError(`the brief already has ${maxReferenceFiles} files`),
    );
  const file: ReferenceFile = { id: newId(), name: upload.name, contentType, size: bytes.length };
  const storageKey = `${ctx.organisationId}/${file.id}`;
  await storage.put(storageKey, bytes);
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto("brief_files")
      .values({
        id: file.id,
        organisation_id: ctx.organisationId,
        campaign_id: campaignId,
        name: file.name,
        content_type: file.contentType,
        size: file.size,
        storage_key: storageKey,
        created_at: nowIso(),
      })
      .execute();
    const current = await getBrief(trx, ctx.organisationId, campaignId, creatorId);
    // An override's first file starts from the campaign's files, so the creator keeps seeing those too.
    const referenceFiles = [...current.content.referenceFiles, file];
    return saveBriefVersion(
      trx,
      ctx,
      campaignId,
      creatorId,
      creatorId ? { ...current.override, referenceFiles } : { ...current.content, referenceFiles },
      { action: "brief.file_added", details: { fileId: file.id, name: file.name } },
    );
  });
}
