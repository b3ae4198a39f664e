import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { keepPreviousData } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { $api, invalidate } from "../../api/client";
import { ErrorAlert, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import {
  formatCount,
  formatCountOf,
  formatDate,
  formatMoney,
  formatRate,
  formatTime,
  platformName,
} from "../../format";
import { CampaignBriefSection } from "../review/campaign-brief-section";
import { ReviewQueue } from "../review/review-queue";
import { CampaignCosts } from "./campaign-costs";
import { ArchivedNotice, CampaignActions, IdealCustomerSection } from "./campaign-overview";
import { type MoveCreator, PipelineBoard, PipelineTable } from "./pipeline-board";
import { usePipeline } from "./pipeline-query";
import { type Campaign, stageLabels, words } from "./types";

type Kpi = Campaign["kpis"][number];

function kpiTarget(kpi: Kpi, currency: string): string {
  if (kpi.unit === "fraction") return formatRate(kpi.target);
  if (kpi.unit === "money") return formatMoney(kpi.target, currency);
  if (kpi.unit === "ratio") return `${kpi.target}×`;
  return formatCount(kpi.target);
}

const phone = "(max-width: 48em)";

function Stat({ label, value, hint }: { label: ReactNode; value: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

function PlanSection({ campaignId }: { campaignId: string }) {
  const plan = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/plan", {
    params: { path: { campaignId } },
  });
  return (
    <Stack component="section" aria-labelledby="plan-title" gap="sm">
      <Title id="plan-title" order={2} size="h3">
        Plan
      </Title>
      <Loaded
        query={plan}
        what="the campaign plan"
        skeleton={
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
            {[1, 2, 3, 4, 5].map((i) => (
              <Skeleton key={i} height={140} radius="md" />
            ))}
          </SimpleGrid>
        }
      >
        {(data) => (
          <SimpleGrid
            component="ol"
            cols={{ base: 1, sm: 2, lg: 5 }}
            p={0}
            m={0}
            style={{ listStyle: "none" }}
          >
            {data.phases.map((phase) => (
              <Card
                component="li"
                key={phase.phase}
                withBorder
                radius="md"
                padding="md"
                aria-current={phase.status === "current" ? "step" : undefined}
                style={
                  phase.status === "current"
                    ? { borderColor: "var(--mantine-primary-color-filled)" }
                    : undefined
                }
              >
                <Group justify="space-between" mb="xs" gap={6} wrap="wrap">
                  <Title order={3} size="h5" tt="capitalize">
                    {phase.phase}
                  </Title>
                  <Badge
                    size="sm"
                    variant={phase.status === "current" ? "filled" : "light"}
                    color={phase.status === "done" ? "teal" : phase.status === "current" ? undefined : "gray"}
                  >
                    {phase.status}
                  </Badge>
                </Group>
                <Text size="sm" mb="xs">
                  {phase.question}
                </Text>
                <Text size="xs" c="dimmed">
                  Key actions: {phase.keyActions.join(" · ")}
                </Text>
                <Text size="xs" c="dimmed" mb="xs">
                  Primary metrics: {phase.primaryMetrics.map(words).join(", ")}
                </Text>
                {phase.missing.length ? (
                  <List size="sm" aria-label={`Missing in ${phase.phase}`} c="orange.8">
                    {phase.missing.map((m) => (
                      <List.Item key={m}>{m}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="teal.8">
                    Nothing missing.
                  </Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Loaded>
    </Stack>
  );
}

function KpisAndBudget({ campaign }: { campaign: Campaign }) {
  const budget = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/budget", {
    params: { path: { campaignId: campaign.id } },
  });
  return (
    <Stack component="section" aria-labelledby="kpis-title" gap="sm">
      <Title id="kpis-title" order={2} size="h3">
        KPIs and budget
      </Title>
      {campaign.kpis.length === 0 ? (
        <Text c="dimmed">
          No KPIs yet: <Link to={`/campaigns/${campaign.id}/edit`}>add the targets</Link> that say whether the
          campaign worked.
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {campaign.kpis.map((kpi) => (
          <Stat
            key={`${kpi.metric}-${kpi.comparison}`}
            label={words(kpi.metric)}
            value={`${kpi.comparison === "gte" ? "≥" : "≤"} ${kpiTarget(kpi, campaign.currency)}`}
          />
        ))}
      </SimpleGrid>
      {budget.isError ? (
        <ErrorAlert
          error={budget.error}
          title="Could not load the budget"
          onRetry={() => void budget.refetch()}
        />
      ) : budget.data ? (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat label="Budget" value={formatMoney(budget.data.budget, budget.data.currency)} />
          <Stat
            label="Committed"
            value={formatMoney(budget.data.committed, budget.data.currency)}
            hint={
              budget.data.campaignCosts > 0
                ? `Signed contracts and ${formatMoney(budget.data.campaignCosts, budget.data.currency)} of campaign-level costs`
                : "Signed contracts; no campaign-level costs yet"
            }
          />
          <Stat
            label="Forecast"
            value={formatMoney(budget.data.forecast, budget.data.currency)}
            hint={budget.data.excludes.length ? `Excludes ${budget.data.excludes.join(", ")}` : undefined}
          />
          <Stat label="Remaining" value={formatMoney(budget.data.remaining, budget.data.currency)} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[1, 2, 3, 4].map((i) => (
            <Skeleton key={i} height={76} radius="md" />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function PipelineSection({ campaign }: { campaign: Campaign }) {
  const compact = useMediaQuery(phone, window.matchMedia(phone).matches, { getInitialValueInEffect: false });
  const [view, setView] = useState<string | null>("board");
  const pipeline = usePipeline(campaign.id);
  const move = $api.useMutation("patch", "/api/v1/campaigns/{campaignId}/creators/{creatorId}");
  const onMove: MoveCreator = async (entry, stage, reason) => {
    await move.mutateAsync({
      params: { path: { campaignId: campaign.id, creatorId: entry.creatorId } },
      body: { stage, ...(reason ? { reason } : {}) },
    });
    notifications.show({ color: "teal", message: `${entry.name} moved to ${stageLabels[stage]}.` });
    // The stage feeds the plan, the budget, the campaign list's counts and the review queue.
    await invalidate("/api/v1/campaigns");
  };
  const entries = pipeline.data;

  return (
    <Stack component="section" aria-labelledby="pipeline-title" gap="sm">
      <Title id="pipeline-title" order={2} size="h3">
        Pipeline
      </Title>
      {pipeline.isError ? (
        <ErrorAlert
          error={pipeline.error}
          title="Could not load the creators in this campaign"
          onRetry={() => void pipeline.refetch()}
        />
      ) : !entries ? (
        <SkeletonLines lines={5} />
      ) : (
        <Tabs value={view} onChange={setView} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="board">Board</Tabs.Tab>
            <Tabs.Tab value="table">Table</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="board">
            <PipelineBoard
              campaignId={campaign.id}
              currency={campaign.currency}
              entries={entries}
              onMove={onMove}
              compact={compact}
            />
          </Tabs.Panel>
          <Tabs.Panel value="table">
            <PipelineTable campaignId={campaign.id} currency={campaign.currency} entries={entries} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

function AddCreators({ campaignId }: { campaignId: string }) {
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The query key carries the search text, so an older answer never replaces a newer one.
  const results = $api.useQuery(
    "get",
    "/api/v1/creators",
    { params: { query: { q: debounced, campaignId, limit: 20 } } },
    // The last results stay while the next search loads, instead of flashing empty.
    { enabled: debounced.length > 0, placeholderData: keepPreviousData },
  );
  const add = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/bulk");

  async function shortlist() {
    const result = await add.mutateAsync({
      params: { path: { campaignId } },
      body: { creatorIds: [...selected] },
    });
    notifications.show({
      color: "teal",
      message: `${formatCountOf(result.added, "creator")} added to the shortlist${result.alreadyIn ? `, ${result.alreadyIn} already in the campaign` : ""}.`,
    });
    setSelected(new Set());
    await invalidate("/api/v1/campaigns");
  }

  const toggle = (creatorId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(creatorId);
      else next.delete(creatorId);
      return next;
    });

  return (
    <Paper component="section" aria-labelledby="add-creators" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title id="add-creators" order={2} size="h3">
          Add creators
        </Title>
        <ErrorAlert error={add.error} title="The creators were not added" />
        <TextInput
          label="Search creators"
          description="A name, handle or niche; the full search is in Discovery."
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        {results.isError ? (
          <ErrorAlert
            error={results.error}
            title="The search failed"
            onRetry={() => void results.refetch()}
          />
        ) : null}
        {debounced && results.isFetching && !results.data ? <SkeletonLines lines={3} /> : null}
        {debounced && results.data ? (
          results.data.items.length === 0 ? (
            <Text c="dimmed">No creator matches “{debounced}”.</Text>
          ) : (
            <Stack gap={4} aria-label="Search results">
              {results.data.items.map((r) => (
                <Checkbox
                  key={`${r.creatorId}-${r.id}`}
                  checked={selected.has(r.creatorId)}
                  onChange={(e) => toggle(r.creatorId, e.currentTarget.checked)}
                  py={6}
                  label={`${r.name} (${platformName(r.platform)} @${r.handle}, ${formatCount(r.followers)})`}
                  description={r.conflicts.length ? `Works with ${r.conflicts.join(", ")}` : undefined}
                />
              ))}
            </Stack>
          )
        ) : null}
        <Group>
          <Button
            disabled={selected.size === 0}
            loading={add.isPending}
            onClick={() => void shortlist().catch(() => {})}
          >
            Shortlist {selected.size || ""} selected
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Outbox({ campaignId, names }: { campaignId: string; names: Map<string, string> }) {
  const outbox = $api.useInfiniteQuery(
    "get",
    "/api/v1/outreach/outbox",
    { params: { query: { campaignId, limit: 50 } } },
    { initialPageParam: null, getNextPageParam: (page) => page.nextCursor },
  );
  if (outbox.isError)
    return (
      <ErrorAlert
        error={outbox.error}
        title="Could not load the outbox"
        onRetry={() => void outbox.refetch()}
      />
    );
  const messages = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  if (messages.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="outbox-title" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title id="outbox-title" order={2} size="h3">
            Outbox
          </Title>
          <Anchor component={Link} to={`/outbox?campaign=${campaignId}`}>
            Read, copy and mark them sent
          </Anchor>
        </Group>
        {outbox.data?.pages[0]?.smtpConfigured === false ? (
          <Text size="sm" c="dimmed">
            No SMTP server is configured (AMPLIO_SMTP_URL): these emails wait here for you to send.
          </Text>
        ) : null}
        <Stack gap="xs">
          {messages.map((m) => (
            <Group key={m.id} gap="xs" wrap="wrap" align="baseline">
              <Badge variant="light" color={m.status === "failed" ? "red" : "gray"}>
                {m.status}
              </Badge>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                to {names.get(m.creatorId) ?? m.to} &lt;{m.to}&gt; · “{m.subject}” · {formatTime(m.createdAt)}
              </Text>
              {m.error ? (
                <Text size="sm" c="red">
                  {m.error}
                </Text>
              ) : null}
            </Group>
          ))}
        </Stack>
        {outbox.hasNextPage ? (
          <Group justify="center">
            <Button
              variant="default"
              loading={outbox.isFetchingNextPage}
              onClick={() => void outbox.fetchNextPage()}
            >
              Load older emails
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Creator names for the review queue and the outbox: from the pipeline's cached answer. */
function useCreatorNames(campaignId: string): Map<string, string> {
  const pipeline = usePipeline(campaignId);
  return new Map(pipeline.data?.map((e) => [e.creatorId, e.name]));
}

function CampaignSkeleton() {
  return (
    <Stack aria-busy="true">
      <Skeleton height={36} width="45%" />
      <Skeleton height={16} width="70%" />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mt="lg">
        {[1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} height={140} radius="md" />
        ))}
      </SimpleGrid>
      <SkeletonLines lines={5} />
    </Stack>
  );
}

export function CampaignPage() {
  const { campaignId = "" } = useParams();
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const names = useCreatorNames(campaignId);
  return (
    <Loaded query={campaign} what="the campaign" skeleton={<CampaignSkeleton />}>
      {(c) => (
        <Stack gap="xl">
          <PageHeader
            title={c.name}
            description={`${c.brand} · ${c.goal}: ${c.funnelRole} · ${formatDate(c.startDate)} – ${formatDate(c.endDate)} · attribution window ${formatCountOf(c.attributionWindowDays, "day")}`}
            actions={
              <>
                <Button component={Link} to={`/campaigns/${c.id}/planner`}>
                  Plan the creator mix
                </Button>
                <Button component={Link} to={`/campaigns/${c.id}/tracking`} variant="default">
                  Links and conversions
                </Button>
                <Button component={Link} to={`/campaigns/${c.id}/posts`} variant="default">
                  Live posts
                </Button>
                <CampaignActions campaign={c} />
              </>
            }
          />
          <ArchivedNotice campaign={c} />
          <PlanSection campaignId={c.id} />
          <KpisAndBudget campaign={c} />
          <IdealCustomerSection campaign={c} />
          <CampaignCosts campaignId={c.id} currency={c.currency} />
          <PipelineSection campaign={c} />
          <ReviewQueue campaignId={c.id} creatorNames={names} />
          <CampaignBriefSection campaignId={c.id} />
          <AddCreators campaignId={c.id} />
          <Outbox campaignId={c.id} names={names} />
        </Stack>
      )}
    </Loaded>
  );
}
