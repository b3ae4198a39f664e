import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress, type TrustFunction } from "../../http/client-address.js";
import { requestIdFrom, securityHeaders } from "../../http/response-headers.js";
import { countryFromHeader } from "./classify-visit.js";
import { newClickId } from "./click-id.js";
import type { CachedLink } from "./link-cache.js";
import type { TrackingRuntime } from "./tracking-runtime.js";

const notFoundPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Link not found</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>This link does not exist</h1><p>It may have been mistyped, or it is no longer active.</p></body></html>`;

/**
 * A 302 has no body to sniff or frame, so it carries only what acts on the redirect: where to, never cached (each
 * answer has its own click id), and the referrer policy the destination sees.
 */
const redirectHeaders = (location: string) => [
  "location",
  location,
  "cache-control",
  "private, no-store",
  "referrer-policy",
  securityHeaders["referrer-policy"],
];

export type RedirectHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RedirectOptions {
  /** Which X-Forwarded-For hops to believe, as Fastify is told (src/http/client-address.ts). */
  trust: TrustFunction;
  /** A trusted proxy's country header (e.g. cf-ipcountry), lower-case; null to record no country. */
  countryHeader: string | null;
  log: { error(object: unknown, message: string): void };
}

/** The requests the redirect answers: GET and HEAD under /r/ (the rest goes through Fastify's router). */
export function isRedirectRequest(request: IncomingMessage): boolean {
  return (request.method === "GET" || request.method === "HEAD") && request.url?.startsWith("/r/") === true;
}

/** As the router decodes a path parameter; a malformed escape is no code at all. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}

/** What a click records from the request's headers. */
interface ClickHeaders {
  userAgent: string;
  referer: string | undefined;
  country: string | undefined;
}

const isHeader = (name: string, canonical: string, lower: string) =>
  name.length === lower.length && (name === canonical || name === lower || name.toLowerCase() === lower);

/**
 * Reads the few headers a click needs straight from `rawHeaders`: `request.headers` would build an object of every
 * header on each redirect. As node does, the first user agent and referer count; `countryHeader` is lower-case. The
 * client address is not read here: it follows the trusted-proxy rule (src/http/client-address.ts).
 */
export function clickHeaders(rawHeaders: string[], countryHeader: string | null): ClickHeaders {
  const found: ClickHeaders = {
    userAgent: "",
    referer: undefined,
    country: undefined,
  };
  let userAgent: string | undefined;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    const value = rawHeaders[i + 1] as string;
    if (userAgent === undefined && isHeader(name, "User-Agent", "user-agent")) userAgent = value;
    else if (found.referer === undefined && isHeader(name, "Referer", "referer")) found.referer = value;
    else if (found.country === undefined && countryHeader && isHeader(name, countryHeader, countryHeader))
      found.country = value;
  }
  found.userAgent = userAgent ?? "";
  return found;
}

/**
 * GET /r/:code on node's own request and response: a cached lookup, a 302 with a fresh click id, and the click handed
 * to the buffer. The server calls it ahead of Fastify's router (decision 0005), and the Fastify route calls the same
 * function, so `inject` in tests runs this very code. Nothing waits for the database unless the code is not cached.
 * HEAD answers the same way without a click. Unknown and disabled codes get a 404 page: the redirect only ever goes to
 * a link's stored destination. Once the app is closing it answers 503, so no click is taken after the last flush.
 */
export function createRedirectHandler(
  runtime: TrackingRuntime,
  options: RedirectOptions,
): { handle: RedirectHandler; stopAccepting(): void } {
  let accepting = true;

  const answer = (request: IncomingMessage, response: ServerResponse, link: CachedLink | null) => {
    if (!accepting || !link) {
      const headers = {
        ...securityHeaders,
        "x-request-id": requestIdFrom(request.headers),
        "cache-control": "private, no-store",
      };
      if (!accepting) response.writeHead(503, { ...headers, connection: "close", "retry-after": "1" }).end();
      else
        response
          .writeHead(404, { ...headers, "content-type": "text/html; charset=utf-8" })
          .end(request.method === "HEAD" ? undefined : notFoundPage);
      return;
    }
    if (request.method === "HEAD") {
      response.writeHead(302, redirectHeaders(link.targetUrl)).end();
      return;
    }
    const at = Date.now();
    const clickId = newClickId(at);
    const headers = clickHeaders(request.rawHeaders, options.countryHeader);
    runtime.clicks.add(
      clickId,
      link.linkId,
      link.organisationId,
      at,
      clientAddress(request, options.trust),
      headers.userAgent,
      headers.referer ?? null,
      options.countryHeader ? countryFromHeader(headers.country) : null,
    );
    const location = link.before + clickId + link.after;
    // A store that is behind slows the redirects to what it can write (ClickBuffer.behind).
    if (runtime.clicks.behind)
      runtime.clicks
        .caughtUp()
        .then(() => response.writeHead(302, redirectHeaders(location)).end())
        .catch((error: unknown) =>
          options.log.error({ err: error }, "redirect: answering after the wait failed"),
        );
    else response.writeHead(302, redirectHeaders(location)).end();
  };

  const handle: RedirectHandler = (request, response) => {
    const url = request.url ?? "";
    const query = url.indexOf("?");
    const path = query === -1 ? url.slice(3) : url.slice(3, query);
    const code = path.includes("%") ? decoded(path) : path;
    const cached = runtime.links.peek(code);
    if (cached !== undefined) return answer(request, response, cached);
    runtime.links.load(code).then(
      (link) => answer(request, response, link),
      (error: unknown) => {
        options.log.error({ err: error, code }, "redirect: loading the link failed");
        if (response.headersSent) return;
        response.writeHead(503, { ...securityHeaders, "retry-after": "1" });
        response.end();
      },
    );
  };

  return {
    handle,
    stopAccepting() {
      accepting = false;
    },
  };
}
