import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { type CreatorImportView, findImportRow, toImportView } from "./creator-import-view.js";
import { type ImportMapping, importFieldNames } from "./import-row.js";
import type { Platform } from "./tiers.js";

export const importJobKind = "creators.import";

/**
 * Starts an uploaded import with the mapping a person chose on its preview: stores it and queues the background job
 * that reads and writes the rows. Run inside a transaction, so the job exists exactly when the import is queued.
 */
export async function startImport(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  importId: string,
  input: { mapping: ImportMapping; platform?: Platform },
): Promise<CreatorImportView> {
  const row = await findImportRow(db, ctx.organisationId, importId);
  if (row.status !== "uploaded")
    throw new AppError("conflict", "This import has already been started.", {
      errors: [{ field: "importId", message: "already started; upload the file again to import it again" }],
    });
  const { header } = JSON.parse(row.preview) as { header: string[] };
  const mapping: ImportMapping = {};
  const used = new Map<string, string>();
  for (const column of header) {
    const field = input.mapping[column] ?? null;
    if (field !== null && !importFieldNames.includes(field))
      throw invalidField(`mapping.${column}`, `"${field}" is not a field a column can fill`);
    if (field !== null) {
      const other = used.get(field);
      if (other)
        throw invalidField(
          `mapping.${column}`,
          `"${other}" already fills ${field}; choose one column for it`,
        );
      used.set(field, column);
    }
    mapping[column] = field;
  }
  for (const column of Object.keys(input.mapping))
    if (!header.includes(column)) throw invalidField(`mapping.${column}`, "is not a column of the file");
  if (!used.has("handle") && !used.has("profileUrl"))
    throw invalidField("mapping", "choose the column with the handle or the profile URL");
  if (!used.has("followers")) throw invalidField("mapping", "choose the column with the follower count");
  const now = nowIso();
  const updated = {
    ...row,
    mapping: JSON.stringify(mapping),
    platform: input.platform ?? null,
    status: "queued" as const,
    actor: JSON.stringify(ctx.actor),
    updated_at: now,
  };
  await db
    .updateTable("creator_imports")
    .set({
      mapping: updated.mapping,
      platform: updated.platform,
      status: updated.status,
      actor: updated.actor,
      updated_at: now,
    })
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", importId)
    .execute();
  await enqueueJob(db, {
    kind: importJobKind,
    organisationId: ctx.organisationId,
    payload: { importId },
    dedupeKey: `${importJobKind}:${importId}`,
    maxAttempts: 3,
  });
  return toImportView(updated);
}
