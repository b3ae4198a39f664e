import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { normaliseHandle } from "./handles.js";
import type { Platform } from "./tiers.js";

export interface AccountByHandle {
  accountId: string;
  creatorId: string;
  handle: string;
}

/** The organisation's accounts on a platform with any of these handles (compared as stored: lower-case, no `@`). */
export async function findAccountsByHandles(
  db: Kysely<Database>,
  organisationId: string,
  platform: Platform,
  handles: string[],
): Promise<AccountByHandle[]> {
  const wanted = [...new Set(handles.map((h) => normaliseHandle(platform, h)))].filter(Boolean);
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom("social_accounts")
    .select(["id", "creator_id", "handle"])
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .where("handle", "in", wanted)
    .execute();
  return rows.map((r) => ({ accountId: r.id, creatorId: r.creator_id, handle: r.handle }));
}
