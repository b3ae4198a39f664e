import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/app.js";

/** Where the web app reads the API's types from; checked in, and kept equal to the server by a test. */
export const apiTypesPath = fileURLToPath(new URL("../web/src/api/schema.d.ts", import.meta.url));

const header = `/**
 * Generated from Amplio's OpenAPI document by \`npm run generate:api\` (openapi-typescript). Do not edit: change the
 * route schemas and run the script again; a test fails while this file differs from what it generates.
 */

`;

/** The document \`GET /api/openapi.json\` serves, built without listening: an in-memory database, no server. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({ databaseUrl: "sqlite::memory:", logLevel: "silent", webRoot: null });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The TypeScript types (paths, components, operations) a typed client such as openapi-fetch takes. */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  return header + astToString(await openapiTS(document));
}
