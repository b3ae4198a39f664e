import { Anchor, Badge, Box, Button, Group, SegmentedControl, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { $api, type PageItem, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { EmptyState, ErrorAlert, PageHeader } from "../../components/ui";
import { formatDate, formatMoney } from "../../format";
import { pipelineStages, stageLabels } from "./types";

type CampaignRow = PageItem<ResponseOf<"/api/v1/campaigns">>;

const columns: Array<Column<CampaignRow>> = [
  {
    id: "name",
    header: "Campaign",
    required: true,
    cell: (c) => (
      <Box miw={180}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600}>
            {c.name}
          </Anchor>
          {c.archivedAt ? (
            <Badge size="sm" variant="light" color="gray">
              Archived
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {c.brand}
        </Text>
      </Box>
    ),
  },
  { id: "goal", header: "Goal", cell: (c) => <Text tt="capitalize">{c.goal}</Text> },
  {
    id: "dates",
    header: "Dates",
    cell: (c) => (
      <Text style={{ whiteSpace: "nowrap" }}>
        {formatDate(c.startDate)} – {formatDate(c.endDate)}
      </Text>
    ),
  },
  { id: "budget", header: "Budget", align: "right", cell: (c) => formatMoney(c.budget, c.currency) },
  {
    id: "pipeline",
    header: "Pipeline",
    cell: (c) =>
      pipelineStages
        .filter((s) => c.creatorsByStage[s])
        .map((s) => `${c.creatorsByStage[s]} ${stageLabels[s].toLowerCase()}`)
        .join(" · ") || "No creators yet",
  },
];

type Status = "active" | "archived" | "all";

const statusOptions: Array<{ value: Status; label: string }> = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
];

const emptyTitles: Record<Status, string> = {
  active: "No active campaigns",
  archived: "No archived campaigns",
  all: "No campaigns yet",
};

export function CampaignListPage() {
  const [status, setStatus] = useState<Status>("active");
  const campaigns = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns",
    { params: { query: { limit: 50, status } } },
    { initialPageParam: null, getNextPageParam: (page) => page.nextCursor },
  );
  const rows = campaigns.data?.pages.flatMap((p) => p.items);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Objectives, creators, terms and results, one campaign at a time."
        actions={
          <Button component={Link} to="/campaigns/new">
            New campaign
          </Button>
        }
      />
      <SegmentedControl
        aria-label="Which campaigns"
        size="md"
        mb="md"
        value={status}
        onChange={(value) => setStatus(value as Status)}
        data={statusOptions}
      />
      {campaigns.isError ? (
        <ErrorAlert
          error={campaigns.error}
          title="Could not load the campaigns"
          onRetry={() => void campaigns.refetch()}
        />
      ) : rows && rows.length === 0 ? (
        <EmptyState title={emptyTitles[status]}>
          <Text>
            {status === "archived"
              ? "Campaigns you archive wait here, every figure kept; restore one from its page."
              : "Start with the goal, the audience and the KPIs; creators and terms follow."}
          </Text>
          <Button component={Link} to="/campaigns/new" variant="light">
            Create the first campaign
          </Button>
        </EmptyState>
      ) : (
        <DataTable
          id="campaigns"
          caption="Campaigns"
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          loading={campaigns.isPending}
          footer={
            campaigns.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={campaigns.isFetchingNextPage}
                  onClick={() => void campaigns.fetchNextPage()}
                >
                  Load more campaigns
                </Button>
              </Group>
            ) : null
          }
        />
      )}
    </>
  );
}
