import { z } from "zod";

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export function idParam<K extends string>(name: K) {
  return z.object({ [name]: z.string().min(1).max(100) } as Record<K, z.ZodString>);
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "must be an email address" }));

export const isoTime = z
  .string()
  .meta({ description: "UTC ISO-8601 time", example: "2026-11-24T09:00:00.000Z" });

export const roleSchema = z.enum(["owner", "admin", "member", "viewer"]);

export const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** The query of every paginated list (spread it into the route's querystring object). */
export const pageQuery = {
  limit: limitSchema.meta({ description: "Rows per page: 50 unless given, at most 200" }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .meta({ description: "The nextCursor of the previous page; leave out for the first page" }),
};

/** The response of every paginated list: `{ items, nextCursor }`, plus what a list adds about the whole set. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as cursor for the next page; null on the last" }),
  });
}

/** Error responses every authenticated route can give, for the OpenAPI document. */
export const authErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
