import { $api } from "../../api/client";

/** How many applications wait for a decision (null while unknown), for the links to the inbox. */
export function useNewApplicationCount(): number | null {
  const query = $api.useQuery("get", "/api/v1/applications", {
    params: { query: { status: "new", limit: 1 } },
  });
  return query.data?.newCount ?? null;
}
