import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useSearchParams } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type PageItem, type ResponseOf, type Schemas } from "../../api/client";
import { EmptyState, ErrorAlert, errorMessage, PageHeader } from "../../components/ui";
import { formatCount, formatTime, userLocale } from "../../format";
import { ListTargetForm } from "./add-to-list";
import { DiscoveryTabs } from "./discovery-tabs";
import { countryName, countryOptions, languageOptions } from "./filter-options";

type ChannelSearch = ResponseOf<"/api/v1/connectors/youtube/search">;
type Channel = PageItem<ChannelSearch>;
type AddResult = ResponseOf<"/api/v1/connectors/youtube/channels", "post">;
type Quota = Schemas["YouTubeQuota"];

const searchSchema = z.object({
  q: z.string().trim().min(1, "Enter a keyword, such as hiking").max(200, "Keep it under 200 characters"),
  regionCode: z.string(),
  relevanceLanguage: z.string(),
});
type SearchValues = z.infer<typeof searchSchema>;

const units = new Intl.NumberFormat(userLocale);

/** Today's units of the organisation's YouTube quota: every search costs 100 of the 10,000 a day. */
function QuotaLine({ quota }: { quota: Quota | undefined }) {
  if (!quota) return <Skeleton height={20} width={260} />;
  const share = Math.min(1, quota.usedToday / quota.dailyLimit);
  return (
    <Stack gap={4} miw={220} style={{ flex: "0 1 20rem" }} aria-label="YouTube quota">
      <Text size="sm">
        Quota used today:{" "}
        <Text span fw={700}>
          {units.format(quota.usedToday)} of {units.format(quota.dailyLimit)} units
        </Text>
      </Text>
      <Progress value={share * 100} color={share > 0.9 ? "red" : share > 0.6 ? "yellow" : "teal"} size="sm" />
      <Text size="xs" c="dimmed">
        A search page costs 101 units. Resets {formatTime(quota.resetsAt)} (midnight Pacific time).
      </Text>
    </Stack>
  );
}

