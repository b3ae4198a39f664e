import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import { acceptInvite } from "../organisations/invites.js";
import { createOrganisation } from "../organisations/organisations.js";
import { createUser, type UserView } from "./users.js";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  organisationName?: string;
  inviteToken?: string;
}

/** A new person either joins through an invite or founds an organisation as its owner. Run inside a transaction. */
export async function signUp(
  db: Kysely<Database>,
  input: SignUpInput,
): Promise<{ user: UserView; organisationId: string }> {
  if (!input.inviteToken && !input.organisationName?.trim())
    throw invalidField("organisationName", "name your organisation, or sign up through an invitation");
  const user = await createUser(db, input);
  const actor = { type: "user" as const, id: user.id, label: user.name };
  if (input.inviteToken) {
    const organisationId = await acceptInvite(db, input.inviteToken, {
      id: user.id,
      label: user.name,
      email: user.email,
    });
    return { user, organisationId };
  }
  const organisation = await createOrganisation(db, {
    name: input.organisationName ?? "",
    kind: "brand",
    ownerUserId: user.id,
    actor,
  });
  return { user, organisationId: organisation.id };
}
