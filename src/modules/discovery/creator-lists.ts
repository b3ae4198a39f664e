import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCreator } from "../creators/creators.js";
import { findList } from "./list-membership.js";

export interface CreatorListView {
  id: string;
  name: string;
  description: string | null;
  creators: number;
  createdAt: string;
  updatedAt: string;
}

interface Ctx {
  organisationId: string;
  actor: Actor;
}

export async function createList(
  db: Kysely<Database>,
  ctx: Ctx,
  input: { name: string; description?: string | null },
): Promise<CreatorListView> {
  const now = nowIso();
  const id = newId();
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto("creator_lists")
      .values({
        id,
        organisation_id: ctx.organisationId,
        name: input.name,
        description: input.description ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator_list.created",
      targetType: "creator_list",
      targetId: id,
      details: { name: input.name },
    });
    return {
      id,
      name: input.name,
      description: input.description ?? null,
      creators: 0,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** Shortlists, newest first. */
export async function listLists(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<CreatorListView>> {
  const lists = await keysetPage(
    db
      .selectFrom("creator_lists")
      .leftJoin("creator_list_items", "creator_list_items.list_id", "creator_lists.id")
      .select([
        "creator_lists.id",
        "creator_lists.name",
        "creator_lists.description",
        "creator_lists.created_at",
        "creator_lists.updated_at",
        (eb) => eb.fn.count<number>("creator_list_items.creator_id").as("creators"),
      ])
      .where("creator_lists.organisation_id", "=", organisationId)
      .groupBy([
        "creator_lists.id",
        "creator_lists.name",
        "creator_lists.description",
        "creator_lists.created_at",
        "creator_lists.updated_at",
      ]),
    [
      { by: "creator_lists.created_at", direction: "desc", value: (row) => row.created_at },
      { by: "creator_lists.id", direction: "desc", value: (row) => row.id },
    ],
    page,
  );
  return {
    items: lists.items.map((l) => ({
      id: l.id,
      name: l.name,
      description: l.description,
      creators: Number(l.creators),
      createdAt: l.created_at,
      updatedAt: l.updated_at,
    })),
    nextCursor: lists.nextCursor,
  };
}

/** Adds creators to a list (those already in it keep their note unless a new one is given). 404 for unknown ids. */
export async function addToList(
  db: Kysely<Database>,
  ctx: Ctx,
  listId: string,
  items: Array<{ creatorId: string; note?: string | null }>,
): Promise<{ added: number; alreadyIn: number }> {
  return inTransaction(db, async (trx) => {
    await findList(trx, ctx.organisationId, listId);
    let added = 0;
    const now = nowIso();
    for (const item of items) {
      await getCreator(trx, ctx.organisationId, item.creatorId);
      const existing = await trx
        .selectFrom("creator_list_items")
        .select("note")
        .where("list_id", "=", listId)
        .where("creator_id", "=", item.creatorId)
        .executeTakeFirst();
      if (existing) {
        if (item.note !== undefined)
          await trx
            .updateTable("creator_list_items")
            .set({ note: item.note })
            .where("list_id", "=", listId)
            .where("creator_id", "=", item.creatorId)
            .execute();
        continue;
      }
      await trx
        .insertInto("creator_list_items")
        .values({
          list_id: listId,
          creator_id: item.creatorId,
          organisation_id: ctx.organisationId,
          note: item.note ?? null,
          added_at: now,
        })
        .execute();
      added += 1;
    }
    await trx.updateTable("creator_lists").set({ updated_at: now }).where("id", "=", listId).execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator_list.creators_added",
      targetType: "creator_list",
      targetId: listId,
      details: { creatorIds: items.map((i) => i.creatorId) },
    });
    return { added, alreadyIn: items.length - added };
  });
}

export async function removeFromList(
  db: Kysely<Database>,
  ctx: Ctx,
  listId: string,
  creatorId: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await findList(trx, ctx.organisationId, listId);
    await trx
      .deleteFrom("creator_list_items")
      .where("list_id", "=", listId)
      .where("creator_id", "=", creatorId)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator_list.creator_removed",
      targetType: "creator_list",
      targetId: listId,
      details: { creatorId },
    });
  });
}
