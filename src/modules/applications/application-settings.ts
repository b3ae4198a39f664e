import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";

export interface ApplicationSettings {
  /** Whether the public application page takes applications. */
  open: boolean;
  /** A few sentences on the page, under the brand's name: why a creator would want to work with it. */
  pitch: string;
  /** Questions the creator answers in their own words, in order. */
  questions: string[];
}

/** Until the brand opens them, applications are closed: a public form nobody set up would collect nothing useful. */
export const defaultApplicationSettings: ApplicationSettings = { open: false, pitch: "", questions: [] };

export async function getApplicationSettings(
  db: Kysely<Database>,
  organisationId: string,
): Promise<ApplicationSettings> {
  const row = await db
    .selectFrom("application_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!row) return defaultApplicationSettings;
  return { open: row.open === 1, pitch: row.pitch, questions: JSON.parse(row.questions) as string[] };
}

export async function updateApplicationSettings(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  settings: ApplicationSettings,
): Promise<ApplicationSettings> {
  const saved = {
    open: settings.open,
    pitch: settings.pitch.trim(),
    questions: settings.questions.map((q) => q.trim()).filter((q) => q.length > 0),
  };
  const values = {
    open: saved.open ? 1 : 0,
    pitch: saved.pitch,
    questions: JSON.stringify(saved.questions),
    updated_at: nowIso(),
  };
  await db
    .insertInto("application_settings")
    .values({ organisation_id: ctx.organisationId, ...values })
    .onConflict((oc) => oc.column("organisation_id").doUpdateSet(values))
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "applications.settings_updated",
    targetType: "organisation",
    targetId: ctx.organisationId,
    details: { open: saved.open, questions: saved.questions.length },
  });
  return saved;
}
