import type { Readable } from "node:stream";
import streamArray from "stream-json/streamers/stream-array.js";
import { newIds } from "../../db/ids.js";
import { AppError } from "../../http/errors.js";
import { computeAccountSignals } from "./account-signals.js";
import { csvBatches } from "./csv-records.js";
import { profileUrlFor } from "./handles.js";
import {
  csvFieldReader,
  type ImportFields,
  type ImportMapping,
  importFields,
  parseImportFields,
} from "./import-row.js";
import type { Platform, Tier } from "./tiers.js";

export interface ImportRejection {
  /** Line of the CSV file where the record starts; for JSON, the position in the array (1-based). */
  line: number;
  field: string;
  message: string;
}

/**
 * The valid rows of one batch, checked and with their signals computed, held as one array per field: a batch
 * crosses from the reading worker to the writer this way at a fraction of the cost of one object per row.
 * An imported account has no posts, so its stored engagement rate (M2) is the file's own, or null. `niches` is the
 * stored JSON text, `[]` when the file gave none.
 * Each array holds one value per row, in file order.
 */
export interface ImportedAccounts {
  line: number[];
  /** Ids for the creator and the account, used when the row turns out to be new. */
  creatorId: string[];
  accountId: string[];
  name: string[];
  email: Array<string | null>;
  platform: Platform[];
  handle: string[];
  profileUrl: Array<string | null>;
  followers: number[];
  following: Array<number | null>;
  postsCount: Array<number | null>;
  engagementRate: Array<number | null>;
  engagementRateViews: Array<number | null>;
  country: Array<string | null>;
  city: Array<string | null>;
  language: Array<string | null>;
  niches: string[];
  bio: Array<string | null>;
  tier: Tier[];
  qualityScore: number[];
  qualityFlags: string[];
  sponsoredShare: Array<number | null>;
  sponsoredBrands: string[];
}

export interface ImportBatch {
  /** Records read so far in the file, valid or not. */
  seen: number;
  accounts: ImportedAccounts;
  /** Every rejected row of the batch counts; only the first 1,000 of the whole file are kept. */
  rejected: number;
  rejections: ImportRejection[];
}

export interface ReadImportOptions {
  format: "csv" | "json";
  /** Platform for files without a platform column or profile URLs. */
  platform?: Platform;
  batchSize: number;
  /** Column → field, as chosen on an import's preview; without it headers are matched by name. */
  mapping?: ImportMapping;
}

const maxRejections = 1_000;

function emptyAccounts(): ImportedAccounts {
  return {
    line: [],
    creatorId: [],
    accountId: [],
    name: [],
    email: [],
    platform: [],
    handle: [],
    profileUrl: [],
    followers: [],
    following: [],
    postsCount: [],
    engagementRate: [],
    engagementRateViews: [],
    country: [],
    city: [],
    language: [],
    niches: [],
    bio: [],
    tier: [],
    qualityScore: [],
    qualityFlags: [],
    sponsoredShare: [],
    sponsoredBrands: [],
  };
}

interface SourceRow {
  line: number;
  fields: ImportFields;
}

async function* csvRows(
  input: Readable,
  batchSize: number,
  mapping: ImportMapping | undefined,
): AsyncGenerator<SourceRow[]> {
  let header: string[] | null = null;
  let read: ((values: string[]) => ImportFields) | null = null;
  for await (const batch of csvBatches(input, batchSize)) {
    if (batch.header !== header || !read) {
      header = batch.header;
      read = csvFieldReader(header, mapping);
    }
    const fieldsOf = read;
    yield batch.records.map((record) => ({ line: record.line, fields: fieldsOf(record.values) }));
  }
}

async function* jsonRows(
  input: Readable,
  batchSize: number,
  mapping: ImportMapping | undefined,
): AsyncGenerator<SourceRow[]> {
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
          mapping,
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

/**
 * Reads a CSV or JSON export streamed, in batches: each record is checked and mapped, and its signals (M1, M2,
 * M4, M5) computed from what the file gives, so all that is left is to write. Needs no database, so it can run in a
 * worker thread beside the writer (worker-import-batches.ts).
 */
export async function* readImportBatches(
  input: Readable,
  options: ReadImportOptions,
): AsyncGenerator<ImportBatch> {
  const sources =
    options.format === "json"
      ? jsonRows(input, options.batchSize, options.mapping)
      : csvRows(input, options.batchSize, options.mapping);
  const defaults = { platform: options.platform };
  let seen = 0;
  let kept = 0;
  for await (const rows of sources) {
    const accounts = emptyAccounts();
    const rejections: ImportRejection[] = [];
    let rejected = 0;
    const now = new Date();
    for (const { line, fields } of rows) {
      seen += 1;
      const parsed = parseImportFields(fields, defaults);
      if (!parsed.ok) {
        rejected += 1;
        if (kept < maxRejections) {
          kept += 1;
          rejections.push({ line, field: parsed.field, message: parsed.message });
        }
        continue;
      }
      const account = parsed.account;
      const signals = computeAccountSignals(
        {
          platform: account.platform,
          followers: account.followers,
          suppliedEngagementRate: account.engagementRate ?? null,
          posts: [],
          snapshots: [],
          credibility: null,
        },
        now,
      );
      const niches = account.niches ?? [];
      accounts.line.push(line);
      accounts.name.push(parsed.name);
      accounts.email.push(parsed.email);
      accounts.platform.push(account.platform);
      accounts.handle.push(account.handle);
      accounts.profileUrl.push(profileUrlFor(account.platform, account.handle));
      accounts.followers.push(account.followers);
      accounts.following.push(account.following ?? null);
      accounts.postsCount.push(account.postsCount ?? null);
      accounts.engagementRate.push(signals.engagementRate);
      accounts.engagementRateViews.push(signals.engagementRateViews);
      accounts.country.push(account.country ?? null);
      accounts.city.push(account.city ?? null);
      accounts.language.push(account.language ?? null);
      accounts.niches.push(JSON.stringify(niches));
      accounts.bio.push(account.bio ?? null);
      accounts.tier.push(signals.tier);
      accounts.qualityScore.push(signals.qualityScore);
      accounts.qualityFlags.push(JSON.stringify(signals.qualityFlags));
      accounts.sponsoredShare.push(signals.sponsoredShare);
      accounts.sponsoredBrands.push(JSON.stringify(signals.sponsoredBrands));
    }
    const ids = newIds(2 * accounts.line.length);
    for (let i = 0; i < accounts.line.length; i++) {
      accounts.creatorId.push(ids[2 * i] as string);
      accounts.accountId.push(ids[2 * i + 1] as string);
    }
    yield { seen, accounts, rejected, rejections };
  }
}
