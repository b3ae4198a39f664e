import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

export const deviceCookieName = "amplio_device";
/** How long a browser stays known after its last sign-in. */
export const deviceLifetimeMs = 365 * 24 * 60 * 60 * 1000;

export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The hash of the caller's device token if this user has signed in from that browser before, else null. */
export async function knownDeviceHash(
  db: Kysely<Database>,
  userId: string | undefined,
  token: string | undefined,
): Promise<string | null> {
  if (!token) return null;
  const tokenHash = hashDeviceToken(token);
  const row = await db
    .selectFrom("known_devices")
    .select("token_hash")
    .where("token_hash", "=", tokenHash)
    // Looked up for an unknown email too, so the time taken does not tell whether an account exists.
    .where("user_id", "=", userId ?? "")
    .executeTakeFirst();
  return row ? tokenHash : null;
}

/**
 * Remembers the browser a user just signed in from: its existing device token, or a new one to set as a cookie.
 * Returns the token the browser should hold.
 */
export async function rememberDevice(
  db: Kysely<Database>,
  userId: string,
  token: string | undefined,
): Promise<string> {
  const deviceToken =
    token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : randomBytes(32).toString("base64url");
  const now = new Date().toISOString();
  await db
    .insertInto("known_devices")
    .values({
      token_hash: hashDeviceToken(deviceToken),
      user_id: userId,
      created_at: now,
      last_signed_in_at: now,
    })
    .onConflict((oc) => oc.columns(["token_hash", "user_id"]).doUpdateSet({ last_signed_in_at: now }))
    .execute();
  return deviceToken;
}
