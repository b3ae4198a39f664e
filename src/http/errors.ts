export interface FieldError {
  field: string;
  message: string;
}

const problemKinds = {
  bad_request: { status: 400, title: "Bad request" },
  validation: { status: 400, title: "Invalid input" },
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  payload_too_large: { status: 413, title: "Payload too large" },
  uri_too_long: { status: 414, title: "URI too long" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ProblemCode = keyof typeof problemKinds;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

/** The one error type domain code throws; the HTTP layer turns it into RFC 9457 problem+json. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly errors?: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.code = code;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return problemKinds[this.code].status;
  }

  toProblem(): Problem {
    return problem(this.code, this.message, this.errors);
  }
}

export function problem(code: ProblemCode, detail: string, errors?: FieldError[]): Problem {
  const kind = problemKinds[code];
  return {
    type: `urn:amplio:problem:${code.replaceAll("_", "-")}`,
    title: kind.title,
    status: kind.status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

export function invalidField(field: string, message: string): AppError {
  return new AppError("validation", `${field}: ${message}`, { errors: [{ field, message }] });
}
