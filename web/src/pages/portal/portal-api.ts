import { api } from "../../api";

export { rememberPortalCsrf } from "../../api/client";

/** The portal's session is a cookie scoped to /api/portal; the shared wrapper sends the portal's CSRF token. */
export function portalApi<T>(method: string, path: string, body?: unknown, raw?: Blob): Promise<T> {
  return api<T>(method, `/api/portal${path}`, raw ?? body);
}

export interface PortalMe {
  creatorId: string;
  creatorName: string;
  csrfToken: string;
  expiresAt: string;
  collaborations: Array<{
    campaignId: string;
    campaignName: string;
    brand: string;
    stage: string;
    startDate: string;
    endDate: string;
  }>;
}
