import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { validateTemplate } from "./render-email.js";
import type { EmailTemplatesTable } from "./schema.js";

export interface TemplateView {
  id: string;
  name: string;
  subject: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const toView = (row: EmailTemplatesTable): TemplateView => ({
  id: row.id,
  name: row.name,
  subject: row.subject,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface TemplateInput {
  name: string;
  subject: string;
  body: string;
}

function check(input: TemplateInput): void {
  if (!input.name.trim()) throw invalidField("name", "must not be empty");
  validateTemplate(input.subject, input.body);
}

export async function createTemplate(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: TemplateInput,
): Promise<TemplateView> {
  check(input);
  const now = nowIso();
  const row: EmailTemplatesTable = {
    id: newId(),
    organisation_id: ctx.organisationId,
    name: input.name.trim(),
    subject: input.subject,
    body: input.body,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("email_templates").values(row).execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "email_template.created",
    targetType: "email_template",
    targetId: row.id,
    details: { name: row.name },
  });
  return toView(row);
}

export async function updateTemplate(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  templateId: string,
  input: TemplateInput,
): Promise<TemplateView> {
  check(input);
  const existing = await getTemplate(db, ctx.organisationId, templateId);
  const updatedAt = nowIso();
  await db
    .updateTable("email_templates")
    .set({ name: input.name.trim(), subject: input.subject, body: input.body, updated_at: updatedAt })
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", templateId)
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "email_template.updated",
    targetType: "email_template",
    targetId: templateId,
    details: { name: input.name.trim() },
  });
  return { ...existing, name: input.name.trim(), subject: input.subject, body: input.body, updatedAt };
}

export async function getTemplate(
  db: Kysely<Database>,
  organisationId: string,
  templateId: string,
): Promise<TemplateView> {
  const row = await db
    .selectFrom("email_templates")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", templateId)
    .executeTakeFirst();
  if (!row) throw notFound("Template");
  return toView(row);
}

/** Templates by name. */
export async function listTemplates(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<TemplateView>> {
  const rows = await keysetPage(
    db.selectFrom("email_templates").selectAll().where("organisation_id", "=", organisationId),
    [
      { by: "name", direction: "asc", value: (row) => row.name },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    page,
  );
  return { items: rows.items.map(toView), nextCursor: rows.nextCursor };
}
