import { useQuery } from "@tanstack/react-query";
import { fetchClient, type PageItem, type ResponseOf } from "../../api/client";

const path = "/api/v1/campaigns/{campaignId}/creators";
type PipelineEntries = Array<PageItem<ResponseOf<typeof path>>>;

/**
 * Every creator in the campaign with their stage, following the cursors: a board or a stage count over part of the
 * pipeline would mislead. The campaign page and the creator's page share this one cached answer; its key starts
 * like the generated hooks' keys, so invalidate("/api/v1/campaigns") reaches it.
 */
export function usePipeline(campaignId: string) {
  return useQuery({
    queryKey: ["get", path, { params: { path: { campaignId } }, every: true }],
    queryFn: async ({ signal }) => {
      const entries: PipelineEntries = [];
      let cursor: string | undefined;
      do {
        const { data } = await fetchClient.GET(path, {
          params: { path: { campaignId }, query: { limit: 200, ...(cursor ? { cursor } : {}) } },
          signal,
        });
        if (!data) break;
        entries.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
      return entries;
    },
  });
}
