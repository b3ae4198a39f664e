import type { Readable } from "node:stream";
import type { Kysely } from "kysely";
import streamArray from "stream-json/streamers/stream-array.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type CreatorInput, type SocialAccountInput, storeCreators } from "./creators.js";
import { csvBatches } from "./csv-records.js";
import { csvFieldReader, type ImportFields, importFields, parseImportFields } from "./import-row.js";
import type { Platform } from "./tiers.js";
import { type AccountUpdate, updateAccount } from "./update-account.js";

export interface ImportRejection {
  /** Line of the CSV file where the record starts; for JSON, the position in the array (1-based). */
  line: number;
  field: string;
  message: string;
}

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first 1,000 rejections. */
  rejections: ImportRejection[];
}

export interface ImportOptions {
  format: "csv" | "json";
  /** Platform for files without a platform column or profile URLs. */
  platform?: Platform;
  batchSize?: number;
  onProgress?: (rows: number) => void;
}

interface SourceRow {
  line: number;
  fields: ImportFields;
}

async function* csvRows(input: Readable, batchSize: number): AsyncGenerator<SourceRow[]> {
  let header: string[] | null = null;
  let read: ((values: string[]) => ImportFields) | null = null;
  for await (const batch of csvBatches(input, batchSize)) {
    if (batch.header !== header || !read) {
      header = batch.header;
      read = csvFieldReader(header);
    }
    const fieldsOf = read;
    yield batch.records.map((record) => ({ line: record.line, fields: fieldsOf(record.values) }));
  }
}

async function* jsonRows(input: Readable, batchSize: number): AsyncGenerator<SourceRow[]> {
  const stream = streamArray.withParserAsStream();
  input.on("error", (error) => stream.destroy(error));
  input.pipe(stream);
  let position = 0;
  let rows: SourceRow[] = [];
  try {
    for await (const item of stream as AsyncIterable<{ key: number; value: unknown }>) {
      position = item.key + 1;
      const value = item.value;
      rows.push({
        line: position,
        fields: importFields(
          typeof value === "object" && value !== null && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : {},
        ),
      });
      if (rows.length >= batchSize) {
        yield rows;
        rows = [];
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("validation", `The JSON file is malformed after record ${position}: ${message}`, {
      errors: [{ field: "file", message: `expected an array of objects; ${message}` }],
    });
  }
  if (rows.length > 0) yield rows;
}

const sameRate = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);

/** What an imported account changes on the stored one; missing columns never erase what is stored. */
function changesOf(
  account: SocialAccountInput,
  stored: {
    followers: number;
    following: number | null;
    posts_count: number | null;
    engagement_rate: number | null;
    country: string | null;
    city: string | null;
    language: string | null;
    niches: string;
    bio: string | null;
  },
): AccountUpdate | null {
  const update: AccountUpdate = {};
  if (account.followers !== Number(stored.followers)) update.followers = account.followers;
  if (
    account.following != null &&
    account.following !== (stored.following === null ? null : Number(stored.following))
  )
    update.following = account.following;
  if (
    account.postsCount != null &&
    account.postsCount !== (stored.posts_count === null ? null : Number(stored.posts_count))
  )
    update.postsCount = account.postsCount;
  if (account.engagementRate != null && !sameRate(account.engagementRate, stored.engagement_rate))
    update.engagementRate = account.engagementRate;
  if (account.country && account.country !== stored.country) update.country = account.country;
  if (account.city && account.city !== stored.city) update.city = account.city;
  if (account.language && account.language !== stored.language) update.language = account.language;
  if (account.niches?.length && JSON.stringify(account.niches) !== stored.niches)
    update.niches = account.niches;
  if (account.bio && account.bio !== stored.bio) update.bio = account.bio;
  return Object.keys(update).length > 0 ? update : null;
}

interface ParsedRow {
  line: number;
  creator: CreatorInput;
  account: SocialAccountInput;
}

async function writeBatch(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  rows: ParsedRow[],
  summary: ImportSummary,
): Promise<void> {
  // The last row for an account wins, as if the rows were imported one after another.
  const byKey = new Map<string, ParsedRow>();
  for (const row of rows) byKey.set(`${row.account.platform}:${row.account.handle}`, row);
  const unique = [...byKey.values()];
  await db.transaction().execute(async (trx) => {
    const existing = new Map<string, Awaited<ReturnType<typeof findExisting>>[number]>();
    const byPlatform = new Map<Platform, string[]>();
    for (const row of unique) {
      const handles = byPlatform.get(row.account.platform) ?? [];
      handles.push(row.account.handle);
      byPlatform.set(row.account.platform, handles);
    }
    async function findExisting(platform: Platform, handles: string[]) {
      return trx
        .selectFrom("social_accounts")
        .select([
          "id",
          "handle",
          "followers",
          "following",
          "posts_count",
          "engagement_rate",
          "country",
          "city",
          "language",
          "niches",
          "bio",
        ])
        .where("organisation_id", "=", ctx.organisationId)
        .where("platform", "=", platform)
        .where("handle", "in", handles)
        .execute();
    }
    for (const [platform, handles] of byPlatform)
      for (let i = 0; i < handles.length; i += 1_000)
        for (const row of await findExisting(platform, handles.slice(i, i + 1_000)))
          existing.set(`${platform}:${row.handle}`, row);

    const fresh: CreatorInput[] = [];
    for (const row of unique) {
      const stored = existing.get(`${row.account.platform}:${row.account.handle}`);
      if (!stored) {
        fresh.push(row.creator);
        continue;
      }
      const update = changesOf(row.account, stored);
      if (!update) {
        summary.unchanged += 1;
        continue;
      }
      await updateAccount(trx, ctx, { accountId: stored.id }, update, { audit: false });
      summary.updated += 1;
    }
    await storeCreators(trx, ctx.organisationId, fresh);
    summary.imported += fresh.length;
    summary.unchanged += rows.length - unique.length;
  });
}

/**
 * Imports creators from a CSV or JSON export, streamed: rows are read, checked and written in batches (one
 * transaction each), so a file of any size never sits in memory and a failure never leaves half a batch. Accounts
 * upsert by platform and handle, so importing the same file again changes nothing.
 */
export async function importCreators(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: Readable,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  const batchSize = options.batchSize ?? 5_000;
  let batch: ParsedRow[] = [];
  let seen = 0;
  const sources = options.format === "json" ? jsonRows(input, batchSize) : csvRows(input, batchSize);
  const defaults = { platform: options.platform };
  try {
    for await (const rows of sources) {
      for (const { line, fields } of rows) {
        seen += 1;
        const parsed = parseImportFields(fields, defaults);
        if (!parsed.ok) {
          summary.rejected += 1;
          if (summary.rejections.length < 1_000)
            summary.rejections.push({ line, field: parsed.field, message: parsed.message });
        } else
          batch.push({
            line,
            account: parsed.account,
            creator: { name: parsed.name, email: parsed.email, accounts: [parsed.account] },
          });
        if (batch.length >= batchSize) {
          await writeBatch(db, ctx, batch, summary);
          batch = [];
          options.onProgress?.(seen);
        }
      }
    }
    if (batch.length > 0) await writeBatch(db, ctx, batch, summary);
    options.onProgress?.(seen);
  } finally {
    if (summary.imported + summary.updated > 0)
      await recordAuditEvent(db, {
        organisationId: ctx.organisationId,
        actor: ctx.actor,
        action: "creators.imported",
        targetType: "creator",
        details: { imported: summary.imported, updated: summary.updated, rejected: summary.rejected },
      });
  }
  return summary;
}
