import countries from "i18n-iso-countries";
import { LRUCache } from "lru-cache";
import type { SocialAccountInput } from "./creators.js";
import { isValidHandle, normaliseHandle } from "./handles.js";
import { type Platform, platforms } from "./tiers.js";

/** One row of an import, mapped: a creator with one account, or the field at fault. */
export type ImportRowResult =
  | { ok: true; name: string; email: string | null; account: SocialAccountInput }
  | { ok: false; field: string; message: string };

/** Header spellings of common exports, compared without case, spaces, underscores, dashes or `@`. */
const headerAliases: Record<string, string[]> = {
  handle: [
    "handle",
    "username",
    "user",
    "account",
    "instagramhandle",
    "tiktokhandle",
    "channelhandle",
    "screenname",
  ],
  profileUrl: ["profileurl", "url", "link", "profile", "profilelink", "channelurl"],
  platform: ["platform", "network", "socialnetwork", "channel", "source"],
  name: [
    "name",
    "fullname",
    "displayname",
    "creator",
    "creatorname",
    "influencer",
    "influencername",
    "title",
  ],
  followers: [
    "followers",
    "followercount",
    "followerscount",
    "subscribers",
    "subscribercount",
    "subscriberscount",
    "fans",
    "audience",
    "audiencesize",
  ],
  following: ["following", "followingcount", "follows"],
  postsCount: ["posts", "postscount", "postcount", "mediacount", "videos", "videocount"],
  engagementRate: ["engagementrate", "er", "engagement", "avgengagementrate", "engagementratefollowers"],
  country: ["country", "countrycode", "location", "locationcountry"],
  city: ["city", "locationcity"],
  language: ["language", "lang", "contentlanguage"],
  niches: ["niche", "niches", "category", "categories", "tags", "topics"],
  email: ["email", "contactemail", "emailaddress", "mail", "businessemail"],
  bio: ["bio", "biography", "description", "about"],
};

/** The fields a column of an import can fill, in the order a mapping screen lists them. */
export const importFieldNames = Object.keys(headerAliases) as [string, ...string[]];

/**
 * Column → field chosen by a person on the import's preview (null: leave the column out). Without one, headers are
 * matched by their common spellings.
 */
export type ImportMapping = Record<string, string | null>;

const fieldOf = (header: string, mapping: ImportMapping | undefined) =>
  mapping ? (mapping[header] ?? null) : canonicalHeader(header);

const headerLookup = new Map<string, string>();
for (const [field, names] of Object.entries(headerAliases))
  for (const name of names) headerLookup.set(name, field);

// "" for a header that names no field (lru-cache holds no nulls).
const headerCache = new LRUCache<string, string>({ max: 10_000 });

export function canonicalHeader(header: string): string | null {
  const cached = headerCache.get(header);
  if (cached !== undefined) return cached || null;
  const key = header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-@#.()]/g, "");
  const field = headerLookup.get(key) ?? null;
  headerCache.set(header, field ?? "");
  return field;
}

/** "12.5K" → 12500, "1.2M" → 1200000, "1,234" → 1234, "1 234" → 1234; null when it is not a count. */
export function parseCount(value: string): number | null {
  const text = value.trim().replace(/[\s,_\u00a0\u202f]/g, "");
  const match = /^(\d+(?:\.\d+)?)([kmb])?$/i.exec(text);
  if (!match) return null;
  const multiplier = { k: 1e3, m: 1e6, b: 1e9 }[(match[2] ?? "").toLowerCase() as "k" | "m" | "b"] ?? 1;
  const count = Math.round(Number(match[1]) * multiplier);
  return Number.isSafeInteger(count) ? count : null;
}

/** "3.2%" and "3.2" are percents, "0.032" a fraction (a bare number above 1 can only be a percent). */
export function parseRate(value: string): number | null {
  const text = value.trim().replace(",", ".");
  const match = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  const rate = match[2] || number > 1 ? number / 100 : number;
  return rate <= 1 ? rate : null;
}

/** ISO 3166-1 alpha-2 from a code ("us", "GBR") or an English name ("Germany"). */
export function parseCountry(value: string): string | null {
  const text = value.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return countries.isValid(text.toUpperCase()) ? text.toUpperCase() : null;
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  return countries.getAlpha2Code(text, "en") ?? null;
}

const urlPlatforms: Array<[RegExp, Platform]> = [
  [/(^|\.)instagram\.com$/i, "instagram"],
  [/(^|\.)tiktok\.com$/i, "tiktok"],
  [/(^|\.)youtube\.com$/i, "youtube"],
  [/(^|\.)linkedin\.com$/i, "linkedin"],
];

