import { queryClient, type ResponseOf, rememberPortalCsrf, type Schemas } from "../../api/client";

/** The portal's answers, named once for its pages (generated from the API, never written by hand). */
export type PortalMe = ResponseOf<"/api/portal/me">;
export type PortalCollaboration = Schemas["PortalCollaboration"];
export type PortalContract = Schemas["PortalContract"];
export type Offer = Schemas["Offer"];
export type OfferTerms = Schemas["OfferTerms"];

/** The portal session loaded: the shared client sends its CSRF token on every portal write. */
export function portalSessionLoaded(session: { csrfToken: string }): void {
  rememberPortalCsrf(session.csrfToken);
}

/** The portal session ended (or another creator's began): no token, and none of the last creator's answers kept. */
export function forgetPortalSession(): void {
  rememberPortalCsrf(null);
  queryClient.removeQueries({
    predicate: (query) => String(query.queryKey[1] ?? "").startsWith("/api/portal"),
  });
}
