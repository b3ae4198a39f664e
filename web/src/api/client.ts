import { QueryClient } from "@tanstack/react-query";
import createFetchClient, { type Middleware } from "openapi-fetch";
import createQueryHooks from "openapi-react-query";
import type { components, paths } from "./schema";

/** The API's shapes, generated from /api/openapi.json (`npm run generate:api`); never written by hand. */
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type FieldError = NonNullable<Problem["errors"]>[number];
export type SessionView = Schemas["Session"];
export type Role = SessionView["organisations"][number]["role"];

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

const networkProblem: Problem = {
  type: "about:blank",
  title: "Network error",
  status: 0,
  detail: "Amplio could not be reached. Check your connection and try again.",
};

// The app's session and the creator portal's session each have a CSRF token; every write sends the right one.
const csrf = { app: null as string | null, portal: null as string | null };
let onUnauthorized: (() => void) | null = null;

const isPortal = (url: string) => new URL(url, window.location.origin).pathname.startsWith("/api/portal");

/** Keeps the CSRF token of the latest session body. */
export function rememberSession(session: { csrfToken: string } | null): void {
  csrf.app = session?.csrfToken ?? null;
}

export function rememberPortalCsrf(token: string | null): void {
  csrf.portal = token;
}

/** Called when a signed-in request answers 401 (the session expired or was revoked elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** The CSRF token a write to this URL must carry. */
function csrfTokenFor(url: string): string | null {
  return isPortal(url) ? csrf.portal : csrf.app;
}

/** A 401 on a signed-in app request means the session is gone: the handler sends the user to sign-in. */
function signedInRequestRefused(url: string, status: number): void {
  const path = new URL(url, window.location.origin).pathname;
  // A signed-in request refused as unauthenticated: the session is gone, so sign-in is the way on.
  if (status === 401 && csrf.app && !path.startsWith("/api/auth/") && !path.startsWith("/api/portal"))
    onUnauthorized?.();
}

function problemOf(response: Response, body: unknown): Problem {
  return isProblem(body)
    ? { ...body, detail: body.detail || body.title }
    : {
        type: "about:blank",
        title: response.statusText,
        status: response.status,
        detail: `The server answered ${response.status} ${response.statusText}.`.trim(),
      };
}

const networkError = () => new ApiError(networkProblem);

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

/**
 * The one fetch wrapper of the app and the portal: CSRF on writes, and every failed answer becomes an ApiError
 * carrying the server's problem+json, so forms can show `errors[].field` at the field.
 */
const problems: Middleware = {
  onRequest({ request }) {
    request.headers.set("accept", request.headers.get("accept") ?? "application/json");
    const token = csrfTokenFor(request.url);
    if (request.method !== "GET" && token) request.headers.set("x-csrf-token", token);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    signedInRequestRefused(request.url, response.status);
    throw new ApiError(problemOf(response, body));
  },
  onError({ error }) {
    // A cancelled request (a newer search replaced it) stays an AbortError so TanStack Query drops it quietly.
    if (error instanceof DOMException && error.name === "AbortError") return error;
    return networkError();
  },
};

export const fetchClient = createFetchClient<paths>({ baseUrl: "", credentials: "same-origin" });
fetchClient.use(problems);

/** Typed TanStack Query hooks over the generated client: `$api.useQuery("get", "/api/v1/campaigns")`. */
export const $api = createQueryHooks(fetchClient);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Cached answers show at once and are fetched again whenever a page that needs them opens: a teammate's
      // change (or one made through the API) is never hidden behind the cache.
      staleTime: 0,
      // A refused request will be refused again; only a lost connection or a server fault is worth a retry.
      retry: (failures, error) =>
        failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      // Each answer is stored under its own parameters, so an older answer never replaces a newer one. No
      // placeholder by default: a page about one creator must never show the previous creator while it loads
      // (searches opt in to keepPreviousData).
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** After a write: every cached read whose path starts with one of these is fetched again. */
export function invalidate(...paths: string[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const path = query.queryKey[1];
      return typeof path === "string" && paths.some((prefix) => path.startsWith(prefix));
    },
  });
}

/** The item type of a paginated list answer. */
export type PageItem<T> = T extends { items: Array<infer I> } ? I : never;

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type SuccessContent<R> = R extends { 200: { content: { "application/json": infer B } } }
  ? B
  : R extends { 201: { content: { "application/json": infer B } } }
    ? B
    : never;

/** What an operation answers: `ResponseOf<"/api/v1/campaigns/{campaignId}">` is a campaign. */
export type ResponseOf<P extends keyof paths, M extends Method = "get"> = SuccessContent<
  Operation<P, M> extends { responses: infer R } ? R : never
>;

/** What an operation takes as its JSON body. */
export type BodyOf<P extends keyof paths, M extends Method = "post"> =
  Operation<P, M> extends {
    requestBody?: { content: { "application/json": infer B } };
  }
    ? B
    : never;
