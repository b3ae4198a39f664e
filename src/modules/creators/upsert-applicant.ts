import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import { addAccountsToCreator, insertCreators, type SocialAccountInput } from "./creators.js";
import type { Platform } from "./tiers.js";

export interface ApplicantInput {
  name: string;
  /** Lower-cased. */
  email: string;
  country: string;
  niches: string[];
  accounts: Array<{ platform: Platform; handle: string; followers: number }>;
}

/**
 * The creator an application belongs to: the organisation's creator with the same email or any of the same accounts
 * (platform and handle), with the accounts they did not have yet added; otherwise a new creator whose source is
 * "application". Run inside a transaction.
 */
export async function upsertApplicantCreator(
  db: Kysely<Database>,
  organisationId: string,
  applicant: ApplicantInput,
): Promise<{ creatorId: string; merged: boolean }> {
  const known = await db
    .selectFrom("social_accounts")
    .select(["creator_id", "platform", "handle"])
    .where("organisation_id", "=", organisationId)
    .where((eb) =>
      eb.or(
        applicant.accounts.map((a) => eb.and([eb("platform", "=", a.platform), eb("handle", "=", a.handle)])),
      ),
    )
    .execute();
  const byEmail = await db
    .selectFrom("creators")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where(sql<string>`lower(email)`, "=", applicant.email)
    .orderBy("created_at")
    .executeTakeFirst();
  const existingId = byEmail?.id ?? known[0]?.creator_id;
  const taken = new Set(known.map((a) => `${a.platform}:${a.handle}`));
  const fresh: SocialAccountInput[] = applicant.accounts
    .filter((a) => !taken.has(`${a.platform}:${a.handle}`))
    .map((a) => ({
      platform: a.platform,
      handle: a.handle,
      followers: a.followers,
      country: applicant.country,
      niches: applicant.niches,
    }));
  if (existingId) {
    await addAccountsToCreator(db, organisationId, existingId, fresh);
    await db
      .updateTable("creators")
      .set({ email: applicant.email })
      .where("organisation_id", "=", organisationId)
      .where("id", "=", existingId)
      .where("email", "is", null)
      .execute();
    return { creatorId: existingId, merged: true };
  }
  const [creator] = await insertCreators(db, organisationId, [
    { name: applicant.name, email: applicant.email, source: "application", accounts: fresh },
  ]);
  if (!creator) throw new Error("insertCreators returned nothing for one applicant");
  return { creatorId: creator.id, merged: false };
}
