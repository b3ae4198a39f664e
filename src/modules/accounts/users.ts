import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { hashPassword } from "../../security/passwords.js";

export interface UserView {
  id: string;
  email: string;
  name: string;
}

export const minPasswordLength = 10;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; password: string },
): Promise<UserView> {
  const name = input.name.trim();
  if (!name) throw invalidField("name", "must not be empty");
  if (input.password.length < minPasswordLength)
    throw invalidField("password", `must be at least ${minPasswordLength} characters`);
  const user: UserView = { id: newId(), email: normaliseEmail(input.email), name };
  try {
    await db
      .insertInto("users")
      .values({ ...user, password_hash: await hashPassword(input.password), created_at: nowIso() })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", "An account with this email already exists; sign in instead.", {
        errors: [{ field: "email", message: "already has an account" }],
      });
    throw error;
  }
  return user;
}

export async function findUsersByIds(db: Kysely<Database>, ids: string[]): Promise<Map<string, UserView>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "email", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
}
