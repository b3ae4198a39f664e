import { isbot } from "isbot";
import { UAParser } from "ua-parser-js";
import type { DeviceClass } from "./schema.js";

export interface VisitClass {
  device: DeviceClass;
  /** Crawlers, link-preview fetchers and clients that send no user agent at all. */
  isBot: boolean;
}

const cache = new Map<string, VisitClass>();
const cacheLimit = 5_000;

/** Parsing a user agent costs tens of microseconds; a campaign's clicks repeat a few hundred of them. */
export function classifyUserAgent(userAgent: string): VisitClass {
  const cached = cache.get(userAgent);
  if (cached) return cached;
  const result = parse(userAgent);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(userAgent, result);
  return result;
}

function parse(userAgent: string): VisitClass {
  if (!userAgent.trim()) return { device: "other", isBot: true };
  if (isbot(userAgent)) return { device: "other", isBot: true };
  const parser = new UAParser(userAgent);
  const type = parser.getDevice().type;
  if (type === "mobile" || type === "wearable") return { device: "mobile", isBot: false };
  if (type === "tablet") return { device: "tablet", isBot: false };
  if (type === undefined && (parser.getOS().name || parser.getBrowser().name))
    return { device: "desktop", isBot: false };
  return { device: "other", isBot: false };
}

/** The referring site's host name, lower-cased, without "www."; null for none or an unparsable header. */
export function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    const host = new URL(referer).hostname.toLowerCase();
    return host ? host.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

/** A country code from the trusted proxy header (e.g. CF-IPCountry); anything but two letters is ignored. */
export function countryFromHeader(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^[A-Za-z]{2}$/.test(text)) return null;
  const code = text.toUpperCase();
  return code === "XX" || code === "T1" ? null : code;
}
