import { Anchor, Badge, Box, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { $api } from "../../api/client";
import { EmptyState, Loaded, SkeletonLines } from "../../components/ui";
import { formatCount, formatDate, formatMoney, formatRate, platformName } from "../../format";
import { AddToList } from "./add-to-list";
import { type AccountProfile, capitalise } from "./discovery-types";

/** What one deliverable would likely cost per account, with the basis of the figure. */
export function FeeEstimate({ creatorId, currency }: { creatorId: string; currency: string }) {
  const estimate = $api.useQuery("get", "/api/v1/creators/{creatorId}/fee-estimate", {
    params: { path: { creatorId }, query: { currency } },
  });
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label="Price estimate">
      <Title order={2} size="h3" mb="xs">
        Price estimate
      </Title>
      <Loaded query={estimate} what="the price estimate" skeleton={<SkeletonLines lines={2} />}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">Unknown: this creator has no accounts to price.</Text>
          ) : (
            <Stack gap={6}>
              {data.items.map((e) => (
                <Text key={e.accountId}>
                  <strong>
                    {platformName(e.platform)} @{e.handle}
                  </strong>
                  : estimated fee {formatMoney(e.low, e.currency)}–{formatMoney(e.high, e.currency)} per{" "}
                  {e.format}{" "}
                  <Text span c="dimmed" size="sm">
                    (basis:{" "}
                    {e.basis === "history"
                      ? `estimated from ${e.pastFees} ${e.pastFees === 1 ? "fee" : "fees"} in your contracts with similar creators`
                      : "estimated from the default rate model; no contracts with similar creators yet"}
                    )
                  </Text>
                </Text>
              ))}
            </Stack>
          )
        }
      </Loaded>
    </Paper>
  );
}

const stageLabel = (stage: string) => capitalise(stage.replaceAll("_", " "));

/** Campaigns the creator was part of, where they got to, the contract agreed and what their posts produced. */
export function BrandHistory({ creatorId }: { creatorId: string }) {
  const history = $api.useQuery("get", "/api/v1/creators/{creatorId}/history", {
    params: { path: { creatorId } },
  });
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label="History with our brand">
      <Title order={2} size="h3" mb="xs">
        History with our brand
      </Title>
      <Loaded query={history} what="the history" skeleton={<SkeletonLines lines={3} />}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No campaigns with this creator yet">
              Add them to a campaign from the Overview tab; contracts and results will show here.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label="Campaigns with this creator">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Campaign</Table.Th>
                    <Table.Th>Stage</Table.Th>
                    <Table.Th>Contract</Table.Th>
                    <Table.Th ta="right">Posts</Table.Th>
                    <Table.Th ta="right">Reach</Table.Th>
                    <Table.Th ta="right">Engagements</Table.Th>
                    <Table.Th ta="right">Clicks</Table.Th>
                    <Table.Th ta="right">Orders</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <Table.Tr key={c.campaignId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/campaigns/${c.campaignId}/creators/${creatorId}`}>
                          {c.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {c.brand} · {formatDate(c.startDate)}–{formatDate(c.endDate)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{stageLabel(c.stage)}</Table.Td>
                      <Table.Td>
                        {c.contract ? (
                          <>
                            {formatMoney(c.contract.committedAmount, c.contract.currency)}
                            <Text size="xs" c="dimmed">
                              v{c.contract.version}, signed {formatDate(c.contract.acceptedAt)}
                            </Text>
                          </>
                        ) : (
                          <Text span c="dimmed">
                            None
                          </Text>
                        )}
                      </Table.Td>
                      {c.results ? (
                        <>
                          <Table.Td ta="right">{c.results.posts}</Table.Td>
                          <Table.Td ta="right">
                            {formatCount(c.results.reach)}
                            <Text size="xs" c="dimmed">
                              {c.results.basis.reach}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">
                            {formatCount(c.results.engagements)}
                            <Text size="xs" c="dimmed">
                              {c.results.basis.engagements}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">{formatCount(c.results.clicks)}</Table.Td>
                          <Table.Td ta="right">{formatCount(c.results.orders)}</Table.Td>
                        </>
                      ) : (
                        <Table.Td colSpan={5} ta="right">
                          <Text span size="sm" c="dimmed">
                            No results yet: no posts, clicks or orders recorded
                          </Text>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loaded>
    </Paper>
  );
}

/** Creators like this one, most similar first, each with a way onto a shortlist. */
export function Lookalikes({ creatorId }: { creatorId: string }) {
  const lookalikes = $api.useQuery("get", "/api/v1/creators/{creatorId}/lookalikes", {
    params: { path: { creatorId }, query: { limit: 20 } },
  });
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label="Lookalikes">
      <Title order={2} size="h3" mb="xs">
        Lookalikes
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        Similar by shared niches (half), size, audience countries and language.
      </Text>
      <Loaded query={lookalikes} what="the lookalikes" skeleton={<SkeletonLines lines={4} />}>
        {(data) => {
          const ids = [...new Set(selected)];
          return data.items.length === 0 ? (
            <EmptyState title="No lookalikes yet">
              No other creator shares a niche with this one. Import or add more creators to compare.
            </EmptyState>
          ) : (
            <Stack gap="md">
              <Table.ScrollContainer minWidth={520}>
                <Table striped aria-label="Similar creators">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={52}>
                        <span className="sr-only">Select</span>
                      </Table.Th>
                      <Table.Th>Creator</Table.Th>
                      <Table.Th ta="right">Similarity</Table.Th>
                      <Table.Th ta="right">Followers</Table.Th>
                      <Table.Th>Niches</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Box
                            component="label"
                            display="flex"
                            miw={44}
                            mih={44}
                            style={{ alignItems: "center", justifyContent: "center", cursor: "pointer" }}
                          >
                            <Checkbox
                              aria-label={`Select ${l.name} (@${l.handle})`}
                              checked={selected.includes(l.creatorId)}
                              onChange={(e) => {
                                const on = e.currentTarget.checked;
                                setSelected((now) =>
                                  on ? [...now, l.creatorId] : now.filter((id) => id !== l.creatorId),
                                );
                              }}
                            />
                          </Box>
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/creators/${l.creatorId}`} fw={600}>
                            {l.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {platformName(l.platform)} @{l.handle}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{formatRate(l.similarity, 0)}</Table.Td>
                        <Table.Td ta="right">{formatCount(l.followers)}</Table.Td>
                        <Table.Td>{l.niches.join(", ") || "—"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {ids.length ? (
                <AddToList creatorIds={ids} onDone={() => setSelected([])} />
              ) : (
                <Text size="sm" c="dimmed">
                  Select lookalikes to add them to a shortlist.
                </Text>
              )}
            </Stack>
          );
        }}
      </Loaded>
    </Paper>
  );
}

