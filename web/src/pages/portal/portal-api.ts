import { ApiError, type Problem } from "../../api";

// The portal has its own session (a cookie scoped to /api/portal) and its own CSRF token.
let csrfToken: string | null = null;

export function rememberPortalCsrf(token: string | null): void {
  csrfToken = token;
}

export async function portalApi<T>(method: string, path: string, body?: unknown, raw?: Blob): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (raw) headers["content-type"] = "application/octet-stream";
  else if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/portal${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch {
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      detail: "Amplio could not be reached. Check your connection and try again.",
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem =
      typeof data === "object" && data !== null && "status" in data
        ? (data as Problem)
        : {
            type: "about:blank",
            title: response.statusText,
            status: response.status,
            detail: response.statusText,
          };
    throw new ApiError(problem);
  }
  return data as T;
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
