import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { AppContext } from "./app-context.js";
import { type AmplioConfig, loadConfig } from "./config.js";
import { type AmplioDatabase, openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { registerAuthentication } from "./http/auth.js";
import { trustFunction } from "./http/client-address.js";
import { problem } from "./http/errors.js";
import { openApiTags, openApiTransform, openApiTransformObject, securitySchemes } from "./http/openapi.js";
import { frameworkErrors, maxPathSegmentLength, registerProblemHandlers } from "./http/problem-handler.js";
import { registerRateLimits } from "./http/rate-limits.js";
import {
  contentSecurityPolicy,
  requestIdFrom,
  securityHeaders,
  strictTransportSecurity,
} from "./http/response-headers.js";
import { jsonResponse, problemSchema } from "./http/schemas.js";
import { accountRoutes } from "./modules/accounts/routes.js";
import { apiKeyRoutes } from "./modules/api-keys/routes.js";
import { publicApplicationRoutes } from "./modules/applications/public-routes.js";
import { applicationRoutes } from "./modules/applications/routes.js";
import { auditRoutes } from "./modules/audit/routes.js";
import { briefRoutes } from "./modules/briefs/routes.js";
import { campaignRoutes } from "./modules/campaigns/routes.js";
import { complianceRoutes } from "./modules/compliance/routes.js";
import { connectorRoutes } from "./modules/connectors/routes.js";
import { contractRoutes } from "./modules/contracts/routes.js";
import { conversionRoutes } from "./modules/conversions/routes.js";
import { storefrontRoutes } from "./modules/conversions/storefront-routes.js";
import { anyConnectionClient } from "./modules/creator-connections/connection-clients.js";
import { connectionClientRoutes, portalConnectionRoutes } from "./modules/creator-connections/routes.js";
import { creatorRoutes } from "./modules/creators/routes.js";
import { discountCodeRoutes } from "./modules/discount-codes/routes.js";
import { discoveryRoutes } from "./modules/discovery/routes.js";
import { JobRunner } from "./modules/jobs/job-runner.js";
import { organisationRoutes } from "./modules/organisations/routes.js";
import { outreachRoutes } from "./modules/outreach/routes.js";
import { payoutRoutes } from "./modules/payouts/routes.js";
import { plannerRoutes } from "./modules/planner/routes.js";
import { portalLinkRoutes } from "./modules/portal/link-routes.js";
import { portalRoutes } from "./modules/portal/routes.js";
import { postRoutes } from "./modules/posts/routes.js";
import { reportRoutes } from "./modules/reports/routes.js";
import { reviewRoutes } from "./modules/review/routes.js";
import { shopifyRoutes } from "./modules/shopify/routes.js";
import { shopifyWebhookRoutes } from "./modules/shopify/webhook-routes.js";
import { todayRoutes } from "./modules/today/routes.js";
import { redirectRoutes } from "./modules/tracking/redirect-routes.js";
import { trackingRoutes } from "./modules/tracking/routes.js";
import { isRedirectRequest, type RedirectHandler } from "./modules/tracking/serve-redirect.js";
import { trackingRuntime } from "./modules/tracking/tracking-runtime.js";

declare module "fastify" {
  interface FastifyInstance {
    amplio: AppContext;
  }
}

export interface BuildAppOptions extends Partial<AmplioConfig> {
  /** Use an already-open database (tests share one per file); otherwise one is opened from `databaseUrl`. */
  database?: AmplioDatabase;
}

/**
 * Vite names every file under assets/ by its content hash, so a browser may keep it for a year; anything else (the
 * app shell) is checked on each visit so a new release is picked up at once.
 */
function webCacheControl(webRoot: string, filePath: string): string {
  const hashed = path.relative(webRoot, filePath).startsWith(`assets${path.sep}`);
  return hashed ? "public, max-age=31536000, immutable" : "no-cache";
}

/** The one Fastify factory: the server, the tests and the CLI all build Amplio through it. */
export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { database: givenDatabase, ...overrides } = options;
  const config = loadConfig(overrides);
  const database = givenDatabase ?? openDatabase(config.databaseUrl, { schema: config.databaseSchema });
  await migrateToLatest(database.db);
  if (!config.encryptionKey && (await anyConnectionClient(database.db))) {
    if (!givenDatabase) await database.destroy();
    throw new Error(
      "Creator connections are set up (Settings → Creator connections), but AMPLIO_ENCRYPTION_KEY is not set: their tokens and client secrets cannot be read without it. Start Amplio with the key they were saved with.",
    );
  }

  // Set once the redirect is registered; until then every request goes through Fastify.
  let redirect: RedirectHandler | null = null;
  const app = Fastify({
    logger: { level: config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie"] },
    genReqId: (request) => requestIdFrom(request.headers),
    trustProxy: trustFunction(config.trustProxy),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: maxPathSegmentLength },
    frameworkErrors,
    // GET /r/:code skips the router, hooks and reply objects (decision 0005): it is most of the traffic.
    serverFactory: (fastifyHandler) => {
      const server = createServer((request, response) => {
        if (redirect && isRedirectRequest(request)) redirect(request, response);
        else fastifyHandler(request, response);
      });
      // Fastify's own default, which it sets only on servers it creates.
      server.keepAliveTimeout = 72_000;
      return server;
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const jobs = new JobRunner(database, { log: app.log });
  const context: AppContext = { config, database, jobs };
  app.decorate("amplio", context);
  // Callback hooks, not async ones: they run on every request that reaches Fastify, and a promise each adds up.
  app.addHook("onSend", (request, reply, payload, done) => {
    reply.header("x-request-id", request.id);
    if (request.protocol === "https") reply.header("strict-transport-security", strictTransportSecurity);
    done(null, payload);
  });
  app.addHook("onClose", async () => {
    await jobs.stop();
    if (!givenDatabase) await database.destroy();
  });

  const serveAppShell = Boolean(
    config.webRoot && existsSync(path.join(path.resolve(config.webRoot), "index.html")),
  );
  // The web UI routes on the client: unknown GETs outside the API get its app shell.
  registerProblemHandlers(app, (request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    const isPage =
      (request.method === "GET" || request.method === "HEAD") &&
      !pathname.startsWith("/api/") &&
      !pathname.includes(".");
    if (!serveAppShell || !isPage) return false;
    void reply.type("text/html; charset=utf-8").sendFile("index.html");
    return true;
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: securityHeaders["referrer-policy"] },
    // Sent above, and only over TLS: over plain HTTP it would be ignored at best.
    strictTransportSecurity: false,
  });
  await app.register(fastifyCookie);
  if (config.rateLimits) await registerRateLimits(app, database.db);
  registerAuthentication(app, database);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Amplio API",
        version: "1",
        description:
          "Influencer-marketing platform API. Authenticate with `Authorization: Bearer <API key>` (create one under Settings → API keys), or as the web app does with its session cookie and CSRF header; the creator portal has its own cookie. Each operation states which it takes. Errors are RFC 9457 problem+json. Money is integer minor units with a currency; times are UTC ISO-8601; rates are fractions.",
        license: { name: "Apache-2.0", identifier: "Apache-2.0" },
      },
      servers: [{ url: config.publicUrl, description: "This Amplio server" }],
      tags: openApiTags,
      components: { securitySchemes },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  // Its page needs inline scripts and styles: it sends a policy of its own with their hashes, less the request to
  // upgrade to https (Amplio may be served over plain HTTP locally), outside hosts, and with inline styles allowed
  // (Swagger UI sets style attributes as it renders).
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/\s*upgrade-insecure-requests;?/, "")
        .replace(" validator.swagger.io", "")
        .replaceAll(" https:", "")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    uiConfig: { validatorUrl: null },
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get(
    "/healthz",
    {
      schema: {
        operationId: "getHealth",
        tags: ["Health"],
        security: [],
        summary: "Liveness and database check",
        response: {
          200: jsonResponse(
            "The server is up and its database answers",
            z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) }),
          ),
          503: problemSchema,
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
      } catch (error) {
        app.log.error({ err: error }, "health check: database unreachable");
        return reply
          .status(503)
          .type("application/problem+json")
          .send(problem("internal", "The database is unreachable."));
      }
      return { status: "ok" as const, database: database.dialect };
    },
  );

  await app.register(accountRoutes, { prefix: "/api/auth", ...context });
  await app.register(portalRoutes, { prefix: "/api/portal", ...context });
  await app.register(publicApplicationRoutes, { prefix: "/api/public", ...context });
  await app.register(portalConnectionRoutes, { prefix: "/api/portal", ...context });
  await app.register(redirectRoutes, context);
  redirect = trackingRuntime(context).redirect.handle;
  await app.register(storefrontRoutes, context);
  await app.register(shopifyWebhookRoutes, context);
  await app.register(
    async (v1) => {
      await v1.register(organisationRoutes, context);
      await v1.register(apiKeyRoutes, context);
      await v1.register(auditRoutes, context);
      await v1.register(creatorRoutes, context);
      await v1.register(discoveryRoutes, context);
      await v1.register(connectorRoutes, context);
      await v1.register(connectionClientRoutes, context);
      await v1.register(campaignRoutes, context);
      await v1.register(contractRoutes, context);
      await v1.register(complianceRoutes, context);
      await v1.register(outreachRoutes, context);
      await v1.register(postRoutes, context);
      await v1.register(plannerRoutes, context);
      await v1.register(briefRoutes, context);
      await v1.register(reviewRoutes, context);
      await v1.register(portalLinkRoutes, context);
      await v1.register(reportRoutes, context);
      await v1.register(payoutRoutes, context);
      await v1.register(todayRoutes, context);
      await v1.register(trackingRoutes, context);
      await v1.register(discountCodeRoutes, context);
      await v1.register(conversionRoutes, context);
      await v1.register(shopifyRoutes, context);
      await v1.register(applicationRoutes, context);
    },
    { prefix: "/api/v1" },
  );

  const webRoot = config.webRoot ? path.resolve(config.webRoot) : null;
  if (webRoot && existsSync(path.join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
      // The build writes .br and .gz beside each asset (web/vite.config.ts): served as the browser accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header("cache-control", webCacheControl(webRoot, filePath)),
    });
  }

  return app;
}
