import { readFile } from "node:fs/promises";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import type { OpenAPI3 } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTypesPath, renderApiTypes } from "../../scripts/api-types.js";
import { openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { createApiKey, signUp } from "../../src/test-support/http.js";

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  parameters?: Array<{ in: string; required?: boolean; schema?: { enum?: unknown[] } }>;
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  tags: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
};

const methods = ["get", "put", "post", "patch", "delete", "head", "options"];
const documentRef = "/amplio/openapi.json";

function operations(document: Document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, operation })),
  );
}

// The document depends on no database, so one suffices.
describe("the OpenAPI document as a contract", () => {
  let t: TestApp;
  let document: Document;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
    await t.app.ready();
    document = t.app.swagger() as unknown as Document;
  });
  afterAll(async () => t.close());

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const config = await createConfig(
      { extends: ["recommended"] },
      {
        // Operations that cannot truthfully meet a rule, and only those: the health check has no client error to
        // answer; following a short link and a platform's OAuth callback answer a redirect, never a 2xx.
        ignore: {
          [documentRef]: {
            "operation-4xx-response": new Set(["#/paths/~1healthz/get/responses"]),
            "operation-2xx-response": new Set([
              "#/paths/~1r~1{code}/get/responses",
              "#/paths/~1api~1portal~1connections~1{platform}~1callback/get/responses",
            ]),
          },
        },
      },
    );
    const problems = await lintFromString({
      source: JSON.stringify(document, null, 2),
      absoluteRef: documentRef,
      config,
    });
    const reported = problems.filter((problem) => !problem.ignored);
    expect(reported.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual(
      [],
    );
    // The exceptions above still exist, so they are not stale.
    expect(problems.filter((problem) => problem.ignored)).toHaveLength(3);
  });

  it("names every operation once, summarises it, and declares its tag and security", () => {
    const declaredTags = new Set(document.tags.map((tag) => tag.name));
    expect(document.tags.every((tag) => tag.description)).toBe(true);
    const ids = new Set<string>();
    for (const { key, operation } of operations(document)) {
      expect(operation.operationId, key).toMatch(/^[a-z][a-zA-Z0-9]+$/);
      expect(ids.has(operation.operationId as string), `${key} repeats ${operation.operationId}`).toBe(false);
      ids.add(operation.operationId as string);
      expect(operation.summary, key).toBeTruthy();
      for (const tag of operation.tags ?? []) expect(declaredTags.has(tag), `${key}: tag ${tag}`).toBe(true);
      expect(Array.isArray(operation.security), `${key} declares security`).toBe(true);
    }
    expect(ids.size).toBeGreaterThan(100);
  });

  it("describes every response, and declares every error as problem+json with the shared Problem schema", () => {
    for (const { key, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, `${key} ${status}`).not.toBe("Default Response");
        expect(response.description, `${key} ${status}`).toBeTruthy();
        // The one exception: the redirect's 404 is a page for the person who followed the link.
        if (Number(status) < 400 || (key === "GET /r/{code}" && status === "404")) continue;
        if (key === "GET /r/{code}" && status === "503") continue;
        expect(response.content, `${key} ${status}`).toEqual({
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        });
      }
    }
  });

  it("declares the media types of files, CSV, uploads and the redirect", () => {
    const byKey = new Map(operations(document).map(({ key, operation }) => [key, operation]));
    const ok = (key: string, status = "200") => Object.keys(byKey.get(key)?.responses[status]?.content ?? {});
    const body = (key: string) => Object.keys(byKey.get(key)?.requestBody?.content ?? {});
    expect(ok("GET /api/v1/campaigns/{campaignId}/report.pdf")).toEqual(["application/pdf"]);
    expect(ok("GET /api/v1/contracts/{contractId}/pdf")).toEqual(["application/pdf"]);
    expect(ok("GET /api/v1/links/{linkId}/qr")).toEqual(["image/png", "image/svg+xml"]);
    expect(ok("GET /api/v1/campaigns/{campaignId}/report.csv")).toEqual(["text/csv"]);
    expect(body("POST /api/v1/campaigns/{campaignId}/post-metrics/import")).toEqual(["text/csv"]);
    expect(body("POST /api/portal/media")).toEqual(["application/octet-stream", "image/*", "video/*"]);
    expect(body("POST /api/v1/campaigns/{campaignId}/brief/files")).toContain("application/pdf");
    expect(body("POST /webhooks/shopify/{connectionId}")).toEqual(["application/json"]);
    const redirect = byKey.get("GET /r/{code}")?.responses["302"] as { headers?: Record<string, unknown> };
    expect(Object.keys(redirect.headers ?? {})).toEqual(["Location"]);
  });

  it("tells the truth about security: a route that declares credentials refuses a request without them", async () => {
    for (const { key, path, method, operation } of operations(document)) {
      if (operation.security?.length === 0) continue;
      const url = path.replaceAll(/\{[^}]+\}/g, "x");
      const response = await t.app.inject({ method: method.toUpperCase() as "GET", url });
      // Validation runs before the handler authenticates, so a route whose input "x" and no body cannot satisfy
      // (a body, a required query, an enumerated path parameter) may say 400 first.
      const needsInput =
        operation.requestBody !== undefined ||
        (operation.parameters ?? []).some((p) => (p.in === "query" && p.required) || p.schema?.enum);
      expect(needsInput ? [400, 401] : [401], `${key} answered ${response.statusCode}`).toContain(
        response.statusCode,
      );
    }
  });

  it("tells the truth about API keys: accepted where declared, refused (acting as a member) where not", async () => {
    const key = await createApiKey(t.app, await signUp(t.app));
    for (const { key: name, path, method, operation } of operations(document)) {
      if (!path.startsWith("/api/v1/")) continue;
      const url = path.replaceAll(/\{[^}]+\}/g, "x");
      const response = await t.app.inject({
        method: method.toUpperCase() as "GET",
        url,
        headers: { authorization: `Bearer ${key}` },
      });
      const takesKey = (operation.security ?? []).some((requirement) => "apiKey" in (requirement as object));
      if (takesKey)
        expect([401, 403], `${name} answered ${response.statusCode}`).not.toContain(response.statusCode);
      else expect([400, 403], `${name} answered ${response.statusCode}`).toContain(response.statusCode);
    }
  });

  it("generates exactly the checked-in client types (web/src/api/schema.d.ts); run `npm run generate:api`", async () => {
    const generated = await renderApiTypes(document as unknown as OpenAPI3);
    expect(generated === (await readFile(apiTypesPath, "utf8")), "web/src/api/schema.d.ts is stale").toBe(
      true,
    );
  });
});
