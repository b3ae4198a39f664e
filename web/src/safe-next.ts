/** Paths served by the server, not pages of the app: following one after sign-in would leave the app. */
const serverPaths = /^\/(api|r|t|healthz)(\/|$)/;

/**
 * Where to go after signing in: a page of this app, else Today (the home page). The browser's own URL parser decides what
 * `next` means (it reads `/\\host` and `//host` as another site), so nothing it would treat as elsewhere gets through.
 */
export function safeNext(next: string | null): string {
  if (!next) return "/";
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return "/";
  }
  if (url.origin !== window.location.origin || serverPaths.test(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
