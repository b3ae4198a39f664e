import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import { hashPassword } from "../../security/passwords.js";
import { minPasswordLength, normaliseEmail } from "./users.js";

/** Sets a user's password and signs them out everywhere, so a password someone else knew stops working at once. */
export async function setPassword(
  db: Kysely<Database>,
  input: { email: string; password: string },
): Promise<void> {
  if (input.password.length < minPasswordLength)
    throw invalidField("password", `must be at least ${minPasswordLength} characters`);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("email", "=", normaliseEmail(input.email))
      .returning("id")
      .executeTakeFirst();
    if (!user) throw notFound("User");
    await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
  });
}
