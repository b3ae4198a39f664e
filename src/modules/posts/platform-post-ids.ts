/** YouTube video ids are 11 characters of [A-Za-z0-9_-]. */
const videoId = /^[A-Za-z0-9_-]{11}$/;

/**
 * The video id in a YouTube post URL: watch?v=ID, youtu.be/ID, /shorts/ID (and /live/ID, /embed/ID); null when the
 * URL names no video (a channel page, a playlist).
 */
export function youtubeVideoId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split("/").filter(Boolean);
  let candidate: string | undefined;
  if (host === "youtu.be" || host.endsWith(".youtu.be")) candidate = segments[0];
  else if (segments[0] === "watch") candidate = parsed.searchParams.get("v") ?? undefined;
  else if (["shorts", "live", "embed"].includes(segments[0] ?? "")) candidate = segments[1];
  return candidate && videoId.test(candidate) ? candidate : null;
}

/**
 * The shortcode in an Instagram post URL (/p/CODE/, /reel/CODE/, /reels/CODE/, /tv/CODE/, also under a username), which
 * is what a media object's permalink carries; null for stories and profile pages.
 */
export function instagramShortcode(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const match = /\/(?:p|reels?|tv)\/([A-Za-z0-9_-]+)/.exec(parsed.pathname);
  return match?.[1] ?? null;
}
