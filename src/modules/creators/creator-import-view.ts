import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { ImportRejection } from "./import-batches.js";
import { canonicalHeader, type ImportMapping, importFieldNames } from "./import-row.js";
import type { CreatorImportStatus, CreatorImportsTable } from "./schema.js";

/** How many records of a file its preview shows. */
export const previewRows = 5;

export interface ImportPreview {
  /** Each column of the file, the field it fills (guessed from its header until a person chooses) and examples. */
  columns: Array<{ name: string; field: string | null; samples: string[] }>;
  /** The first records, one value per column. */
  rows: string[][];
}

export interface CreatorImportView {
  id: string;
  fileName: string;
  format: "csv" | "json";
  status: CreatorImportStatus;
  totalRows: number;
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first 100 rejected rows; all of the first 1,000 are in the rejected-rows CSV. */
  rejections: ImportRejection[];
  error: string | null;
  platform: string | null;
  preview: ImportPreview;
  /** The fields a column can fill. */
  fields: string[];
  createdAt: string;
  finishedAt: string | null;
}

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ""
    : Array.isArray(value)
      ? value.join(";")
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);

/** Header and first records of a file as a grid; JSON objects become columns by their keys, in order of appearance. */
export function previewGrid(
  format: "csv" | "json",
  records: unknown[],
): { header: string[]; rows: string[][] } {
  if (format === "csv") {
    const [header = [], ...rest] = records as string[][];
    return { header, rows: rest.slice(0, previewRows).map((r) => header.map((_, i) => r[i] ?? "")) };
  }
  const objects = records
    .slice(0, 50)
    .filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null && !Array.isArray(r));
  const header = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  return { header, rows: objects.slice(0, previewRows).map((o) => header.map((h) => cell(o[h]))) };
}

export function buildPreview(
  grid: { header: string[]; rows: string[][] },
  mapping: ImportMapping | null,
): ImportPreview {
  return {
    columns: grid.header.map((name, i) => ({
      name,
      field: mapping ? (mapping[name] ?? null) : canonicalHeader(name),
      samples: grid.rows.map((r) => r[i] ?? "").filter((v) => v !== ""),
    })),
    rows: grid.rows,
  };
}

export function toImportView(row: CreatorImportsTable): CreatorImportView {
  const grid = JSON.parse(row.preview) as { header: string[]; rows: string[][] };
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    totalRows: Number(row.total_rows),
    rowsRead: Number(row.rows_read),
    imported: Number(row.imported),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    rejected: Number(row.rejected),
    rejections: (JSON.parse(row.rejections) as ImportRejection[]).slice(0, 100),
    error: row.error,
    platform: row.platform,
    preview: buildPreview(grid, row.mapping ? (JSON.parse(row.mapping) as ImportMapping) : null),
    fields: importFieldNames,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export async function findImportRow(
  db: Kysely<Database>,
  organisationId: string,
  importId: string,
): Promise<CreatorImportsTable> {
  const row = await db
    .selectFrom("creator_imports")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", importId)
    .executeTakeFirst();
  if (!row) throw notFound("Import");
  return row;
}
