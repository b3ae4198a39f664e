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

/** Keeps the CSRF token of the latest session body; every write sends it back. */
export function rememberSession(session: SessionView | null): void {
  csrfToken = session?.csrfToken ?? null;
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = (data as Problem | undefined) ?? {
      type: "about:blank",
      title: response.statusText,
      status: response.status,
      detail: `The server answered ${response.status}.`,
    };
    throw new ApiError(problem);
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>("GET", url);
export const post = <T>(url: string, body: unknown = {}) => api<T>("POST", url, body);
export const patch = <T>(url: string, body: unknown) => api<T>("PATCH", url, body);
export const del = (url: string) => api<void>("DELETE", url);
