import type { Platform } from "./tiers.js";

/** All four platforms match handles case-insensitively, so handles are stored lower-case and without `@`. */
export function normaliseHandle(_platform: Platform, handle: string): string {
  return handle.trim().replace(/^@+/, "").toLowerCase();
}

const handlePattern = /^[\p{L}\p{N}._-]{1,100}$/u;

export function isValidHandle(handle: string): boolean {
  return handlePattern.test(handle);
}

const profileBase: Record<Platform, string> = {
  instagram: "https://www.instagram.com/",
  tiktok: "https://www.tiktok.com/@",
  youtube: "https://www.youtube.com/@",
  linkedin: "https://www.linkedin.com/in/",
};

export function profileUrlFor(platform: Platform, handle: string): string {
  return `${profileBase[platform]}${encodeURIComponent(handle)}`;
}

/** The host of each platform's profile pages, and the path prefix before the handle. */
const profileHosts: Array<{ platform: Platform; hosts: string[]; prefix: RegExp }> = [
  { platform: "instagram", hosts: ["instagram.com"], prefix: /^\/([^/]+)/ },
  { platform: "tiktok", hosts: ["tiktok.com"], prefix: /^\/@([^/]+)/ },
  { platform: "youtube", hosts: ["youtube.com"], prefix: /^\/@([^/]+)/ },
  { platform: "linkedin", hosts: ["linkedin.com"], prefix: /^\/in\/([^/]+)/ },
];

// Instagram paths that are pages, not profiles: instagram.com/p/… is a post.
const instagramPages = new Set(["p", "reel", "reels", "explore", "stories", "tv", "accounts", "direct"]);

/**
 * The platform and handle of a profile address (instagram.com/x, tiktok.com/@x, youtube.com/@x, linkedin.com/in/x),
 * with or without the scheme and `www.`/`m.`; null for anything else, including other pages of those sites.
 */
export function parseProfileUrl(text: string): { platform: Platform; handle: string } | null {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, "");
  const site = profileHosts.find((p) => p.hosts.includes(host));
  const match = site ? site.prefix.exec(url.pathname) : null;
  if (!site || !match?.[1]) return null;
  let handle: string;
  try {
    handle = normaliseHandle(site.platform, decodeURIComponent(match[1]));
  } catch {
    return null;
  }
  if (site.platform === "instagram" && instagramPages.has(handle)) return null;
  return isValidHandle(handle) ? { platform: site.platform, handle } : null;
}
