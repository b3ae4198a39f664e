import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { unknownUserHash, verifyPassword } from "../../security/passwords.js";
import { knownDeviceHash } from "./known-devices.js";
import { findUserByEmail, normaliseEmail, type UserView } from "./users.js";

export interface LoginThrottle {
  /** Failed attempts one address may make against one account before each further one waits, doubling. */
  maxAttempts: number;
  windowSeconds: number;
}

/** The first wait after maxAttempts failures; each further failure doubles it, up to the window. */
const firstWaitSeconds = 30;
/** One address spraying many accounts: refused past maxAttempts × this many failures in the window. */
const perAddressFactor = 5;
/** Many addresses guessing one account: browsers it never signed in from are refused past maxAttempts × this. */
const perAccountFactor = 10;

function throttled(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", "Too many failed sign-in attempts. Wait a few minutes and try again.", {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });
}

function failures(db: Kysely<Database>, since: string) {
  return db
    .selectFrom("login_attempts")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("created_at").as("last")])
    .where("succeeded", "=", 0)
    .where("created_at", ">", since);
}

/**
 * Failed attempts live in the database, so the limits hold across every process (decision 0003). They are keyed so
 * that nobody can lock a user out by guessing wrong on purpose:
 * - a browser the user has signed in from before (a known device) is limited only by its own failures;
 * - otherwise one address against one account backs off, doubling its wait, after maxAttempts failures in a row;
 * - one address against many accounts, and many addresses against one account, have ceilings of their own, and the
 *   second one never applies to known devices.
 */
async function assertNotThrottled(
  db: Kysely<Database>,
  attempt: { email: string; ip: string; deviceHash: string | null },
  throttle: LoginThrottle,
): Promise<void> {
  const now = Date.now();
  const windowStart = new Date(now - throttle.windowSeconds * 1000).toISOString();
  if (attempt.deviceHash) {
    const device = await failures(db, windowStart)
      .where("email", "=", attempt.email)
      .where("device_hash", "=", attempt.deviceHash)
      .executeTakeFirstOrThrow();
    if (Number(device.n) >= throttle.maxAttempts) throw throttled(throttle.windowSeconds);
    return;
  }
  // Failures in a row: a success from this address ends the run.
  const lastSuccess = await db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.max("created_at").as("at"))
    .where("email", "=", attempt.email)
    .where("ip", "=", attempt.ip)
    .where("succeeded", "=", 1)
    .where("created_at", ">", windowStart)
    .executeTakeFirstOrThrow();
  const [pair, address, account] = await Promise.all([
    failures(db, lastSuccess.at ?? windowStart)
      .where("email", "=", attempt.email)
      .where("ip", "=", attempt.ip)
      .where("device_hash", "is", null)
      .executeTakeFirstOrThrow(),
    failures(db, windowStart)
      .where("ip", "=", attempt.ip)
      .where("device_hash", "is", null)
      .executeTakeFirstOrThrow(),
    failures(db, windowStart)
      .where("email", "=", attempt.email)
      .where("device_hash", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  const inARow = Number(pair.n);
  if (inARow >= throttle.maxAttempts && pair.last) {
    const waitSeconds = Math.min(
      throttle.windowSeconds,
      firstWaitSeconds * 2 ** (inARow - throttle.maxAttempts),
    );
    const waitedSeconds = (now - Date.parse(pair.last)) / 1000;
    if (waitedSeconds < waitSeconds) throw throttled(waitSeconds - waitedSeconds);
  }
  if (Number(address.n) >= throttle.maxAttempts * perAddressFactor) throw throttled(throttle.windowSeconds);
  if (Number(account.n) >= throttle.maxAttempts * perAccountFactor) throw throttled(throttle.windowSeconds);
}

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string; deviceToken?: string },
  throttle: LoginThrottle,
): Promise<UserView> {
  const email = normaliseEmail(input.email);
  const user = await findUserByEmail(db, email);
  const deviceHash = await knownDeviceHash(db, user?.id, input.deviceToken);
  await assertNotThrottled(db, { email, ip: input.ip, deviceHash }, throttle);
  const valid = await verifyPassword(input.password, user?.password_hash ?? unknownUserHash);
  const succeeded = Boolean(user && valid);
  await db
    .insertInto("login_attempts")
    .values({
      id: newId(),
      email,
      ip: input.ip,
      succeeded: succeeded ? 1 : 0,
      created_at: new Date().toISOString(),
      device_hash: deviceHash,
    })
    .execute();
  if (!user || !succeeded) throw new AppError("unauthorized", "The email or password is not right.");
  return { id: user.id, email: user.email, name: user.name };
}
