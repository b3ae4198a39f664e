import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCreator, addDeliverable } from "../../src/test-support/collaboration.js";
import { openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../src/test-support/http.js";

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Operation = {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** A small seeded generator, so every run sends the same requests and a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const hostile: unknown[] = [
  null,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  0.5,
  true,
  "",
  " ",
  "x".repeat(5_000),
  "0000-01-01",
  "2026-13-45",
  "9999-12-31T23:59:59Z",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil")',
  "' OR 1=1 --",
  "../../etc/passwd",
  "\u0000\uffff",
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
];
const pathValues = ["x", "' OR 1=1", "..%2F..%2Fetc", "%00", "é", "9".repeat(150), "0"].map(encodeURI);
/** Sent as they are: escapes that decode to nothing, and a segment longer than the router takes. */
const rawPathValues = ["%ZZ", "%E0%A4%A", "a".repeat(1_100)];
const segments = [...pathValues, ...rawPathValues];

const deadlineMs = 90_000;
const requestsPerOperation = 12;

/**
 * Drives every operation of the served document with malformed paths, queries and bodies (from each operation's own
 * schema, mutated): no answer may be a 5xx or take seconds, and every 4xx is problem+json.
 */
describe("fuzzing every operation of the API document", () => {
  let t: TestApp;
  let document: Document;
  const ids: Record<string, string> = {};
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await openTestApp("sqlite");
    await t.app.ready();
    document = t.app.swagger() as unknown as Document;
    const key = await createApiKey(t.app, await signUp(t.app, { organisationName: "Fuzz Ltd" }));
    const api = asApiKey(t.app, key);
    ids.campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Fuzz",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
        },
      })
    ).json().id;
    ids.creatorId = await addCreator(api, ids.campaignId as string, "fuzz.creator");
    ids.deliverableId = await addDeliverable(api, ids.campaignId as string, ids.creatorId);
    headers = { authorization: `Bearer ${key}` };
  }, 60_000);
  afterAll(() => t.close());

  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? document.components.schemas[schema.$ref.split("/").at(-1) ?? ""] : schema;

  /** A value of roughly the right shape, then one field broken. */
  function mutate(schema: Schema | undefined, next: () => number, depth = 0): unknown {
    const resolved = resolve(schema);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
    if (!resolved || depth > 4 || next() < 0.15) return pick(hostile);
    const variants = resolved.anyOf ?? resolved.oneOf;
    if (variants) return mutate(pick(variants), next, depth + 1);
    if (resolved.enum) return next() < 0.5 ? pick(resolved.enum) : pick(hostile);
    const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
    if (type === "object" || resolved.properties) {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(resolved.properties ?? {}))
        if (next() < 0.8) value[name] = mutate(property, next, depth + 1);
      if (next() < 0.1) value.unexpectedField = pick(hostile);
      return value;
    }
    if (type === "array")
      return Array.from({ length: Math.floor(next() * 3) }, () => mutate(resolved.items, next, depth + 1));
    return pick(hostile);
  }

  it(
    "answers every malformed request with a 4xx problem or a success, never a 5xx, within seconds",
    async () => {
      const started = Date.now();
      const next = random(20261204);
      const failures: string[] = [];
      let sent = 0;
      const byStatus = new Map<number, number>();
      let slowest = 0;
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
          for (let i = 0; i < requestsPerOperation && Date.now() - started < deadlineMs; i++) {
            const url = path.replace(/\{(\w+)\}/g, (_match, name: string) =>
              next() < 0.5 && ids[name]
                ? (ids[name] as string)
                : (segments[Math.floor(next() * segments.length)] ?? "x"),
            );
            const query = new URLSearchParams();
            for (const parameter of operation.parameters ?? [])
              if (parameter.in === "query" && next() < 0.7)
                query.set(parameter.name, String(mutate(parameter.schema, next)));
            const target = `${url}${query.size > 0 ? `?${query}` : ""}`;
            const request: InjectOptions = {
              method: method.toUpperCase() as InjectOptions["method"],
              url: target,
              headers: next() < 0.85 ? { ...headers } : {},
            };
            const content = operation.requestBody?.content ?? {};
            if (content["application/json"]) {
              const roll = next();
              request.headers = { ...request.headers, "content-type": "application/json" };
              request.payload =
                roll < 0.1
                  ? "{"
                  : roll < 0.15
                    ? "[".repeat(5_000)
                    : JSON.stringify(mutate(content["application/json"].schema, next));
            } else if (Object.keys(content).length > 0) {
              const type =
                Object.keys(content)[Math.floor(next() * Object.keys(content).length)] ??
                "application/octet-stream";
              request.headers = { ...request.headers, "content-type": type };
              request.payload = Buffer.from(String(mutate(undefined, next)));
            }
            const before = performance.now();
            const response = await t.app.inject(request);
            slowest = Math.max(slowest, performance.now() - before);
            sent += 1;
            byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
            const where = `${request.method} ${target.slice(0, 120)} → ${response.statusCode}`;
            if (response.statusCode >= 500) failures.push(`${where}: ${response.body.slice(0, 300)}`);
            else if (response.statusCode >= 400) {
              const type = String(response.headers["content-type"] ?? "");
              // Following an unknown short link is a page for a person, not an API answer.
              const page = path === "/r/{code}" && type.startsWith("text/html");
              if (!page && !type.startsWith("application/problem+json")) failures.push(`${where}: ${type}`);
            }
          }
        }
      }
      console.info(
        `fuzz: ${sent} requests, answers ${JSON.stringify([...byStatus].sort())}, slowest ${slowest.toFixed(0)} ms`,
      );
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThan(500);
      // Most requests got past authentication to the routes' own checks, and some were valid enough to succeed.
      const count = (from: number, to: number) =>
        [...byStatus].filter(([status]) => status >= from && status < to).reduce((sum, [, n]) => sum + n, 0);
      expect(count(400, 401) + count(404, 500), JSON.stringify([...byStatus])).toBeGreaterThan(sent / 2);
      expect(count(200, 300), JSON.stringify([...byStatus])).toBeGreaterThan(20);
      expect(slowest).toBeLessThan(5_000);
    },
    deadlineMs + 60_000,
  );
});
