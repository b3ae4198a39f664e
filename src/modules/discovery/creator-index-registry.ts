import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { listChangedAccounts } from "../creators/list-changed-accounts.js";
import { currentChangeSeq } from "../creators/next-change-seq.js";
import { CreatorIndex } from "./creator-index.js";

interface Entry {
  index: CreatorIndex;
  catchingUp: Promise<void> | null;
}

// One registry per database handle, so tests with several databases in one process never mix them.
const registries = new WeakMap<Kysely<Database>, Map<string, Entry>>();

const pageSize = 20_000;

async function catchUp(db: Kysely<Database>, organisationId: string, index: CreatorIndex, target: number) {
  for (;;) {
    const rows = await listChangedAccounts(
      db,
      organisationId,
      { seq: index.seq, id: index.lastId },
      pageSize,
    );
    index.apply(rows);
    if (rows.length < pageSize) break;
  }
  // Changes that touched no account (an empty import) still advance the counter.
  if (index.seq < target) {
    index.seq = target;
    index.lastId = "";
  }
}

/**
 * The organisation's search index, caught up with every committed change. Each query first reads the change
 * counter (one primary-key lookup) and loads only rows changed since, so several server processes stay consistent.
 * Pass the root handle, not a transaction: the index outlives it.
 */
export async function creatorIndexFor(db: Kysely<Database>, organisationId: string): Promise<CreatorIndex> {
  let registry = registries.get(db);
  if (!registry) {
    registry = new Map();
    registries.set(db, registry);
  }
  let entry = registry.get(organisationId);
  if (!entry) {
    entry = { index: new CreatorIndex(), catchingUp: null };
    registry.set(organisationId, entry);
  }
  const target = await currentChangeSeq(db, organisationId);
  while (entry.index.seq < target) {
    if (!entry.catchingUp) {
      const current = entry;
      current.catchingUp = catchUp(db, organisationId, current.index, target).finally(() => {
        current.catchingUp = null;
      });
    }
    await entry.catchingUp;
  }
  return entry.index;
}
