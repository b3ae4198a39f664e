import { randomFillSync } from "node:crypto";
import { v7 as uuidv7 } from "uuid";

/** Time-ordered ids (UUIDv7) keep B-tree inserts local on both databases and sort by creation. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Many ids at once: one call for all the random bytes instead of one per id, for bulk imports. */
export function newIds(count: number): string[] {
  const random = randomFillSync(new Uint8Array(16 * count));
  return Array.from({ length: count }, (_, i) => uuidv7({ random: random.subarray(16 * i, 16 * i + 16) }));
}
