import slugifyText from "@sindresorhus/slugify";

export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A URL-safe slug from a display name, transliterated ("Größe" → "groesse"); "org" when nothing is left. */
export function slugify(name: string): string {
  const slug = slugifyText(name).slice(0, 48).replace(/-+$/g, "");
  return slug || "org";
}
