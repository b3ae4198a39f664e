import {
  ApiError,
  csrfTokenFor,
  networkError,
  problemOf,
  rememberSession,
  setUnauthorizedHandler,
  signedInRequestRefused,
} from "./api/client";

export type { FieldError, Problem, Role, SessionView } from "./api/client";
export { ApiError, rememberSession, setUnauthorizedHandler };

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A request by URL, for the pages not yet moved to the typed client (`$api` in ./api/client). A Blob body (an
 * upload) is sent as raw bytes; anything else as JSON.
 */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body instanceof Blob) headers["content-type"] = "application/octet-stream";
  else if (body !== undefined) headers["content-type"] = "application/json";
  const token = csrfTokenFor(url);
  if (method !== "GET" && token) headers["x-csrf-token"] = token;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      body: body instanceof Blob || body === undefined ? body : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  if (response.status === 204) return undefined as T;
  const data = parseBody(await response.text());
  if (!response.ok) {
    signedInRequestRefused(url, response.status);
    throw new ApiError(problemOf(response, data));
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
