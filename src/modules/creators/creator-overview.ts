import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Platform, platforms, type Tier, tiers } from "./tiers.js";

export interface CreatorOverview {
  creators: number;
  accounts: number;
  byPlatform: Array<{ platform: Platform; accounts: number }>;
  byTier: Array<{ tier: Tier; accounts: number }>;
}

export async function creatorOverview(
  db: Kysely<Database>,
  organisationId: string,
): Promise<CreatorOverview> {
  const [creators, platformRows, tierRows] = await Promise.all([
    db
      .selectFrom("creators")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("organisation_id", "=", organisationId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("social_accounts")
      .select(["platform", (eb) => eb.fn.countAll<number>().as("n")])
      .where("organisation_id", "=", organisationId)
      .groupBy("platform")
      .execute(),
    db
      .selectFrom("social_accounts")
      .select(["tier", (eb) => eb.fn.countAll<number>().as("n")])
      .where("organisation_id", "=", organisationId)
      .groupBy("tier")
      .execute(),
  ]);
  const byPlatform = platforms.map((platform) => ({
    platform,
    accounts: Number(platformRows.find((r) => r.platform === platform)?.n ?? 0),
  }));
  const byTier = tiers.map((tier) => ({
    tier,
    accounts: Number(tierRows.find((r) => r.tier === tier)?.n ?? 0),
  }));
  return {
    creators: Number(creators.n),
    accounts: byPlatform.reduce((sum, p) => sum + p.accounts, 0),
    byPlatform,
    byTier,
  };
}
