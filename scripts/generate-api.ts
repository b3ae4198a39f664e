import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { apiTypesPath, buildOpenApiDocument, renderApiTypes } from "./api-types.js";

await mkdir(path.dirname(apiTypesPath), { recursive: true });
await writeFile(apiTypesPath, await renderApiTypes(await buildOpenApiDocument()));
console.log(`wrote ${path.relative(process.cwd(), apiTypesPath)}`);
