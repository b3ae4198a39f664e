import { invalidField } from "../../http/errors.js";
import type { Platform } from "../creators/tiers.js";

const platformHosts: Record<Platform, readonly string[]> = {
  instagram: ["instagram.com"],
  tiktok: ["tiktok.com"],
  youtube: ["youtube.com", "youtu.be"],
  linkedin: ["linkedin.com"],
};

/** A live post's URL must be an http(s) link on its own platform, so a typo does not count another site's page. */
export function normalisePostUrl(platform: Platform, url: string, field = "url"): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw invalidField(field, "is not a URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw invalidField(field, "must be an http or https link");
  const host = parsed.hostname.toLowerCase();
  const onPlatform = platformHosts[platform].some(
    (allowed) => host === allowed || host.endsWith(`.${allowed}`),
  );
  if (!onPlatform)
    throw invalidField(field, `is not a ${platform} link (${platformHosts[platform].join(" or ")})`);
  parsed.hash = "";
  parsed.protocol = "https:";
  return parsed.toString();
}