/** Each account's recent posts with caption and metrics; a hidden count shows as unknown, never as 0. */
export function PostsViewer({ accounts }: { accounts: AccountProfile[] }) {
  const withPosts = accounts.filter((a) => a.recentPosts.length > 0);
  if (withPosts.length === 0)
    return (
      <EmptyState title="No posts recorded yet">
        Posts arrive with a connector refresh or an import that carries them.
      </EmptyState>
    );
  return (
    <Stack gap="md">
      {withPosts.map((account) => (
        <Paper
          key={account.id}
          component="section"
          withBorder
          radius="md"
          p="md"
          aria-label={`Recent posts on ${platformName(account.platform)}`}
        >
          <Title order={2} size="h3" mb="sm">
            Recent posts · {platformName(account.platform)} @{account.handle}
          </Title>
          <Stack gap="sm">
            {account.recentPosts.map((p) => (
              <Paper key={p.externalId} withBorder radius="sm" p="sm" component="article">
                <Group justify="space-between" gap="xs" wrap="wrap" mb={4}>
                  <Text size="sm" c="dimmed">
                    {formatDate(p.postedAt)}
                  </Text>
                  <Group gap={4}>
                    {p.sponsored ? (
                      <Badge variant="light" color="orange" tt="none">
                        Sponsored{p.brands.length ? `: ${p.brands.join(", ")}` : ""}
                      </Badge>
                    ) : null}
                  </Group>
                </Group>
                <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} mb={6}>
                  {p.caption || (
                    <Text span c="dimmed">
                      No caption
                    </Text>
                  )}
                </Text>
                <Group gap="md" wrap="wrap">
                  {(
                    [
                      ["Likes", p.likes],
                      ["Comments", p.comments],
                      ["Shares", p.shares],
                      ["Saves", p.saves],
                      ["Views", p.views],
                      ["Engagements", p.engagements],
                    ] as const
                  ).map(([label, value]) => (
                    <Text key={label} size="sm">
                      {label}: <strong>{value === null ? "unknown" : formatCount(value)}</strong>
                    </Text>
                  ))}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
