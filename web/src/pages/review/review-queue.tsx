import { Anchor, Badge, Button, Group, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import { $api } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/ui";
import { formatDate } from "../../format";
import classes from "./review.module.css";
import { type Deliverable, statusColors, statusLabels } from "./types";

/** The campaign's deliverables by due date, with what waits for review and what is overdue. */
export function ReviewQueue({
  campaignId,
  creatorNames,
}: {
  campaignId: string;
  creatorNames: Map<string, string>;
}) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/deliverables",
    { params: { path: { campaignId }, query: { limit: 100 } } },
    {
      pageParamName: "cursor",
      // No cursor on the first page (openapi-fetch leaves a null parameter out).
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
    },
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  // A campaign without deliverables has nothing to review: the section stays out of the way.
  if (query.isPending || (!items.length && !query.isError)) return null;
  const overdue = items.filter((d) => d.overdue).length;
  const waiting = items.filter((d) => d.status === "in_review").length;

  const columns: Array<Column<Deliverable>> = [
    {
      id: "content",
      header: "Content",
      required: true,
      cell: (d) => (
        <Anchor
          component={Link}
          to={`/campaigns/${campaignId}/creators/${d.creatorId}/review`}
          display="inline-block"
          miw={160}
        >
          {creatorNames.get(d.creatorId) ?? "Creator"}: {d.title}
        </Anchor>
      ),
    },
    {
      id: "status",
      header: "Status",
      cell: (d) => (
        <Badge variant="light" color={statusColors[d.status]} miw="max-content">
          {statusLabels[d.status]}
        </Badge>
      ),
    },
    {
      id: "due",
      header: "Draft due",
      cell: (d) => (
        <Text
          span
          size="sm"
          className={d.overdue ? classes.danger : undefined}
          fw={d.overdue ? 600 : undefined}
        >
          {formatDate(d.dueDate)}
          {d.overdue ? " · overdue" : ""}
        </Text>
      ),
    },
    {
      id: "check",
      header: "Disclosure check",
      cell: (d) =>
        !d.latestDraft ? (
          <Text span size="sm" c="dimmed">
            No draft
          </Text>
        ) : d.latestDraft.compliant ? (
          <Text span size="sm" c="dimmed">
            Passes
          </Text>
        ) : (
          <Text span size="sm" className={classes.danger} fw={600}>
            Fails the disclosure check
          </Text>
        ),
    },
  ];

  return (
    <Paper p="lg" component="section" aria-labelledby="review-queue-title">
      <Group gap="xs" mb="sm">
        <Title order={2} id="review-queue-title">
          Content review
        </Title>
        <Badge variant="light">{waiting} waiting</Badge>
        {overdue ? <Badge color="red.9">{overdue} overdue</Badge> : null}
      </Group>
      {query.isError ? (
        <ErrorAlert
          error={query.error}
          title="Could not load the deliverables"
          onRetry={() => void query.refetch()}
        />
      ) : (
        <DataTable
          id="review-queue"
          caption="Deliverables by due date"
          columns={columns}
          rows={items}
          rowKey={(d) => d.id}
          maxHeight={420}
          footer={
            query.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  loading={query.isFetchingNextPage}
                  onClick={() => void query.fetchNextPage()}
                >
                  Load more deliverables
                </Button>
              </Group>
            ) : null
          }
        />
      )}
    </Paper>
  );
}
