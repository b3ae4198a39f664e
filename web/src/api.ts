export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export type Role = "owner" | "admin" | "member" | "viewer";

export interface SessionView {
  user: { id: string; email: string; name: string };
  organisations: Array<{ id: string; name: string; slug: string; kind: "brand" | "agency"; role: Role }>;
  activeOrganisationId: string | null;
  csrfToken: string;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Keeps the CSRF token of the latest session body; every write sends it back. */
export function rememberSession(session: SessionView | null): void {
  csrfToken = session?.csrfToken ?? null;
}

/** Called when a signed-in request answers 401 (the session expired or was revoked elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A Blob body (an upload) is sent as raw bytes; anything else as JSON. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body instanceof Blob) headers["content-type"] = "application/octet-stream";
  else if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      body: body instanceof Blob || body === undefined ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      detail: "Amplio could not be reached. Check your connection and try again.",
    });
  }
  if (response.status === 204) return undefined as T;
  const data = parseBody(await response.text());
  if (!response.ok) {
    const problem: Problem = isProblem(data)
      ? { ...data, detail: data.detail || data.title }
      : {
          type: "about:blank",
          title: response.statusText,
          status: response.status,
          detail: `The server answered ${response.status} ${response.statusText}.`.trim(),
        };
    // A signed-in request refused as unauthenticated: the session is gone, so sign-in is the way on.
    if (response.status === 401 && csrfToken && !url.startsWith("/api/auth/")) onUnauthorized?.();
    throw new ApiError(problem);
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>("GET", url);
export const post = <T>(url: string, body: unknown = {}) => api<T>("POST", url, body);
export const patch = <T>(url: string, body: unknown) => api<T>("PATCH", url, body);
export const put = <T>(url: string, body: unknown) => api<T>("PUT", url, body);
export const del = (url: string) => api<void>("DELETE", url);

/** One page of a list: what every paginated endpoint answers; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list's URL for the page after `cursor` (the first page without one). */
export function pageUrl(url: string, cursor?: string | null, limit = 50): string {
  const separator = url.includes("?") ? "&" : "?";
  return `${url}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
}

/** Every item of a paginated list, following its cursors: for pickers and views that need the whole list. */
export async function getAll<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await get<Page<T>>(pageUrl(url, cursor, 200));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