function ChannelCard({
  channel,
  selected,
  onToggle,
}: {
  channel: Channel;
  selected: boolean;
  onToggle(on: boolean): void;
}) {
  // A hidden count cannot become a follower count (unknown is never 0), so such a channel is added by hand.
  const selectable = !channel.subscribersHidden || channel.creatorId !== null;
  const youtubeUrl = channel.handle
    ? `https://www.youtube.com/@${channel.handle}`
    : `https://www.youtube.com/channel/${channel.channelId}`;
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-label={channel.title}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Box
          component="label"
          display="flex"
          miw={44}
          mih={44}
          style={{ alignItems: "center", justifyContent: "center", cursor: "pointer" }}
        >
          <Checkbox
            aria-label={`Select ${channel.title}`}
            checked={selected}
            disabled={!selectable}
            onChange={(e) => onToggle(e.currentTarget.checked)}
          />
        </Box>
        <Avatar src={channel.thumbnailUrl} alt="" size={56} radius="xl">
          {channel.title.slice(0, 2)}
        </Avatar>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Anchor href={youtubeUrl} target="_blank" rel="noreferrer" fw={600} lineClamp={1}>
            {channel.title}
          </Anchor>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {channel.handle ? `@${channel.handle}` : "No handle"}
            {channel.country ? ` · ${countryName(channel.country)}` : ""}
          </Text>
          <Text size="sm">
            {channel.subscribersHidden ? (
              <Badge color="gray" variant="light" tt="none" component="span">
                Subscribers hidden
              </Badge>
            ) : (
              <>
                <b>{formatCount(channel.subscribers)}</b> subscribers
              </>
            )}{" "}
            · <b>{formatCount(channel.videos)}</b> videos · <b>{formatCount(channel.views)}</b> views
          </Text>
          {channel.creatorId ? (
            <Anchor component={Link} to={`/creators/${channel.creatorId}`} size="sm">
              <Badge color="teal" variant="light" tt="none" style={{ cursor: "pointer" }}>
                In your database
              </Badge>
            </Anchor>
          ) : null}
          {selectable ? null : (
            <Text size="xs" c="dimmed">
              Add this creator by hand: Amplio needs a follower count.
            </Text>
          )}
          {channel.description ? (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {channel.description}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

function AddOutcome({ result }: { result: AddResult }) {
  const skipped = result.channels.filter((c) => c.outcome === "skipped");
  if (skipped.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title="Some channels were not added" mb="md">
      <List size="sm">
        {skipped.map((c) => (
          <List.Item key={c.channelId}>
            {c.title ?? c.channelId}: {c.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function YouTubeSearchPage() {
  const [params, setParams] = useSearchParams();
  const applied = useMemo(
    () => ({
      q: params.get("q") ?? "",
      regionCode: params.get("regionCode") ?? "",
      relevanceLanguage: params.get("relevanceLanguage") ?? "",
    }),
    [params],
  );
  const connectors = $api.useQuery("get", "/api/v1/connectors");
  const quota = $api.useQuery("get", "/api/v1/connectors/youtube/quota");
  const configured = connectors.data?.items.find((c) => c.platform === "youtube")?.configured;

  const form = useForm<SearchValues>({ resolver: zodResolver(searchSchema), defaultValues: applied });
  const search = $api.useInfiniteQuery(
    "get",
    "/api/v1/connectors/youtube/search",
    {
      params: {
        query: {
          q: applied.q,
          regionCode: applied.regionCode || undefined,
          relevanceLanguage: applied.relevanceLanguage || undefined,
        },
      },
    },
    {
      enabled: Boolean(applied.q && configured),
      pageParamName: "pageToken",
      initialPageParam: null,
      getNextPageParam: (page: ChannelSearch) => page.nextPageToken,
      // Every call spends quota: an answer is never fetched again by itself, and a refused one is not retried.
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 30 * 60_000,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      retry: false,
    },
  );
  const addChannels = $api.useMutation("post", "/api/v1/connectors/youtube/channels");
  const [listOpen, { open: openList, close: closeList }] = useDisclosure(false);
  const [selected, setSelected] = useState<string[]>([]);
  // Channels added on this page: marked as in the database without searching (and spending quota) again.
  const [added, setAdded] = useState<Record<string, string>>({});
  const [lastResult, setLastResult] = useState<AddResult | null>(null);

  const pages = search.data?.pages;
  const channels = (pages?.flatMap((p) => p.items) ?? []).map((c) => ({
    ...c,
    creatorId: c.creatorId ?? added[c.channelId] ?? null,
  }));
  const latestQuota = pages?.at(-1)?.quota ?? quota.data;

  function submit(values: SearchValues) {
    const next = new URLSearchParams({ q: values.q.trim() });
    if (values.regionCode) next.set("regionCode", values.regionCode);
    if (values.relevanceLanguage) next.set("relevanceLanguage", values.relevanceLanguage);
    setSelected([]);
    setLastResult(null);
    setParams(next);
  }

  /** Adds the selected channels to the database, and to a list when one is given; says what happened. */
  async function add(list?: { id: string; name: string }) {
    const result = await addChannels.mutateAsync({
      body: { channelIds: selected, ...(list ? { listId: list.id } : {}) },
    });
    setAdded((before) => ({
      ...before,
      ...Object.fromEntries(
        result.channels.flatMap((c) => (c.creatorId ? [[c.channelId, c.creatorId] as const] : [])),
      ),
    }));
    setLastResult(result);
    setSelected([]);
    closeList();
    await invalidate("/api/v1/connectors/youtube/quota", "/api/v1/creators", "/api/v1/overview");
    const parts = [
      result.created ? `${result.created} added to the database` : null,
      result.existing ? `${result.existing} already in it` : null,
      result.skipped ? `${result.skipped} skipped` : null,
      result.list && list ? `${result.list.added} added to "${list.name}"` : null,
    ].filter(Boolean);
    return { message: `${parts.join(", ")}.`, warn: result.skipped > 0 };
  }

  async function addToDatabase() {
    try {
      const { message, warn } = await add();
      notifications.show({ color: warn ? "yellow" : "teal", message });
    } catch (error) {
      notifications.show({ color: "red", title: "Could not add the channels", message: errorMessage(error) });
    }
  }

  const toggle = (channelId: string, on: boolean) =>
    setSelected((before) => (on ? [...before, channelId] : before.filter((id) => id !== channelId)));
  const { errors } = form.formState;

  return (
    <>
      <PageHeader
        title="Creators"
        description="Find YouTube channels through the YouTube Data API and add them to your database."
        actions={
          <>
            <Button component={Link} to="/creators/lists" variant="default">
              Shortlists
            </Button>
            <Button component={Link} to="/creators/connectors" variant="default">
              Connectors
            </Button>
          </>
        }
      />
      <DiscoveryTabs />

      {connectors.isError ? (
        <ErrorAlert
          error={connectors.error}
          title="Could not load the connectors"
          onRetry={() => void connectors.refetch()}
        />
      ) : null}
      {configured === false ? (
        <Alert color="blue" variant="light" title="Set up the YouTube connector first" mb="md">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Searching YouTube needs a YouTube Data API key from your Google Cloud project. Keys stay on this
              server.
            </Text>
            <Button component={Link} to="/creators/connectors" size="sm">
              Add a YouTube API key
            </Button>
          </Stack>
        </Alert>
      ) : null}

      <Paper withBorder p="md" radius="md" mb="md">
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <form
            onSubmit={form.handleSubmit(submit)}
            aria-label="Search YouTube channels"
            noValidate
            style={{ flex: "1 1 32rem" }}
          >
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
                <TextInput
                  type="search"
                  label="Keywords"
                  placeholder="hiking, vegan recipes…"
                  {...form.register("q")}
                  error={errors.q?.message}
                />
                <Controller
                  control={form.control}
                  name="regionCode"
                  render={({ field }) => (
                    <Select
                      label="Country"
                      placeholder="Any country"
                      searchable
                      clearable
                      data={countryOptions()}
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? "")}
                      nothingFoundMessage="No country by that name"
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="relevanceLanguage"
                  render={({ field }) => (
                    <Select
                      label="Language"
                      placeholder="Any language"
                      searchable
                      clearable
                      data={languageOptions()}
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? "")}
                      nothingFoundMessage="No language by that name"
                    />
                  )}
                />
              </SimpleGrid>
              <div>
                <Button
                  type="submit"
                  disabled={!configured}
                  loading={search.isFetching && !search.isFetchingNextPage}
                >
                  Search YouTube
                </Button>
              </div>
            </Stack>
          </form>
          <QuotaLine quota={latestQuota} />
        </Group>
      </Paper>

      <Stack component="section" aria-label="YouTube channels" gap="sm">
        {search.isError ? (
          <ErrorAlert
            error={search.error}
            title="YouTube search failed"
            onRetry={() => void search.refetch()}
          />
        ) : null}
        {lastResult ? <AddOutcome result={lastResult} /> : null}
        {!applied.q ? (
          configured ? (
            <EmptyState title="Search YouTube for creators">
              <Text>
                Type keywords that describe the channels you want, and narrow by the country and language of
                their viewers. Then pick channels to add to your database or a shortlist.
              </Text>
            </EmptyState>
          ) : null
        ) : search.isPending && configured ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={150} radius="md" />
            ))}
          </SimpleGrid>
        ) : pages && channels.length === 0 ? (
          <EmptyState title="No channels found">
            <Text>Try other keywords, or leave out the country or language.</Text>
          </EmptyState>
        ) : channels.length > 0 ? (
          <>
            <Group justify="space-between" gap="sm" wrap="wrap" aria-live="polite">
              <Text fw={600}>
                {formatCount(channels.length)} channels
                {pages?.[0]?.totalResults ? (
                  <Text span c="dimmed" fw={400} size="sm">
                    {" "}
                    of about {formatCount(pages[0].totalResults)}
                  </Text>
                ) : null}
                {selected.length ? ` · ${selected.length} selected` : ""}
              </Text>
              <Group gap="sm" wrap="wrap">
                <Button
                  variant="default"
                  disabled={selected.length === 0}
                  loading={addChannels.isPending && !listOpen}
                  onClick={() => void addToDatabase()}
                >
                  Add to database
                </Button>
                <Button disabled={selected.length === 0} onClick={openList}>
                  Add to list…
                </Button>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {channels.map((channel) => (
                <ChannelCard
                  key={channel.channelId}
                  channel={channel}
                  selected={selected.includes(channel.channelId)}
                  onToggle={(on) => toggle(channel.channelId, on)}
                />
              ))}
            </SimpleGrid>
            {search.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  onClick={() => void search.fetchNextPage()}
                  loading={search.isFetchingNextPage}
                >
                  More results (101 units)
                </Button>
              </Group>
            ) : null}
          </>
        ) : null}
      </Stack>

      <Modal opened={listOpen} onClose={closeList} title="Add to a shortlist" size="lg">
        <Text size="sm" c="dimmed" mb="sm">
          Channels not yet in your database are added to it first; channels already in it are not added twice.
        </Text>
        <ListTargetForm
          submitLabel={`Add ${selected.length === 1 ? "1 channel" : `${selected.length} channels`} to the list`}
          onAdd={(list) => add(list)}
        />
      </Modal>
    </>
  );
}
