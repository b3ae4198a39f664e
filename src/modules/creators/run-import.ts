import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { findImportRow } from "./creator-import-view.js";
import { importCreators } from "./import-creators.js";
import type { ImportMapping } from "./import-row.js";
import type { Platform } from "./tiers.js";

/** Small batches, so the progress a person watches moves often; a browser upload is small enough for it. */
const batchSize = 200;

/**
 * The background job of an import started from the browser: reads the stored file with its mapping through the
 * import engine, recording progress after each batch and the outcome with its rejected rows at the end. A malformed
 * file fails the import with the reason; anything else is thrown so the job runs again (accounts upsert by platform
 * and handle, so a second run changes only what the first did not write).
 */
export async function runImport(
  db: Kysely<Database>,
  organisationId: string,
  importId: string,
): Promise<void> {
  const row = await findImportRow(db, organisationId, importId);
  if (row.status === "done" || row.status === "failed" || row.status === "uploaded") return;
  const set = (values: Partial<Omit<Database["creator_imports"], "id" | "organisation_id">>) =>
    db
      .updateTable("creator_imports")
      .set({ ...values, updated_at: nowIso() })
      .where("organisation_id", "=", organisationId)
      .where("id", "=", importId)
      .execute();
  await set({ status: "running", rows_read: 0 });
  try {
    const summary = await importCreators(
      db,
      { organisationId, actor: JSON.parse(row.actor ?? "null") as Actor },
      Readable.from([row.content]),
      {
        format: row.format,
        platform: (row.platform as Platform | null) ?? undefined,
        mapping: JSON.parse(row.mapping ?? "null") as ImportMapping,
        batchSize,
        onProgress: (rows) => set({ rows_read: rows }),
      },
    );
    await set({
      status: "done",
      rows_read: Number(row.total_rows),
      imported: summary.imported,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejected: summary.rejected,
      rejections: JSON.stringify(summary.rejections),
      finished_at: nowIso(),
      // The file is not needed once its rows are written; the preview and the rejections stay.
      content: "",
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await set({ status: "failed", error: error.message, finished_at: nowIso(), content: "" });
  }
}
