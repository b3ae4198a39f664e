import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newIds, nowIso } from "../../db/ids.js";
import { insertRows } from "../../db/insert-rows.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import {
  type AudienceInput,
  audienceRow,
  type PostInput,
  postRow,
  type SnapshotInput,
  snapshotRow,
} from "./account-data.js";
import { computeAccountSignals } from "./account-signals.js";
import type { PostMetrics } from "./engagement.js";
import { isValidHandle, normaliseHandle, profileUrlFor } from "./handles.js";
import { parseProfileUrl } from "./import-row.js";
import { nextChangeSeq } from "./next-change-seq.js";
import type { QualityFlag } from "./quality-signals.js";
import type {
  AccountAudiencesTable,
  CreatorPostsTable,
  CreatorSource,
  FollowerSnapshotsTable,
  SocialAccountsTable,
} from "./schema.js";
import { type Saturation, saturationOf } from "./sponsorship.js";
import type { Platform, Tier } from "./tiers.js";

export interface SocialAccountInput {
  platform: Platform;
  handle: string;
  followers: number;
  country?: string | null;
  language?: string | null;
  niches?: string[];
  engagementRate?: number | null;
  following?: number | null;
  postsCount?: number | null;
  city?: string | null;
  bio?: string | null;
  contactEmail?: string | null;
  posts?: PostInput[];
  snapshots?: SnapshotInput[];
  audience?: AudienceInput | null;
}

export interface CreatorInput {
  name: string;
  email?: string | null;
  accounts: SocialAccountInput[];
  source?: CreatorSource | null;
}

export interface SocialAccountView {
  id: string;
  platform: Platform;
  handle: string;
  profileUrl: string | null;
  followers: number;
  tier: Tier;
  engagementRate: number | null;
  country: string | null;
  language: string | null;
  niches: string[];
  following: number | null;
  postsCount: number | null;
  city: string | null;
  bio: string | null;
  contactEmail: string | null;
  engagementRateViews: number | null;
  qualityScore: number;
  qualityFlags: QualityFlag[];
  sponsoredShare: number | null;
  saturation: Saturation;
  sponsoredBrands: string[];
  lastEnrichedAt: string | null;
}

export interface CreatorView {
  id: string;
  name: string;
  email: string | null;
  /** "application" when the creator applied on the public page; null when the team added them. */
  source: CreatorSource | null;
  accounts: SocialAccountView[];
  createdAt: string;
}

const toCount = (value: number | null) => (value === null ? null : Number(value));

export function toAccountView(row: SocialAccountsTable): SocialAccountView {
  return {
    id: row.id,
    platform: row.platform,
    handle: row.handle,
    profileUrl: row.profile_url,
    followers: Number(row.followers),
    tier: row.tier,
    engagementRate: row.engagement_rate,
    country: row.country,
    language: row.language,
    niches: JSON.parse(row.niches) as string[],
    following: toCount(row.following),
    postsCount: toCount(row.posts_count),
    city: row.city,
    bio: row.bio,
    contactEmail: row.contact_email,
    engagementRateViews: row.engagement_rate_views,
    qualityScore: row.quality_score,
    qualityFlags: JSON.parse(row.quality_flags) as QualityFlag[],
    sponsoredShare: row.sponsored_share,
    saturation: saturationOf(row.sponsored_share),
    sponsoredBrands: JSON.parse(row.sponsored_brands) as string[],
    lastEnrichedAt: row.last_enriched_at,
  };
}

function asMetrics(post: PostInput): PostMetrics {
  return {
    externalId: post.externalId,
    postedAt: post.postedAt,
    likes: post.likes ?? null,
    comments: post.comments ?? null,
    shares: post.shares ?? null,
    saves: post.saves ?? null,
    views: post.views ?? null,
    sponsored: post.sponsored ?? false,
    brands: post.brands ?? [],
  };
}

interface AccountRows {
  account: SocialAccountsTable;
  posts: CreatorPostsTable[];
  snapshots: FollowerSnapshotsTable[];
  audience: AccountAudiencesTable | null;
}

