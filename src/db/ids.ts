import { v7 as uuidv7 } from "uuid";

/** Time-ordered ids (UUIDv7) keep B-tree inserts local on both databases and sort by creation. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
