import type { Readable } from "node:stream";
import type { Kysely } from "kysely";
import { anyOfText, anyOfTextLimit } from "../../db/any-of.js";
import { nowIso } from "../../db/ids.js";
import { type ColumnValues, insertColumns } from "../../db/insert-rows.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import {
  type ImportBatch,
  type ImportedAccounts,
  type ImportRejection,
  readImportBatches,
} from "./import-batches.js";
import type { ImportMapping } from "./import-row.js";
import { nextChangeSeq } from "./next-change-seq.js";
import type { CreatorsTable, SocialAccountsTable } from "./schema.js";
import type { Platform } from "./tiers.js";
import { type AccountUpdate, updateAccount } from "./update-account.js";
import { readImportFileInWorker } from "./worker-import-batches.js";

export type { ImportRejection } from "./import-batches.js";

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
  /** Column → field, as chosen on an import's preview; without it headers are matched by name. */
  mapping?: ImportMapping;
  /** Rows read so far and, for a file, its bytes read so far. */
  onProgress?: (rows: number, bytesRead: number | null) => unknown;
}

const sameRate = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);

interface StoredAccount {
  id: string;
  followers: number;
  following: number | null;
  posts_count: number | null;
  engagement_rate: number | null;
  country: string | null;
  city: string | null;
  language: string | null;
  niches: string;
  bio: string | null;
}

/** What row `i` of the batch changes on the stored account; missing columns never erase what is stored. */
function changesOf(accounts: ImportedAccounts, i: number, stored: StoredAccount): AccountUpdate | null {
  const update: AccountUpdate = {};
  const followers = accounts.followers[i] as number;
  if (followers !== Number(stored.followers)) update.followers = followers;
  const following = accounts.following[i] ?? null;
  if (following !== null && following !== (stored.following === null ? null : Number(stored.following)))
    update.following = following;
  const postsCount = accounts.postsCount[i] ?? null;
  if (postsCount !== null && postsCount !== (stored.posts_count === null ? null : Number(stored.posts_count)))
    update.postsCount = postsCount;
  const rate = accounts.engagementRate[i] ?? null;
  if (rate !== null && !sameRate(rate, stored.engagement_rate)) update.engagementRate = rate;
  const country = accounts.country[i];
  if (country && country !== stored.country) update.country = country;
  const city = accounts.city[i];
  if (city && city !== stored.city) update.city = city;
  const language = accounts.language[i];
  if (language && language !== stored.language) update.language = language;
  const niches = accounts.niches[i] as string;
  if (niches !== "[]" && niches !== stored.niches) update.niches = JSON.parse(niches) as string[];
  const bio = accounts.bio[i];
  if (bio && bio !== stored.bio) update.bio = bio;
  return Object.keys(update).length > 0 ? update : null;
}

/** Inserts the batch's rows `fresh` (indexes into it, in order) as new creators with one account each. */
async function insertImported(
  db: Kysely<Database>,
  organisationId: string,
  accounts: ImportedAccounts,
  fresh: number[],
): Promise<void> {
  if (fresh.length === 0) return;
  const now = nowIso();
  const changeSeq = await nextChangeSeq(db, organisationId);
  const all = fresh.length === accounts.line.length;
  const pick = <T>(values: T[]): T[] => (all ? values : fresh.map((i) => values[i] as T));
  const every = (value: unknown) => ({ every: value });
  const creatorIds = pick(accounts.creatorId);
  await insertColumns(
    db,
    "creators",
    {
      id: creatorIds,
      organisation_id: every(organisationId),
      name: pick(accounts.name),
      email: pick(accounts.email),
      source: every(null),
      created_at: every(now),
      updated_at: every(now),
    } satisfies Record<keyof CreatorsTable, ColumnValues>,
    fresh.length,
  );
  await insertColumns(
    db,
    "social_accounts",
    {
      id: pick(accounts.accountId),
      organisation_id: every(organisationId),
      creator_id: creatorIds,
      platform: pick(accounts.platform),
      handle: pick(accounts.handle),
      profile_url: pick(accounts.profileUrl),
      followers: pick(accounts.followers),
      country: pick(accounts.country),
      language: pick(accounts.language),
      niches: pick(accounts.niches),
      tier: pick(accounts.tier),
      engagement_rate: pick(accounts.engagementRate),
      created_at: every(now),
      updated_at: every(now),
      following: pick(accounts.following),
      posts_count: pick(accounts.postsCount),
      city: pick(accounts.city),
      bio: pick(accounts.bio),
      contact_email: every(null),
      engagement_rate_views: pick(accounts.engagementRateViews),
      quality_score: pick(accounts.qualityScore),
      quality_flags: pick(accounts.qualityFlags),
      sponsored_share: pick(accounts.sponsoredShare),
      sponsored_brands: pick(accounts.sponsoredBrands),
      last_enriched_at: every(null),
      change_seq: every(changeSeq),
    } satisfies Record<keyof SocialAccountsTable, ColumnValues>,
    fresh.length,
  );
}

