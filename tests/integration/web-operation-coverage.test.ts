import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../src/test-support/databases.js";

/**
 * Every operation a person uses is reachable from the web app: a page calls it through the typed client
 * (`$api.useQuery("get", "/api/v1/…")`, `fetchClient.POST("/api/…")`) or links to it (a download, a PDF, a QR code).
 * An operation added without a page that calls it fails here, unless it is one that machines call.
 */
const machineToMachine = new Map<string, string>([
  ["GET /healthz", "a load balancer's health check"],
  ["GET /r/{code}", "a follower's click on a tracking link"],
  ["POST /t/conversions", "the storefront snippet on the brand's shop"],
  ["POST /webhooks/shopify/{connectionId}", "Shopify's order webhooks"],
  ["POST /api/v1/inbound-email", "the mail provider's inbound-email webhook"],
  ["POST /api/v1/conversions", "the brand's shop backend or CRM reporting an order with an API key"],
  [
    "GET /api/portal/connections/{platform}/callback",
    "the platform sending the creator back after they allowed access",
  ],
]);

const methods = ["get", "put", "post", "patch", "delete"];

async function webSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && e.name !== "schema.d.ts")
    .map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map((f) => readFile(f, "utf8")));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

/** A path parameter is written `{name}` in a typed-client call and `${anything}` in a link. */
function pathPattern(path: string) {
  return path
    .split(/\{[^}]+\}/)
    .map(escapeRegExp)
    .join("(?:\\{[^}]+\\}|\\$\\{[^}]+\\})");
}

function isCalled(sources: string, method: string, path: string, onlyWriteOfItsPath = false) {
  const p = pathPattern(path);
  const typed = new RegExp(
    `(["'])${method}\\1\\s*,\\s*["']${p}["']|\\.${method.toUpperCase()}\\(\\s*["'\`]${p}["'\`]`,
  );
  if (typed.test(sources)) return true;
  // A table of actions (`approve: "/api/v1/payouts/{entryId}/approve"`) handed to one mutation: the path names
  // the operation when it is the only write at that path.
  if (onlyWriteOfItsPath && new RegExp(`:\\s*["']${p}["']`).test(sources)) return true;
  // A link or download: only reads can be reached by following an address.
  return method === "get" && new RegExp(`["'\`]${p}(?:[?"'\`])`).test(sources);
}

describe("the web app reaches every operation a person uses", () => {
  let t: TestApp;
  let operations: Array<{ method: string; path: string }>;
  let sources: string;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
    await t.app.ready();
    const document = t.app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => methods.includes(m))
        .map((method) => ({ method, path })),
    );
    sources = (await webSources(join(import.meta.dirname, "../../web/src"))).join("\n");
  });
  afterAll(async () => t.close());

  it("has a page that calls each operation, machine-to-machine routes apart", () => {
    const writes = (path: string) => operations.filter((o) => o.path === path && o.method !== "get").length;
    const missing = operations
      .filter(({ method, path }) => !machineToMachine.has(`${method.toUpperCase()} ${path}`))
      .filter(({ method, path }) => !isCalled(sources, method, path, method !== "get" && writes(path) === 1))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
  });

  it("lists only machine-to-machine routes that exist", () => {
    const keys = new Set(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    expect([...machineToMachine.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it("would notice an operation no page calls", () => {
    expect(isCalled(sources, "get", "/api/v1/an-operation-no-page-calls/{id}")).toBe(false);
    expect(isCalled('$api.useQuery("get", "/api/v1/x/{id}")', "get", "/api/v1/x/{id}")).toBe(true);
    expect(isCalled(`href={\`/api/v1/x/\${id}/pdf\`}`, "get", "/api/v1/x/{id}/pdf")).toBe(true);
    expect(isCalled(`href={\`/api/v1/x/\${id}/pdf\`}`, "delete", "/api/v1/x/{id}/pdf")).toBe(false);
    expect(isCalled('{ pay: "/api/v1/x/{id}/pay" }', "post", "/api/v1/x/{id}/pay", true)).toBe(true);
    expect(isCalled('{ pay: "/api/v1/x/{id}/pay" }', "post", "/api/v1/x/{id}/pay", false)).toBe(false);
  });
});
