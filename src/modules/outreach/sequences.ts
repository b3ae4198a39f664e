import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { FollowUpStep } from "./send-campaign-email.js";

export interface SequenceStepView extends FollowUpStep {
  templateName: string;
}

export interface SequenceView {
  id: string;
  name: string;
  steps: SequenceStepView[];
  createdAt: string;
  updatedAt: string;
}

export interface SequenceInput {
  name: string;
  steps: FollowUpStep[];
}

async function stepsOf(
  db: Kysely<Database>,
  organisationId: string,
  sequenceIds: string[],
): Promise<Map<string, SequenceStepView[]>> {
  const bySequence = new Map<string, SequenceStepView[]>();
  if (sequenceIds.length === 0) return bySequence;
  const rows = await db
    .selectFrom("email_sequence_steps")
    .innerJoin("email_templates", "email_templates.id", "email_sequence_steps.template_id")
    .select([
      "email_sequence_steps.sequence_id",
      "email_sequence_steps.template_id",
      "email_sequence_steps.after_days",
      "email_templates.name",
    ])
    .where("email_sequence_steps.organisation_id", "=", organisationId)
    .where("email_sequence_steps.sequence_id", "in", sequenceIds)
    .orderBy("email_sequence_steps.position")
    .execute();
  for (const row of rows)
    bySequence.set(row.sequence_id, [
      ...(bySequence.get(row.sequence_id) ?? []),
      { templateId: row.template_id, afterDays: row.after_days, templateName: row.name },
    ]);
  return bySequence;
}

/** Every step's template must be the organisation's; the field named is the step's. */
async function checkSteps(db: Kysely<Database>, organisationId: string, input: SequenceInput) {
  if (!input.name.trim()) throw invalidField("name", "must not be empty");
  if (input.steps.length === 0) throw invalidField("steps", "add at least one step");
  const ids = [...new Set(input.steps.map((s) => s.templateId))];
  const found = await db
    .selectFrom("email_templates")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("id", "in", ids)
    .execute();
  const known = new Set(found.map((r) => r.id));
  for (const [index, step] of input.steps.entries())
    if (!known.has(step.templateId))
      throw new AppError("validation", `Step ${index + 1}: choose one of your templates.`, {
        errors: [{ field: `steps.${index}.templateId`, message: "unknown template" }],
      });
}

async function writeSteps(
  db: Kysely<Database>,
  organisationId: string,
  sequenceId: string,
  steps: FollowUpStep[],
) {
  await db.deleteFrom("email_sequence_steps").where("sequence_id", "=", sequenceId).execute();
  await db
    .insertInto("email_sequence_steps")
    .values(
      steps.map((step, index) => ({
        sequence_id: sequenceId,
        organisation_id: organisationId,
        position: index + 1,
        template_id: step.templateId,
        after_days: step.afterDays,
      })),
    )
    .execute();
}

export async function createSequence(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: SequenceInput,
): Promise<SequenceView> {
  return inTransaction(db, async (trx) => {
    await checkSteps(trx, ctx.organisationId, input);
    const at = nowIso();
    const id = newId();
    await trx
      .insertInto("email_sequences")
      .values({
        id,
        organisation_id: ctx.organisationId,
        name: input.name.trim(),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeSteps(trx, ctx.organisationId, id, input.steps);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "outreach.sequence_created",
      targetType: "email_sequence",
      targetId: id,
      details: { name: input.name.trim(), steps: input.steps.length },
    });
    return getSequence(trx, ctx.organisationId, id);
  });
}

/** Replaces the name and steps; follow-ups already scheduled from the sequence keep the steps they started with. */
export async function updateSequence(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  sequenceId: string,
  input: SequenceInput,
): Promise<SequenceView> {
  return inTransaction(db, async (trx) => {
    await getSequence(trx, ctx.organisationId, sequenceId);
    await checkSteps(trx, ctx.organisationId, input);
    await trx
      .updateTable("email_sequences")
      .set({ name: input.name.trim(), updated_at: nowIso() })
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", sequenceId)
      .execute();
    await writeSteps(trx, ctx.organisationId, sequenceId, input.steps);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "outreach.sequence_updated",
      targetType: "email_sequence",
      targetId: sequenceId,
      details: { name: input.name.trim(), steps: input.steps.length },
    });
    return getSequence(trx, ctx.organisationId, sequenceId);
  });
}

export async function getSequence(
  db: Kysely<Database>,
  organisationId: string,
  sequenceId: string,
): Promise<SequenceView> {
  const row = await db
    .selectFrom("email_sequences")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", sequenceId)
    .executeTakeFirst();
  if (!row) throw notFound("Sequence");
  const steps = await stepsOf(db, organisationId, [row.id]);
  return {
    id: row.id,
    name: row.name,
    steps: steps.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Sequences by name, each with its steps in order. */
export async function listSequences(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<SequenceView>> {
  const rows = await keysetPage(
    db.selectFrom("email_sequences").selectAll().where("organisation_id", "=", organisationId),
    [
      { by: "name", direction: "asc", value: (row) => row.name },
      { by: "id", direction: "asc", value: (row) => row.id },
    ],
    page,
  );
  const steps = await stepsOf(
    db,
    organisationId,
    rows.items.map((r) => r.id),
  );
  return {
    items: rows.items.map((row) => ({
      id: row.id,
      name: row.name,
      steps: steps.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    nextCursor: rows.nextCursor,
  };
}
