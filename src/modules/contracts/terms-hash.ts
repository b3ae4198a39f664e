import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level and no spaces, so equal terms always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function sha256Hex(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** SHA-256 of the canonical JSON of offer terms: what the creator saw, and what their acceptance names. */
export function termsSha256(terms: unknown): string {
  return sha256Hex(canonicalJson(terms));
}
