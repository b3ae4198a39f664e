import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { type CreatorImportView, previewGrid, toImportView } from "./creator-import-view.js";
import { csvBatches } from "./csv-records.js";

export interface UploadImportInput {
  fileName: string;
  /** From the file name when left out: .json is JSON, anything else CSV. */
  format?: "csv" | "json";
  content: string;
}

const malformed = (message: string) =>
  new AppError("validation", message, { errors: [{ field: "content", message }] });

/** Every record of the file, read as the import reads it, to count them and show the first. */
async function readRecords(format: "csv" | "json", content: string): Promise<unknown[]> {
  if (format === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw malformed(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!Array.isArray(parsed)) throw malformed("must be a JSON array of objects, one per creator account");
    return parsed;
  }
  const records: string[][] = [];
  // The import's own reader, so the count and the line numbers match what the job will see.
  for await (const batch of csvBatches(Readable.from([content]), 5_000)) {
    if (records.length === 0) records.push(batch.header);
    for (const record of batch.records) records.push(record.values);
  }
  return records;
}

/**
 * Stores an uploaded CSV or JSON export and reads its columns and first rows, each column's field guessed from its
 * header: the preview a person checks and corrects before starting the import.
 */
export async function uploadImport(
  db: Kysely<Database>,
  organisationId: string,
  input: UploadImportInput,
): Promise<CreatorImportView> {
  const format = input.format ?? (input.fileName.toLowerCase().endsWith(".json") ? "json" : "csv");
  const records = await readRecords(format, input.content);
  const grid = previewGrid(format, records);
  if (grid.header.length === 0) throw malformed("has no columns: the first line should name them");
  const totalRows = format === "csv" ? Math.max(0, records.length - 1) : records.length;
  if (totalRows === 0) throw malformed("has no rows under its header");
  const now = nowIso();
  const row = {
    id: newId(),
    organisation_id: organisationId,
    file_name: input.fileName,
    format,
    content: input.content,
    total_rows: totalRows,
    preview: JSON.stringify(grid),
    mapping: null,
    platform: null,
    status: "uploaded" as const,
    rows_read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: "[]",
    error: null,
    actor: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  await db.insertInto("creator_imports").values(row).execute();
  return toImportView(row);
}
