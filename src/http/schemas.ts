import { z } from "zod";
import { earliestDay, isDayInRange, isTimeInRange, latestDay } from "../shared/time.js";

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

/** A real calendar date (not 2026-13-45) between 2000 and 2100, as every date field takes unless it says otherwise. */
export const calendarDate = z.iso
  .date({ error: "use a real calendar date, YYYY-MM-DD" })
  .refine(isDayInRange, { error: `use a date between ${earliestDay} and ${latestDay}` })
  .meta({ example: "2026-11-24" });

/** An ISO-8601 time with its offset, on a day between 2000 and 2100. */
export const timeInput = z.iso
  .datetime({ offset: true, error: "use an ISO-8601 time such as 2026-11-24T09:00:00Z" })
  .refine(isTimeInRange, { error: `use a time between ${earliestDay} and ${latestDay}` })
  .meta({ example: "2026-11-24T09:00:00Z" });

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

/**
 * A success answer in JSON, with what it holds: the description is the response's in the OpenAPI document. Errors need
 * no such wrapper: the document declares every 4xx/5xx as problem+json centrally (src/http/openapi.ts).
 */
export function jsonResponse<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { "application/json": { schema } } };
}

/** Bytes of a file, in OpenAPI's words. */
export const binarySchema = z.any().meta({ type: "string", format: "binary" });

/** A success answer that is a file in one of the given media types (sent as bytes, never serialised). */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binarySchema }])),
  };
}

/** A CSV download (text, sent as is). */
export function csvResponse(description: string) {
  return { description, content: { "text/csv": { schema: z.string() } } };
}

/**
 * A request body that is not JSON (raw file bytes, CSV text): declared per media type so a generated client can send
 * it. The route's own content-type parser reads it; media types without a schema here are not validated by Fastify.
 */
export function rawBody(mediaTypes: readonly string[], schema: z.ZodType = binarySchema) {
  return { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])) };
}

/** A success answer with no body (204), saying what was done. */
export function noContent(description: string) {
  return z.null().meta({ description });
}
