import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { AppError } from "./errors.js";

export interface RateLimitTables {
  rate_limit_windows: { key: string; window_start: string; hits: number };
}

interface Limit {
  max: number;
  timeWindow: number;
}

const minute = 60_000;

/**
 * Every endpoint anyone may call without an account, and how often one address may call it. Signing in and up
 * hash a password (scrypt) on purpose, so they are the tightest. The redirect (`GET /r/:code`) is public too but is
 * not limited here: it answers ahead of the router (decision 0005), costs microseconds, and a limit would drop
 * real clicks from busy shared addresses; bots are classified, not refused.
 */
export const publicRateLimits: Readonly<Record<string, Limit>> = {
  "POST /api/auth/sign-in": { max: 30, timeWindow: minute },
  "POST /api/auth/sign-up": { max: 10, timeWindow: 10 * minute },
  "GET /api/auth/invites/:token": { max: 60, timeWindow: minute },
  "POST /api/auth/invites/:token/accept": { max: 30, timeWindow: minute },
  "POST /api/portal/sign-in": { max: 30, timeWindow: minute },
  // Creator applications: a person applies once or twice; a bot filling the form in a loop is stopped here.
  "GET /api/public/apply/:organisationSlug": { max: 120, timeWindow: minute },
  "GET /api/public/apply/:organisationSlug/:campaignSlug": { max: 120, timeWindow: minute },
  "POST /api/public/apply/:organisationSlug": { max: 10, timeWindow: 10 * minute },
  "POST /api/public/apply/:organisationSlug/:campaignSlug": { max: 10, timeWindow: 10 * minute },
  "GET /t.js": { max: 300, timeWindow: minute },
  "POST /t/conversions": { max: 60, timeWindow: minute },
  // Signed by Shopify and sent from a few addresses for every store: generous, so a busy store's orders never wait.
  "POST /webhooks/shopify/:connectionId": { max: 6_000, timeWindow: minute },
};

/**
 * Counts one request in its window and returns the count and the time left, in one statement that every process
 * shares: a window that has ended starts again at 1. Both databases evaluate the SET clauses on the row as it was.
 */
async function hit(db: Kysely<Database>, key: string, timeWindow: number) {
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const ended = new Date(now - timeWindow).toISOString();
  const row = await db
    .insertInto("rate_limit_windows")
    .values({ key, window_start: nowIso, hits: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const over = eb("rate_limit_windows.window_start", "<=", ended);
        return {
          hits: eb
            .case()
            .when(over)
            .then(1)
            .else(eb("rate_limit_windows.hits", "+", 1))
            .end(),
          window_start: eb
            .case()
            .when(over)
            .then(nowIso)
            .else(eb.ref("rate_limit_windows.window_start"))
            .end(),
        };
      }),
    )
    .returning(["hits", "window_start"])
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: Math.max(0, Date.parse(row.window_start) + timeWindow - now) };
}

/** Windows that ended long ago are dropped now and then, so the table holds about one row per recent caller. */
const pruneEvery = 1_000;

/** A store for @fastify/rate-limit kept in the database, so the limits hold across processes (as decision 0003). */
function databaseStore(db: Kysely<Database>) {
  let hits = 0;
  return class DatabaseRateLimitStore {
    incr(
      key: string,
      done: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      hits += 1;
      if (hits % pruneEvery === 0) {
        const before = new Date(Date.now() - 24 * 60 * minute).toISOString();
        void db
          .deleteFrom("rate_limit_windows")
          .where("window_start", "<", before)
          .execute()
          .catch(() => {});
      }
      hit(db, key, timeWindow).then(
        (result) => done(null, result),
        (error: Error) => done(error),
      );
    }

    child() {
      return this;
    }
  };
}

/**
 * Limits the public endpoints listed above, per client address (as trustProxy resolves it) and route. Registered
 * before the routes: each one listed gets its limit as it is added.
 */
export async function registerRateLimits(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      const limit = publicRateLimits[`${method} ${route.url}`];
      if (limit) route.config = { ...route.config, rateLimit: limit };
    }
  });
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseStore(db),
    keyGenerator: (request) => `${request.routeOptions.method} ${request.routeOptions.url} ${request.ip}`,
    // Thrown by the plugin, so the one error handler answers it as problem+json like every other 429.
    errorResponseBuilder: (_request, context) =>
      new AppError("rate_limited", `Too many requests from this address; try again in ${context.after}.`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
}
