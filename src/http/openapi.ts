import { isDeepStrictEqual } from "node:util";
import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { csrfHeaderName, sessionCookieName } from "./auth.js";

type Transform = NonNullable<FastifyDynamicSwaggerOptions["transform"]>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions["transformObject"]>;
type SecurityRequirements = Record<string, string[]>[];

const problemRef = { $ref: "#/components/schemas/Problem" };
const portalCookieName = "amplio_portal";

export const securitySchemes = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description:
      "An organisation API key (Settings → API keys), sent as `Authorization: Bearer <key>`; acts as a member.",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: sessionCookieName,
    description: "The web app's session cookie, set by sign-up and sign-in.",
  },
  csrfToken: {
    type: "apiKey",
    in: "header",
    name: csrfHeaderName,
    description:
      "The session's CSRF token (from sign-in or `GET /api/auth/session`); cookie-authenticated writes send it.",
  },
  portalSession: {
    type: "apiKey",
    in: "cookie",
    name: portalCookieName,
    description:
      "A creator's portal session cookie, set by `POST /api/portal/sign-in` with a magic link's token.",
  },
  portalCsrfToken: {
    type: "apiKey",
    in: "header",
    name: csrfHeaderName,
    description:
      "The portal session's CSRF token (from portal sign-in or `GET /api/portal/me`); portal writes send it.",
  },
} as const;

type SchemeName = keyof typeof securitySchemes;

export const openApiTags: { name: string; description: string }[] = [
  { name: "Health", description: "Liveness and database reachability." },
  { name: "Today", description: "The home page: campaigns in progress and what needs the user." },
  { name: "Session", description: "Accounts: sign-up, sign-in, the session and invitations." },
  { name: "Organisations", description: "The organisation (brand or agency) the caller acts in." },
  { name: "Members", description: "People in the organisation, their roles and invitations." },
  { name: "API keys", description: "Organisation API keys for integrations." },
  { name: "Audit log", description: "Who changed what, and when." },
  { name: "Creators", description: "Creators, their social accounts, posts, audiences and signals." },
  {
    name: "Discovery",
    description: "Creator search, audience fit, lookalikes, shortlists and saved searches.",
  },
  {
    name: "Applications",
    description: "The public page where creators apply, its settings, and the applications inbox.",
  },
  { name: "Connectors", description: "YouTube and Instagram connectors that enrich accounts and posts." },
  { name: "Campaigns", description: "Campaigns, their plan and budget, and the creator pipeline." },
  { name: "Planner", description: "Price estimates, forecasts and the portfolio optimiser." },
  { name: "Contracts", description: "Versioned offers and the contracts they freeze into." },
  { name: "Compliance", description: "Disclosure and brief checks of captions." },
  { name: "Outreach", description: "Email templates, conversations, follow-ups and the outbox." },
  { name: "Briefs", description: "Versioned campaign briefs, per-creator overrides and reference files." },
  { name: "Content review", description: "Deliverables, drafts, review decisions and the content library." },
  {
    name: "Creator portal",
    description: "The creator's own API behind a magic link, and the links that open it.",
  },
  {
    name: "Creator connections",
    description:
      "Creators connect their own Instagram, YouTube and TikTok accounts (OAuth 2.0); the brand sets up each platform's app.",
  },
  { name: "Live posts", description: "Published posts, paid amplification, metrics and comment sentiment." },
  { name: "Tracking", description: "Short links, the redirect, QR codes and click analytics." },
  { name: "Discount codes", description: "Creator discount codes for attribution." },
  { name: "Conversions", description: "Orders and leads, their attribution, refunds and storefront keys." },
  { name: "Integrations", description: "Shopify connections and their webhooks." },
  { name: "Reports", description: "Campaign reports, comparisons, retention and renewal ranking." },
  { name: "Payouts", description: "The payout ledger: fees, commissions, bonuses and clawbacks." },
];

/** One description per error status, so every 4xx/5xx in the document reads the same. */
const errorDescriptions: Record<string, string> = {
  "400": "The request is malformed or invalid; `errors` lists each field",
  "401": "Not authenticated: no valid credentials were sent",
  "403": "Authenticated, but not allowed (role, CSRF token or origin)",
  "404": "Not found, or it belongs to another organisation",
  "409": "Conflicts with the current state",
  "413": "The body is larger than this endpoint accepts",
  "415": "The body's media type or content is not accepted",
  "429": "Too many requests; retry after the `Retry-After` header's seconds",
  "500": "An unexpected error; the detail carries a reference to the server log",
  "503": "Unavailable: a dependency (the database) cannot be reached",
};

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * For routes only a person can call: they need the admin role, and an API key acts as a member (or, creating an
 * organisation, there would be no person to own it). Writes add the CSRF header, as for every cookie.
 */
export const sessionOnly: SecurityRequirements = [{ session: [] }];

// Each cookie's CSRF token, which cookie-authenticated writes must echo.
const csrfOf: Partial<Record<SchemeName, SchemeName>> = {
  session: "csrfToken",
  portalSession: "portalCsrfToken",
};

/**
 * Who may call a route that does not declare `security`, by where it is mounted: /api/v1 takes an API key or the
 * session cookie, /api/auth the session cookie, /api/portal the portal cookie. Routes elsewhere must declare theirs
 * (public ones `security: []`), or the document fails to build.
 */
