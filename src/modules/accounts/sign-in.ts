import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { unknownUserHash, verifyPassword } from "../../security/passwords.js";
import { findUserByEmail, normaliseEmail, type UserView } from "./users.js";

export interface LoginThrottle {
  maxAttempts: number;
  windowSeconds: number;
}

/**
 * Failed attempts live in the database, so the limit holds across every process serving Amplio.
 * Both the email and the client address are limited: one stops guessing a password, the other spraying many accounts.
 */
async function assertNotThrottled(
  db: Kysely<Database>,
  email: string,
  ip: string,
  throttle: LoginThrottle,
): Promise<void> {
  const since = new Date(Date.now() - throttle.windowSeconds * 1000).toISOString();
  const [byEmail, byIp] = await Promise.all([
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("email", "=", email)
      .where("succeeded", "=", 0)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("ip", "=", ip)
      .where("succeeded", "=", 0)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow(),
  ]);
  if (Number(byEmail.n) >= throttle.maxAttempts || Number(byIp.n) >= throttle.maxAttempts * 5) {
    throw new AppError(
      "rate_limited",
      "Too many failed sign-in attempts. Wait a few minutes and try again.",
      {
        retryAfterSeconds: throttle.windowSeconds,
      },
    );
  }
}

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  throttle: LoginThrottle,
): Promise<UserView> {
  const email = normaliseEmail(input.email);
  await assertNotThrottled(db, email, input.ip, throttle);
  const user = await findUserByEmail(db, email);
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
    })
    .execute();
  if (!user || !succeeded) throw new AppError("unauthorized", "The email or password is not right.");
  return { id: user.id, email: user.email, name: user.name };
}
