import { $api } from "../../api/client";

/**
 * The campaign's creators with their stages, 200 a page. The campaign page and the creator's page share this one
 * cached answer (same query key), so moving between them shows the pipeline at once.
 */
export function usePipeline(campaignId: string) {
  return $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/creators",
    { params: { path: { campaignId }, query: { limit: 200 } } },
    { initialPageParam: null, getNextPageParam: (page) => page.nextCursor },
  );
}
