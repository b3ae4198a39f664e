import { Button, Group, Paper, Stack, Text, Timeline, Title } from "@mantine/core";
import { $api } from "../../api/client";
import { ErrorAlert, SkeletonLines } from "../../components/ui";
import { formatTime } from "../../format";
import { stageLabels } from "./types";

/** Every move of one creator through the campaign's pipeline, newest first: who, when, from → to, and why. */
export function StageHistory({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const changes = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/stage-changes",
    { params: { path: { campaignId }, query: { creatorId, limit: 50 } } },
    { initialPageParam: null, pageParamName: "cursor", getNextPageParam: (page) => page.nextCursor },
  );
  const moves = changes.data?.pages.flatMap((p) => p.items);
  return (
    <Paper component="section" aria-labelledby="stage-history-title" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title id="stage-history-title" order={2} size="h3">
          Stage history
        </Title>
        {changes.isError ? (
          <ErrorAlert
            error={changes.error}
            title="Could not load the stage history"
            onRetry={() => void changes.refetch()}
          />
        ) : !moves ? (
          <SkeletonLines lines={3} />
        ) : moves.length === 0 ? (
          <Text c="dimmed">No moves yet: they appear here as the creator goes through the pipeline.</Text>
        ) : (
          <Timeline active={0} bulletSize={14} lineWidth={2} aria-label="Stage changes, newest first">
            {moves.map((move) => (
              <Timeline.Item
                key={`${move.at}-${move.from}-${move.to}`}
                title={
                  move.from
                    ? `${stageLabels[move.from]} → ${stageLabels[move.to]}`
                    : `Added as ${stageLabels[move.to]}`
                }
              >
                <Text size="sm" c="dimmed">
                  {move.actor.label} · <time dateTime={move.at}>{formatTime(move.at)}</time>
                </Text>
                {move.reason ? <Text size="sm">Reason: {move.reason}</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {changes.hasNextPage ? (
          <Group justify="center">
            <Button
              variant="default"
              loading={changes.isFetchingNextPage}
              onClick={() => void changes.fetchNextPage()}
            >
              Load earlier moves
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
