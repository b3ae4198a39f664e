import { Anchor, Button, Card, Group, List, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { $api, type ResponseOf } from "../../api/client";
import { ErrorAlert, errorMessage, SkeletonLines } from "../../components/ui";
import { formatCount, formatTime, platformName } from "../../format";

type CampaignSentiment = ResponseOf<"/api/v1/campaigns/{campaignId}/sentiment">;
type SentimentExample = CampaignSentiment["examples"]["positive"][number];

const modelNote =
  "Scored with VADER, as in discovery: compound score from −1 to 1; ≥ 0.05 positive, ≤ −0.05 negative, otherwise neutral.";

function mean(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function Examples({ title, items }: { title: string; items: SentimentExample[] }) {
  return (
    <div>
      <Title order={3} size="sm" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <List size="sm" spacing="xs">
          {items.map((example) => (
            <List.Item key={example.commentId}>
              <q>{example.text}</q>
              <Text size="xs" c="dimmed">
                {mean(example.compound)} · {example.creatorName} on{" "}
                <Anchor href={example.postUrl} target="_blank" rel="noreferrer" size="xs">
                  {platformName(example.platform)}
                </Anchor>{" "}
                · {formatTime(example.postedAt)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/**
 * Comment sentiment of the campaign's live posts, from the comments the YouTube and Instagram connectors bring:
 * counts per day, per post, and the strongest examples each way; with the action to fetch metrics now.
 */
export function SentimentSection({ campaignId, names }: { campaignId: string; names: Map<string, string> }) {
  const query = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/sentiment", {
    params: { path: { campaignId } },
  });
  const refresh = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/posts/refresh-metrics", {
    onSuccess: ({ queued }) =>
      notifications.show({
        color: "teal",
        message: `Fetching metrics and comments of ${queued} ${queued === 1 ? "post" : "posts"} from the connectors; they appear here within a minute.`,
      }),
    onError: (error) =>
      notifications.show({ color: "red", title: "Metrics were not refreshed", message: errorMessage(error) }),
  });
  const sentiment = query.data;

  return (
    <section aria-labelledby="sentiment-title">
      <Group justify="space-between" mt="xl" mb="xs" wrap="wrap">
        <Title order={2} id="sentiment-title">
          Comment sentiment
        </Title>
        <Button
          variant="default"
          loading={refresh.isPending}
          onClick={() => refresh.mutate({ params: { path: { campaignId } } })}
        >
          Refresh metrics now
        </Button>
      </Group>
      <ErrorAlert
        error={query.error}
        title="Could not load comment sentiment"
        onRetry={() => void query.refetch()}
      />
      {query.isPending ? <SkeletonLines lines={3} /> : null}
      {sentiment && sentiment.totals.comments === 0 ? (
        <Text c="dimmed">
          No comments yet: they arrive with post metrics from the YouTube and Instagram connectors (Discovery
          → Connectors).
        </Text>
      ) : null}
      {sentiment && sentiment.totals.comments > 0 ? (
        <>
          <Text mb="sm">
            {formatCount(sentiment.totals.comments)} comments: {formatCount(sentiment.totals.positive)}{" "}
            positive, {formatCount(sentiment.totals.neutral)} neutral,{" "}
            {formatCount(sentiment.totals.negative)} negative; mean score{" "}
            <span title={modelNote}>{mean(sentiment.totals.meanCompound)}</span>.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
            <Card aria-label="Comment sentiment by day">
              <Title order={3} size="sm" mb="xs">
                Comments by day
              </Title>
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={sentiment.byDay}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="day" tickLine={false} />
                  <YAxis allowDecimals={false} tickLine={false} width={40} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="positive" name="Positive" stackId="s" fill="#16a34a" />
                  <Bar dataKey="neutral" name="Neutral" stackId="s" fill="#94a3b8" />
                  <Bar dataKey="negative" name="Negative" stackId="s" fill="#dc2626" />
                </BarChart>
              </ResponsiveContainer>
            </Card>
            <Card aria-label="Comment examples">
              <Examples title="Most positive" items={sentiment.examples.positive} />
              <Examples title="Most negative" items={sentiment.examples.negative} />
            </Card>
          </SimpleGrid>
          <Table.ScrollContainer minWidth={640} maxHeight={480} type="native">
            <Table stickyHeader withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Post</Table.Th>
                  <Table.Th ta="right">Comments</Table.Th>
                  <Table.Th ta="right">Positive</Table.Th>
                  <Table.Th ta="right">Neutral</Table.Th>
                  <Table.Th ta="right">Negative</Table.Th>
                  <Table.Th ta="right" title={modelNote}>
                    Mean score
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sentiment.byPost.map((row) => (
                  <Table.Tr key={row.postId}>
                    <Table.Td>
                      {names.get(row.creatorId) ?? "—"} on{" "}
                      <Anchor href={row.url} target="_blank" rel="noreferrer" size="sm">
                        {platformName(row.platform)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(row.comments)}</Table.Td>
                    <Table.Td ta="right">{formatCount(row.positive)}</Table.Td>
                    <Table.Td ta="right">{formatCount(row.neutral)}</Table.Td>
                    <Table.Td ta="right">{formatCount(row.negative)}</Table.Td>
                    <Table.Td ta="right">{mean(row.meanCompound)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed" mt="xs">
            {modelNote}
          </Text>
        </>
      ) : null}
    </section>
  );
}