function defaultSecurity(method: string, url: string): SecurityRequirements {
  if (url.startsWith("/api/v1/")) return [{ apiKey: [] }, { session: [] }];
  if (url.startsWith("/api/auth/")) return [{ session: [] }];
  if (url.startsWith("/api/portal/")) return [{ portalSession: [] }];
  throw new Error(
    `${method} ${url} must declare its security in the OpenAPI document (security: [] if public)`,
  );
}

/** A cookie alone authenticates a read; a write must also send that session's CSRF header. */
function withCsrf(method: string, requirements: SecurityRequirements): SecurityRequirements {
  if (safeMethods.has(method)) return requirements;
  return requirements.map((requirement) => {
    const csrf = Object.keys(requirement).flatMap((scheme) => csrfOf[scheme as SchemeName] ?? []);
    return { ...requirement, ...Object.fromEntries(csrf.map((scheme) => [scheme, []])) };
  });
}

type ResponseEntry = { description?: string; content?: unknown; [key: string]: unknown };

function problemResponse(status: string): ResponseEntry {
  const description = errorDescriptions[status];
  if (!description) throw new Error(`no description for error status ${status}`);
  return { description, content: { "application/problem+json": { schema: problemRef } } };
}

/**
 * The per-route half of the contract, on top of the zod conversion: explicit security (with CSRF on cookie writes),
 * and every error status as problem+json with the shared Problem schema and description. Besides what the route
 * declares, every operation can answer 500 (unless it declares its own 5xx), one with input 400, one with a body 413
 * and 415, and one that needs credentials 401.
 */
export const openApiTransform: Transform = (input) => {
  const { route } = input;
  const routeSchema = (input.schema ?? {}) as typeof input.schema & { hide?: boolean; body?: unknown };
  // Raw bodies (rawBody in schemas.ts) are declared per media type; the zod conversion takes only a schema.
  const { body: rawBody, ...rest } = routeSchema;
  const rawContent = (rawBody as { content?: Record<string, { schema: z.ZodType }> } | undefined)?.content;
  const converted = jsonSchemaTransform({ ...input, schema: rawContent ? rest : routeSchema });
  if (routeSchema.hide || !converted.schema) return converted;
  const schema = converted.schema as Record<string, unknown> & {
    security?: SecurityRequirements;
    response?: Record<string, ResponseEntry>;
  };
  if (rawContent)
    schema.body = {
      content: Object.fromEntries(
        Object.entries(rawContent).map(([type, { schema: media }]) => {
          const { $schema: _, ...json } = z.toJSONSchema(media, { target: "draft-2020-12" });
          return [type, { schema: json }];
        }),
      ),
    };
  const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
  const security = withCsrf(method, schema.security ?? defaultSecurity(method, input.url));
  const declared = schema.response ?? {};
  const statuses = new Set(Object.keys(declared));
  if (![...statuses].some((status) => status.startsWith("5"))) statuses.add("500");
  if (schema.body || schema.querystring || schema.params) statuses.add("400");
  // Fastify's body parsing answers these for any body: over the size limit, or in a media type nothing parses.
  if (schema.body) for (const status of ["413", "415"]) statuses.add(status);
  if (security.length > 0) statuses.add("401");
  const response: Record<string, ResponseEntry> = {};
  for (const status of [...statuses].sort()) {
    const entry = declared[status];
    // An error the route describes itself is answered some other way (the redirect's 404 page for people).
    const describedByRoute = entry?.description !== undefined;
    response[status] =
      Number(status) >= 400 && !describedByRoute ? problemResponse(status) : (entry as ResponseEntry);
  }
  return { ...converted, schema: { ...schema, security, response } };
};

type Document = { paths: unknown; components: { schemas: Record<string, unknown> } };

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") into.add(child.replace("#/components/schemas/", ""));
      else collectRefs(child, into);
    }
}

function renameRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, renames));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key !== "$ref" || typeof child !== "string") return [key, renameRefs(child, renames)];
      const name = child.replace("#/components/schemas/", "");
      return [key, `#/components/schemas/${renames.get(name) ?? name}`];
    }),
  );
}

/**
 * The document-wide half: zod registers each named schema twice (`X` for answers, `XInput` for requests); an input
 * copy equal to its output is folded into it, and components no operation reaches are dropped.
 */
export const openApiTransformObject: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Document;
  const schemas = document.components.schemas;
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const output = name.endsWith("Input") ? name.slice(0, -"Input".length) : null;
    if (output && schemas[output]) renames.set(name, output);
  }
  // An input copy folds only if it equals its output once every foldable reference is folded too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [inputName, outputName] of renames)
      if (
        !isDeepStrictEqual(renameRefs(schemas[inputName], renames), renameRefs(schemas[outputName], renames))
      ) {
        renames.delete(inputName);
        changed = true;
      }
  }
  const folded = renameRefs({ paths: document.paths, schemas }, renames) as Document["components"] & {
    paths: unknown;
  };
  const reachable = new Set<string>();
  collectRefs(folded.paths, reachable);
  for (let grew = true; grew; ) {
    const before = reachable.size;
    for (const name of [...reachable]) collectRefs(folded.schemas[name], reachable);
    grew = reachable.size > before;
  }
  const kept = Object.fromEntries(Object.entries(folded.schemas).filter(([name]) => reachable.has(name)));
  return {
    ...document,
    paths: folded.paths,
    components: { ...document.components, schemas: kept },
  } as ReturnType<typeof jsonSchemaTransformObject>;
};