async function writeBatch(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  accounts: ImportedAccounts,
  summary: ImportSummary,
): Promise<void> {
  const count = accounts.handle.length;
  // The last row for an account wins, as if the rows were imported one after another.
  const lastRow = new Map<string, number>();
  for (let i = 0; i < count; i++) lastRow.set(`${accounts.platform[i]}:${accounts.handle[i]}`, i);
  await db.transaction().execute(async (trx) => {
    const byPlatform = new Map<Platform, string[]>();
    for (const i of lastRow.values()) {
      const platform = accounts.platform[i] as Platform;
      const handles = byPlatform.get(platform) ?? [];
      handles.push(accounts.handle[i] as string);
      byPlatform.set(platform, handles);
    }
    const existing = new Map<string, StoredAccount>();
    const perQuery = anyOfTextLimit(trx);
    for (const [platform, handles] of byPlatform)
      for (let start = 0; start < handles.length; start += perQuery) {
        const stored = await trx
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
          .where(anyOfText(trx, "handle", handles.slice(start, start + perQuery)))
          .execute();
        for (const row of stored) existing.set(`${platform}:${row.handle}`, row);
      }

    const fresh: number[] = [];
    for (const [key, i] of lastRow) {
      const stored = existing.get(key);
      if (!stored) {
        fresh.push(i);
        continue;
      }
      const update = changesOf(accounts, i, stored);
      if (!update) {
        summary.unchanged += 1;
        continue;
      }
      await updateAccount(trx, ctx, { accountId: stored.id }, update, { audit: false });
      summary.updated += 1;
    }
    await insertImported(trx, ctx.organisationId, accounts, fresh);
    summary.imported += fresh.length;
    summary.unchanged += count - lastRow.size;
  });
}

/** A stream is read on the calling thread; a file (`{ file: path }`) in a worker thread beside the writes. */
export type ImportInput = Readable | { file: string };

/**
 * Imports creators from a CSV or JSON export, streamed: rows are read, checked and written in batches (one
 * transaction each), so a file of any size never sits in memory and a failure never leaves half a batch. Accounts
 * upsert by platform and handle, so importing the same file again changes nothing. A file is read in a worker
 * thread one batch ahead of the writes (decision 0006).
 */
export async function importCreators(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  const reading = {
    format: options.format,
    platform: options.platform,
    batchSize: options.batchSize ?? 5_000,
    mapping: options.mapping,
  };
  // A generator's body, and so the worker, starts only with the first batch asked for.
  const batches: AsyncGenerator<ImportBatch & { bytesRead?: number }> =
    "file" in input ? readImportFileInWorker(input.file, reading) : readImportBatches(input, reading);
  try {
    for await (const batch of batches) {
      summary.rejected += batch.rejected;
      for (const rejection of batch.rejections)
        if (summary.rejections.length < 1_000) summary.rejections.push(rejection);
      if (batch.accounts.handle.length > 0) await writeBatch(db, ctx, batch.accounts, summary);
      await options.onProgress?.(batch.seen, batch.bytesRead ?? null);
    }
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
