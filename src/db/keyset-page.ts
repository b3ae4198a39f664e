import { type Expression, type SelectQueryBuilder, sql } from "kysely";
import { invalidField } from "../http/errors.js";

/** A page asked for: at most `limit` rows after the row `cursor` names (the previous page's `nextCursor`). */
export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type CursorValue = string | number;

/** One column of a list's sort order. The last key of an order must be unique (the id), so the order is total. */
export interface SortKey<R> {
  /** A column reference ("campaigns.created_at") or an expression; never null. */
  by: string | Expression<unknown>;
  direction: "asc" | "desc";
  /** The key's value in a fetched row. */
  value: (row: R) => CursorValue;
  /** Numbers are compared as numbers; every other key is text. */
  numeric?: boolean;
}

/** The order most lists use: newest first, the id breaking ties between rows created in the same millisecond. */
export function newestFirst<R extends { created_at: string; id: string }>(): readonly SortKey<R>[] {
  return [
    { by: "created_at", direction: "desc", value: (row) => row.created_at },
    { by: "id", direction: "desc", value: (row) => row.id },
  ];
}

/** An opaque cursor: the sort-key values of the last row of a page. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * The values a cursor holds, checked against the kinds the list expects, so a damaged or foreign cursor is a
 * 400 naming `cursor` and never reaches the database as a value of the wrong type.
 */
export function decodeCursor(cursor: string, kinds: readonly ("text" | "number")[]): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (
    Array.isArray(values) &&
    values.length === kinds.length &&
    values.every((value, i) =>
      kinds[i] === "number" ? typeof value === "number" && Number.isFinite(value) : typeof value === "string",
    )
  )
    return values as CursorValue[];
  throw invalidField("cursor", "is not a cursor of this list (copy nextCursor from the previous page)");
}

const refOf = (by: string | Expression<unknown>) => (typeof by === "string" ? sql.ref(by) : by);

/**
 * Runs `query` sorted by `order` and returns one page of it: keyset pagination (rows after the cursor's key, never
 * OFFSET), so a page costs the same however deep it is and rows added meanwhile neither repeat nor go missing.
 * Without a page request it returns every row: for reports and jobs that need the whole list.
 */
export async function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: readonly SortKey<O>[],
  page?: PageRequest,
): Promise<Page<O>> {
  let sorted = query;
  for (const key of order) sorted = sorted.orderBy(refOf(key.by), key.direction);
  if (!page) return { items: await sorted.execute(), nextCursor: null };
  if (page.cursor) {
    const after = decodeCursor(
      page.cursor,
      order.map((key) => (key.numeric ? "number" : "text")),
    );
    // (k1, k2, …) past the cursor: k1 beyond it, or k1 equal and k2 beyond it, and so on.
    sorted = sorted.where((eb) =>
      eb.or(
        order.map((key, i) =>
          eb.and([
            ...order.slice(0, i).map((earlier, j) => eb(refOf(earlier.by), "=", after[j])),
            eb(refOf(key.by), key.direction === "desc" ? "<" : ">", after[i]),
          ]),
        ),
      ),
    );
  }
  const rows = await sorted.limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor(order.map((key) => key.value(last))) : null,
  };
}
