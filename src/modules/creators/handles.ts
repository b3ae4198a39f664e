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
