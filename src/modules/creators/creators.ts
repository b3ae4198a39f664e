import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { isValidHandle, normaliseHandle, profileUrlFor } from "./handles.js";
import type { SocialAccountsTable } from "./schema.js";
import { type Platform, type Tier, tierForFollowers } from "./tiers.js";

export interface SocialAccountInput {
  platform: Platform;
  handle: string;
  followers: number;
  country?: string | null;
  language?: string | null;
  niches?: string[];
  engagementRate?: number | null;
}

export interface CreatorInput {
  name: string;
  email?: string | null;
  accounts: SocialAccountInput[];
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
}

export interface CreatorView {
  id: string;
  name: string;
  email: string | null;
  accounts: SocialAccountView[];
  createdAt: string;
}

export function toAccountView(row: SocialAccountsTable): SocialAccountView {
  return {
    id: row.id,
    platform: row.platform,
    handle: row.handle,
    profileUrl: row.profile_url,
    followers: row.followers,
    tier: row.tier,
    engagementRate: row.engagement_rate,
    country: row.country,
    language: row.language,
    niches: JSON.parse(row.niches) as string[],
  };
}

function accountRow(
  organisationId: string,
  creatorId: string,
  account: SocialAccountInput,
  field: string,
  now: string,
): SocialAccountsTable {
  const handle = normaliseHandle(account.platform, account.handle);
  if (!isValidHandle(handle))
    throw invalidField(`${field}.handle`, "use letters, digits, dots, underscores or hyphens");
  return {
    id: newId(),
    organisation_id: organisationId,
    creator_id: creatorId,
    platform: account.platform,
    handle,
    profile_url: profileUrlFor(account.platform, handle),
    followers: account.followers,
    country: account.country ?? null,
    language: account.language ?? null,
    niches: JSON.stringify(account.niches ?? []),
    // M1: the tier follows from followers, recomputed on every write.
    tier: tierForFollowers(account.followers),
    engagement_rate: account.engagementRate ?? null,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Inserts creators and their accounts in batches, without an audit entry each (the caller records one for the batch).
 * Run inside a transaction: a creator and all of their accounts land together or not at all.
 */
export async function insertCreators(
  db: Kysely<Database>,
  organisationId: string,
  inputs: CreatorInput[],
): Promise<CreatorView[]> {
  const now = nowIso();
  const creators = inputs.map((input, index) => {
    const name = input.name.trim();
    if (!name) throw invalidField(inputs.length === 1 ? "name" : `${index}.name`, "must not be empty");
    const id = newId();
    const accounts = input.accounts.map((account, accountIndex) =>
      accountRow(
        organisationId,
        id,
        account,
        `${inputs.length === 1 ? "" : `${index}.`}accounts.${accountIndex}`,
        now,
      ),
    );
    return { id, name, email: input.email ?? null, accounts };
  });
  // SQLite caps bound parameters per statement; 200 rows of ≤15 columns stays well inside it.
  for (let i = 0; i < creators.length; i += 200) {
    const batch = creators.slice(i, i + 200);
    await db
      .insertInto("creators")
      .values(
        batch.map((c) => ({
          id: c.id,
          organisation_id: organisationId,
          name: c.name,
          email: c.email,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const accounts = batch.flatMap((c) => c.accounts);
    try {
      for (let j = 0; j < accounts.length; j += 200)
        await db
          .insertInto("social_accounts")
          .values(accounts.slice(j, j + 200))
          .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(
          "conflict",
          "An account with this platform and handle already belongs to a creator in this organisation.",
          {
            errors: [{ field: "accounts", message: "platform and handle already exist" }],
          },
        );
      throw error;
    }
  }
  return creators.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    accounts: c.accounts.map(toAccountView),
    createdAt: now,
  }));
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
    accounts: accounts.map(toAccountView),
    createdAt: creator.created_at,
  };
}
