import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import type { TrustProxy } from "../config.js";

export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * Which hops of X-Forwarded-For to believe: hop 0 is the socket's peer, hop 1 the address it says it forwarded for,
 * and so on. A hop count trusts that many proxies in front of Amplio; a list trusts those addresses and ranges only.
 */
const trustNone: TrustFunction = () => false;

export function trustFunction(trust: TrustProxy): TrustFunction {
  if (trust === false) return trustNone;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

/** The client's address: the nearest one that no trusted proxy vouches for (what Fastify's request.ip gives). */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  // The redirect asks this for every click: without a proxy there is no header to parse.
  if (trust === trustNone) return request.socket.remoteAddress ?? "";
  return proxyAddr(request, trust);
}
