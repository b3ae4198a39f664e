import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getOrganisation } from "../organisations/organisations.js";

export interface OutreachSettings {
  senderName: string;
  senderEmail: string;
  /** Outreach emails (first messages and follow-ups) sent per UTC day, at most. */
  dailySendLimit: number;
  /** Plain text under every outreach email; empty for none. */
  signature: string;
}

export const defaultDailySendLimit = 100;

/** Until someone sets them, mail goes out as the organisation from a no-reply address of the Amplio host. */
export async function getOutreachSettings(
  db: Kysely<Database>,
  organisationId: string,
  publicUrl: string,
): Promise<OutreachSettings> {
  const row = await db
    .selectFrom("outreach_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (row)
    return {
      senderName: row.sender_name,
      senderEmail: row.sender_email,
      dailySendLimit: row.daily_send_limit,
      signature: row.signature,
    };
  const organisation = await getOrganisation(db, organisationId);
  const host = new URL(publicUrl).hostname;
  return {
    senderName: organisation.name,
    senderEmail: `outreach@${host.includes(".") ? host : `${host}.localdomain`}`,
    dailySendLimit: defaultDailySendLimit,
    signature: "",
  };
}

export async function updateOutreachSettings(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: Omit<OutreachSettings, "signature"> & { signature?: string },
): Promise<OutreachSettings> {
  const settings = { ...input, signature: input.signature ?? "" };
  const values = {
    sender_name: settings.senderName.trim(),
    sender_email: settings.senderEmail,
    daily_send_limit: settings.dailySendLimit,
    signature: settings.signature.trim(),
    updated_at: nowIso(),
  };
  await db
    .insertInto("outreach_settings")
    .values({ organisation_id: ctx.organisationId, ...values })
    .onConflict((oc) => oc.column("organisation_id").doUpdateSet(values))
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "outreach.settings_updated",
    targetType: "organisation",
    targetId: ctx.organisationId,
    details: { ...settings },
  });
  return { ...settings, senderName: values.sender_name, signature: values.signature };
}