function accountRows(
  organisationId: string,
  creatorId: string,
  account: SocialAccountInput,
  field: string,
  now: { text: string; date: Date },
  changeSeq: number,
  newId: () => string,
): AccountRows {
  // A pasted profile URL stands for its handle, when it is a profile on the account's platform.
  const fromUrl = account.handle.includes("/") ? parseProfileUrl(account.handle) : null;
  if (account.handle.includes("/") && fromUrl?.platform !== account.platform)
    throw invalidField(`${field}.handle`, `is not a profile URL on ${account.platform}`);
  const handle = normaliseHandle(account.platform, fromUrl?.handle ?? account.handle);
  if (!isValidHandle(handle))
    throw invalidField(`${field}.handle`, "use letters, digits, dots, underscores or hyphens");
  const id = newId();
  const posts = account.posts ?? [];
  const snapshots = account.snapshots ?? [];
  // M1, M2, M4, M5: computed from what is written, so every write keeps them current.
  const signals = computeAccountSignals(
    {
      platform: account.platform,
      followers: account.followers,
      suppliedEngagementRate: account.engagementRate ?? null,
      posts: posts.map(asMetrics),
      snapshots,
      credibility: account.audience?.credibility ?? null,
    },
    now.date,
  );
  return {
    account: {
      id,
      organisation_id: organisationId,
      creator_id: creatorId,
      platform: account.platform,
      handle,
      profile_url: profileUrlFor(account.platform, handle),
      followers: account.followers,
      country: account.country ?? null,
      language: account.language ?? null,
      niches: JSON.stringify(account.niches ?? []),
      tier: signals.tier,
      engagement_rate: signals.engagementRate,
      created_at: now.text,
      updated_at: now.text,
      following: account.following ?? null,
      posts_count: account.postsCount ?? null,
      city: account.city ?? null,
      bio: account.bio ?? null,
      contact_email: account.contactEmail ?? null,
      engagement_rate_views: signals.engagementRateViews,
      quality_score: signals.qualityScore,
      quality_flags: JSON.stringify(signals.qualityFlags),
      sponsored_share: signals.sponsoredShare,
      sponsored_brands: JSON.stringify(signals.sponsoredBrands),
      last_enriched_at: null,
      change_seq: changeSeq,
    },
    posts: posts.map((p) => postRow(organisationId, id, p, newId())),
    snapshots: snapshots.map((s) => snapshotRow(organisationId, id, s)),
    audience: account.audience ? audienceRow(organisationId, id, account.audience, now.text) : null,
  };
}

async function insertObjects<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Array<Database[T]>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  await insertRows(db, table, Object.keys(first) as Array<keyof Database[T] & string>, rows);
}

const accountTaken = () =>
  new AppError(
    "conflict",
    "An account with this platform and handle already belongs to a creator in this organisation.",
    { errors: [{ field: "accounts", message: "platform and handle already exist" }] },
  );

interface CreatorRows {
  id: string;
  name: string;
  email: string | null;
  source: CreatorSource | null;
  accounts: AccountRows[];
}

/**
 * Inserts creators and their accounts (with posts, snapshots and audiences) in batches, without an audit entry each
 * (the caller records one for the batch). Run inside a transaction: a creator and all of their accounts land
 * together or not at all.
 */
export async function insertCreators(
  db: Kysely<Database>,
  organisationId: string,
  inputs: CreatorInput[],
): Promise<CreatorView[]> {
  const { creators, now } = await writeCreators(db, organisationId, inputs);
  return creators.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    source: c.source,
    accounts: c.accounts.map((r) => toAccountView(r.account)),
    createdAt: now,
  }));
}

