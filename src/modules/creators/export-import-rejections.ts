import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { toCsv } from "../../http/csv.js";
import { findImportRow } from "./creator-import-view.js";
import type { ImportRejection } from "./import-batches.js";

/** The rejected rows of an import (the first 1,000) as CSV: the line of the file, the field at fault and why. */
export async function exportImportRejections(
  db: Kysely<Database>,
  organisationId: string,
  importId: string,
): Promise<{ fileName: string; csv: string }> {
  const row = await findImportRow(db, organisationId, importId);
  const rejections = JSON.parse(row.rejections) as ImportRejection[];
  const base = row.file_name.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "-") || "import";
  return {
    fileName: `${base}-rejected.csv`,
    csv: toCsv(
      ["line", "field", "reason"],
      rejections.map((r) => [r.line, r.field, r.message]),
    ),
  };
}