/** Platform and handle from a profile URL (instagram.com/x, tiktok.com/@x, youtube.com/@x, linkedin.com/in/x). */
export function parseProfileUrl(value: string): { platform: Platform; handle: string } | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`);
  } catch {
    return null;
  }
  const platform = urlPlatforms.find(([pattern]) => pattern.test(url.hostname))?.[1];
  if (!platform) return null;
  const parts = url.pathname.split("/").filter(Boolean);
  const handle = platform === "linkedin" ? (parts[0] === "in" ? parts[1] : undefined) : parts[0];
  return handle ? { platform, handle: decodeURIComponent(handle) } : null;
}

function parsePlatform(value: string): Platform | null {
  const text = value.trim().toLowerCase().replace(/\s+/g, "");
  if (text === "ig" || text === "insta") return "instagram";
  if (text === "yt") return "youtube";
  if (text === "tt") return "tiktok";
  return (platforms as readonly string[]).includes(text) ? (text as Platform) : null;
}

const fail = (field: string, message: string): ImportRowResult => ({ ok: false, field, message });
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The import's fields of one record (header → text, as a JSON export gives it); the first non-empty value wins. */
export function importFields(record: Record<string, unknown>, mapping?: ImportMapping): ImportFields {
  const fields: ImportFields = {};
  for (const [header, raw] of Object.entries(record)) {
    const field = fieldOf(header, mapping);
    if (!field || raw === null || raw === undefined) continue;
    const text = Array.isArray(raw) ? raw.join(";") : String(raw).trim();
    if (text !== "" && fields[field] === undefined) fields[field] = text;
  }
  return fields;
}

/**
 * Reads the fields of CSV rows by position: the header is mapped once per file, not once per row. Returns the
 * fields of one row's values; the first non-empty value of a field wins, as for records.
 */
export function csvFieldReader(
  header: string[],
  mapping?: ImportMapping,
): (values: string[]) => ImportFields {
  const columns: Array<[number, string]> = [];
  header.forEach((name, index) => {
    const field = fieldOf(name, mapping);
    if (field) columns.push([index, field]);
  });
  return (values) => {
    const fields: ImportFields = {};
    for (const [index, field] of columns) {
      const raw = values[index];
      if (raw === undefined || fields[field] !== undefined) continue;
      const text = raw.trim();
      if (text !== "") fields[field] = text;
    }
    return fields;
  };
}

/** Field name (handle, followers, …) → its text, trimmed and non-empty. */
export type ImportFields = Record<string, string>;

/**
 * Checks and maps the fields of one row (from `importFields` or `csvFieldReader`) to a creator with one account.
 * `defaults` fills the platform when the file has no platform column.
 */
export function parseImportFields(
  fields: ImportFields,
  defaults: { platform?: Platform } = {},
): ImportRowResult {
  const urlText = fields.profileUrl ?? (fields.handle?.includes("/") ? fields.handle : undefined);
  const fromUrl = urlText ? parseProfileUrl(urlText) : null;
  if (fields.profileUrl && !fromUrl && !fields.handle)
    return fail("profileUrl", "is not an Instagram, TikTok, YouTube or LinkedIn profile URL");
  let platform: Platform | null = fromUrl?.platform ?? defaults.platform ?? null;
  if (fields.platform) {
    platform = parsePlatform(fields.platform);
    if (!platform) return fail("platform", `"${fields.platform}" is not one of ${platforms.join(", ")}`);
  }
  if (!platform) return fail("platform", "is missing (add a platform column or a profile URL)");
  const rawHandle = fields.handle ?? fromUrl?.handle;
  if (!rawHandle) return fail("handle", "is missing");
  const handle = normaliseHandle(platform, rawHandle.includes("/") ? (fromUrl?.handle ?? "") : rawHandle);
  if (!isValidHandle(handle)) return fail("handle", `"${rawHandle}" is not a valid handle`);
  if (!fields.followers) return fail("followers", "is missing");
  const followers = parseCount(fields.followers);
  if (followers === null) return fail("followers", `"${fields.followers}" is not a count`);
  const optionalCount = (field: "following" | "postsCount") => {
    const text = fields[field];
    if (text === undefined) return { value: null };
    const value = parseCount(text);
    return value === null ? { error: fail(field, `"${text}" is not a count`) } : { value };
  };
  const following = optionalCount("following");
  if ("error" in following) return following.error as ImportRowResult;
  const postsCount = optionalCount("postsCount");
  if ("error" in postsCount) return postsCount.error as ImportRowResult;
  let engagementRate: number | null = null;
  if (fields.engagementRate) {
    engagementRate = parseRate(fields.engagementRate);
    if (engagementRate === null)
      return fail("engagementRate", `"${fields.engagementRate}" is not a rate (use 0.032 or 3.2%)`);
  }
  let country: string | null = null;
  if (fields.country) {
    country = parseCountry(fields.country);
    if (!country) return fail("country", `"${fields.country}" is not a country`);
  }
  const email = fields.email?.toLowerCase() ?? null;
  if (email && !emailPattern.test(email)) return fail("email", `"${fields.email}" is not an email address`);
  const niches = (fields.niches ?? "")
    .split(/[;,|]/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n.length > 0 && n.length <= 60)
    .slice(0, 30);
  const language = fields.language?.toLowerCase().slice(0, 8) ?? null;
  return {
    ok: true,
    name: (fields.name ?? handle).slice(0, 200),
    email,
    account: {
      platform,
      handle,
      followers,
      following: following.value,
      postsCount: postsCount.value,
      engagementRate,
      country,
      city: fields.city?.slice(0, 200) ?? null,
      language: language && language.length >= 2 ? language : null,
      niches,
      bio: fields.bio?.slice(0, 5_000) ?? null,
    },
  };
}
