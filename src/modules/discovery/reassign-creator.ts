import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Moves one creator's list memberships and notes to another (merging duplicates). In a list both are on, the
 * survivor stays with both notes kept. Run inside the merge's transaction.
 */
export async function reassignCreatorLists(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  const items = await db
    .selectFrom("creator_list_items")
    .select(["list_id", "creator_id", "note"])
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "in", [fromCreatorId, toCreatorId])
    .execute();
  const survivorNotes = new Map(
    items.filter((i) => i.creator_id === toCreatorId).map((i) => [i.list_id, i.note]),
  );
  for (const item of items) {
    if (item.creator_id !== fromCreatorId || !survivorNotes.has(item.list_id)) continue;
    const kept = survivorNotes.get(item.list_id) ?? null;
    const note = [kept, item.note].filter((n): n is string => Boolean(n)).join("\n\n") || null;
    if (note !== kept)
      await db
        .updateTable("creator_list_items")
        .set({ note })
        .where("organisation_id", "=", organisationId)
        .where("list_id", "=", item.list_id)
        .where("creator_id", "=", toCreatorId)
        .execute();
    await db
      .deleteFrom("creator_list_items")
      .where("organisation_id", "=", organisationId)
      .where("list_id", "=", item.list_id)
      .where("creator_id", "=", fromCreatorId)
      .execute();
  }
  await db
    .updateTable("creator_list_items")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
}