/** Writes accounts with their posts, first follower snapshot and audience; a taken platform and handle is a 409. */
async function insertAccountRows(
  db: Kysely<Database>,
  rows: Array<ReturnType<typeof accountRows>>,
): Promise<void> {
  try {
    await insertObjects(
      db,
      "social_accounts",
      rows.map((r) => r.account),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw accountTaken();
    throw error;
  }
  await insertObjects(
    db,
    "creator_posts",
    rows.flatMap((r) => r.posts),
  );
  await insertObjects(
    db,
    "follower_snapshots",
    rows.flatMap((r) => r.snapshots),
  );
  await insertObjects(
    db,
    "account_audiences",
    rows.flatMap((r) => (r.audience ? [r.audience] : [])),
  );
}

async function writeCreators(
  db: Kysely<Database>,
  organisationId: string,
  inputs: CreatorInput[],
): Promise<{ creators: CreatorRows[]; now: string }> {
  const nowText = nowIso();
  if (inputs.length === 0) return { creators: [], now: nowText };
  const now = { text: nowText, date: new Date(nowText) };
  const changeSeq = await nextChangeSeq(db, organisationId);
  const ids = newIds(
    inputs.reduce((sum, c) => sum + 1 + c.accounts.reduce((n, a) => n + 1 + (a.posts?.length ?? 0), 0), 0),
  );
  let nextId = 0;
  const newId = () => ids[nextId++] as string;
  const creators = inputs.map((input, index): CreatorRows => {
    const prefix = inputs.length === 1 ? "" : `${index}.`;
    const name = input.name.trim();
    if (!name) throw invalidField(`${prefix}name`, "must not be empty");
    const id = newId();
    const accounts = input.accounts.map((account, accountIndex) =>
      accountRows(organisationId, id, account, `${prefix}accounts.${accountIndex}`, now, changeSeq, newId),
    );
    return { id, name, email: input.email ?? null, source: input.source ?? null, accounts };
  });
  await insertObjects(
    db,
    "creators",
    creators.map((c) => ({
      id: c.id,
      organisation_id: organisationId,
      name: c.name,
      email: c.email,
      source: c.source,
      created_at: nowText,
      updated_at: nowText,
    })),
  );
  const rows = creators.flatMap((c) => c.accounts);
  await insertAccountRows(db, rows);
  return { creators, now: nowText };
}

/**
 * Adds accounts to an existing creator (an applicant's new accounts, an account a creator connects that the brand had
 * not recorded), computing their signals as a new creator's. Run inside a transaction; a platform and handle that
 * already belong to a creator of the organisation is a conflict.
 */
export async function addAccountsToCreator(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
  accounts: SocialAccountInput[],
): Promise<SocialAccountView[]> {
  if (accounts.length === 0) return [];
  const nowText = nowIso();
  const changeSeq = await nextChangeSeq(db, organisationId);
  const ids = newIds(accounts.reduce((n, a) => n + 1 + (a.posts?.length ?? 0), 0));
  let nextId = 0;
  const newId = () => ids[nextId++] as string;
  const rows = accounts.map((account, index) =>
    accountRows(
      organisationId,
      creatorId,
      account,
      `accounts.${index}`,
      { text: nowText, date: new Date(nowText) },
      changeSeq,
      newId,
    ),
  );
  await insertAccountRows(db, rows);
  await db
    .updateTable("creators")
    .set({ updated_at: nowText })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", creatorId)
    .execute();
  return rows.map((r) => toAccountView(r.account));
}

/** Run inside a transaction. */
export async function createCreator(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: CreatorInput,
): Promise<CreatorView> {
  const [creator] = await insertCreators(db, ctx.organisationId, [input]);
  if (!creator) throw new Error("insertCreators returned nothing for one input");
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "creator.created",
    targetType: "creator",
    targetId: creator.id,
    details: { name: creator.name, accounts: creator.accounts.map((a) => `${a.platform}:${a.handle}`) },
  });
  return creator;
}

export async function getCreator(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
): Promise<CreatorView> {
  const creator = await db
    .selectFrom("creators")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", creatorId)
    .executeTakeFirst();
  if (!creator) throw notFound("Creator");
  const accounts = await db
    .selectFrom("social_accounts")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", creatorId)
    .orderBy("followers", "desc")
    .execute();
  return {
    id: creator.id,
    name: creator.name,
    email: creator.email,
    source: creator.source,
    accounts: accounts.map(toAccountView),
    createdAt: creator.created_at,
  };
}
