import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type FieldError, type Problem, type ProblemCode, problem } from "./errors.js";
import { securityHeaders } from "./response-headers.js";

const problemContentType = "application/problem+json; charset=utf-8";

/** Fastify's own client-error codes, mapped to the closed set of problem kinds. */
const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_TYPE: "unsupported_media_type",
  FST_ERR_VALIDATION: "validation",
};

function fieldName(section: string, instancePath: string, params: Record<string, unknown>): string {
  const dotted = instancePath.split("/").filter(Boolean).join(".");
  const unknownKeys = Array.isArray(params.keys) ? params.keys.map(String) : [];
  const leaf = unknownKeys.length > 0 ? [dotted, unknownKeys.join(",")].filter(Boolean).join(".") : dotted;
  return leaf || section;
}

function zodFieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const section = error.validationContext ?? "body";
  return error.validation.map((issue) => ({
    field: fieldName(section, issue.instancePath, issue.params),
    message: issue.message ?? "is invalid",
  }));
}

function toProblem(error: FastifyError): Problem | null {
  if (error instanceof AppError) return error.toProblem();
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = zodFieldErrors(error);
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join("; ");
    return problem("validation", detail || "The request is invalid.", errors);
  }
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped === "payload_too_large")
    return problem(mapped, "The request body is larger than this endpoint accepts.");
  if (mapped === "bad_request" && error.code?.includes("JSON"))
    return problem(mapped, `The request body is not valid JSON: ${error.message}`, [
      { field: "body", message: "malformed JSON" },
    ]);
  if (mapped) return problem(mapped, error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const code: ProblemCode =
      error.statusCode === 404 ? "not_found" : error.statusCode === 429 ? "rate_limited" : "bad_request";
    return { ...problem(code, error.message), status: error.statusCode };
  }
  return null;
}

/**
 * The router's longest path segment, counted before percent-decoding: every id the API accepts (at most 200
 * characters, so 600 if each is percent-encoded) fits, and a route's own schema answers anything longer.
 */
export const maxPathSegmentLength = 1024;

/**
 * Errors the router raises before any route runs (a `%` that starts no percent-encoded byte, a path segment past
 * maxPathSegmentLength): answered as problem+json like every other 4xx, not as Fastify's own JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const body =
    error.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? problem("uri_too_long", `A part of the path is longer than ${maxPathSegmentLength} characters.`, [
          { field: "path", message: `each part must be at most ${maxPathSegmentLength} characters` },
        ])
      : problem("bad_request", "The URL is not valid: a % in it must start a percent-encoded byte.", [
          { field: "path", message: "is not a valid URL path" },
        ]);
  // Fastify runs no hooks for these replies, so the headers every response carries are set here.
  void reply
    .status(body.status)
    .header("x-request-id", request.id)
    .headers(securityHeaders)
    .type(problemContentType)
    .send(body);
}

/** Answers an unknown URL some other way (the web UI's app shell); returns false to fall through to a 404 problem. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

export function registerProblemHandlers(app: FastifyInstance, fallback?: NotFoundFallback): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toProblem(error);
    if (body === null) {
      request.log.error({ err: error }, "unhandled error");
      return reply
        .status(500)
        .type(problemContentType)
        .send(problem("internal", `Something went wrong on our side. Reference: ${request.id}`));
    }
    if (error instanceof AppError && error.retryAfterSeconds)
      reply.header("retry-after", error.retryAfterSeconds);
    return reply.status(body.status).type(problemContentType).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    if (fallback?.(request, reply)) return;
    reply
      .status(404)
      .type(problemContentType)
      .send(problem("not_found", `No route ${request.method} ${request.url.split("?")[0]}.`));
  });
}
