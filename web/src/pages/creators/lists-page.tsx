import { Anchor, Button, Drawer, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatDate, formatRate, platformName } from "../../format";
import { CampaignPickerForm } from "./campaign-picker-form";

type CreatorList = PageItem<ResponseOf<"/api/v1/creator-lists">>;
type ListPage = ResponseOf<"/api/v1/creator-lists/{listId}">;

function ListToCampaign({ listId }: { listId: string }) {
  const addToCampaign = $api.useMutation("post", "/api/v1/creator-lists/{listId}/add-to-campaign");
  return (
    <CampaignPickerForm
      label="Add list to campaign"
      submitLabel="Add list to campaign"
      onPick={async (campaignId, name) => {
        const result = await addToCampaign.mutateAsync({
          params: { path: { listId } },
          body: { campaignId },
        });
        return `Added ${result.added} to ${name}${result.alreadyIn ? ` (${result.alreadyIn} were already in it)` : ""}.`;
      }}
    />
  );
}

function ListDetail({ listId }: { listId: string }) {
  const list = $api.useInfiniteQuery(
    "get",
    "/api/v1/creator-lists/{listId}",
    { params: { path: { listId }, query: { limit: 50 } } },
    {
      initialPageParam: "",
      getNextPageParam: (last: ListPage) => last.nextCursor ?? undefined,
      pageParamName: "cursor",
    },
  );
  const items = list.data?.pages.flatMap((p) => p.items);
  const remove = $api.useMutation("delete", "/api/v1/creator-lists/{listId}/items/{creatorId}", {
    onSuccess: () => invalidate("/api/v1/creator-lists"),
  });
  return (
    <Stack gap="md">
      <ListToCampaign listId={listId} />
      <Anchor href={`/api/v1/creator-lists/${listId}/export.csv`} download>
        Download as CSV
      </Anchor>
      {list.isPending ? <SkeletonLines lines={5} /> : null}
      {list.isError ? (
        <ErrorAlert error={list.error} title="Could not load the list" onRetry={() => void list.refetch()} />
      ) : null}
      {remove.isError ? <ErrorAlert error={remove.error} title="Could not remove the creator" /> : null}
      {items?.length === 0 ? <Text c="dimmed">No creators in this list yet.</Text> : null}
      {items?.map((item) => (
        <Paper key={item.creator.id} withBorder p="sm" radius="md">
          <Anchor component={Link} to={`/creators/${item.creator.id}`} fw={600}>
            {item.creator.name}
          </Anchor>
          {item.creator.accounts.map((a) => (
            <Text key={a.id} size="sm" c="dimmed">
              {platformName(a.platform)} @{a.handle} · {formatCount(a.followers)} followers ·{" "}
              {formatRate(a.engagementRate)} engagement
            </Text>
          ))}
          {item.note ? <Text size="sm">Note: {item.note}</Text> : null}
          <Group justify="space-between" mt={4}>
            <Text size="xs" c="dimmed">
              Added {formatDate(item.addedAt)}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Remove ${item.creator.name} from this list`}
              loading={remove.isPending && remove.variables?.params.path.creatorId === item.creator.id}
              onClick={() => remove.mutate({ params: { path: { listId, creatorId: item.creator.id } } })}
            >
              Remove
            </Button>
          </Group>
        </Paper>
      ))}
      {list.hasNextPage ? (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Load more
        </Button>
      ) : null}
    </Stack>
  );
}

export function CreatorListsPage() {
  const lists = $api.useInfiniteQuery(
    "get",
    "/api/v1/creator-lists",
    { params: { query: { limit: 50 } } },
    {
      initialPageParam: "",
      getNextPageParam: (last: ResponseOf<"/api/v1/creator-lists">) => last.nextCursor ?? undefined,
      pageParamName: "cursor",
    },
  );
  const [open, setOpen] = useState<CreatorList | null>(null);
  const rows = lists.data?.pages.flatMap((p) => p.items);

  const columns: Array<Column<CreatorList>> = [
    {
      id: "name",
      header: "List",
      required: true,
      cell: (list) => (
        <Anchor component="button" type="button" fw={600} onClick={() => setOpen(list)} mih={44}>
          {list.name}
        </Anchor>
      ),
    },
    {
      id: "description",
      header: "Description",
      cell: (list) => list.description ?? "—",
    },
    { id: "creators", header: "Creators", align: "right", cell: (list) => formatCount(list.creators) },
    { id: "updated", header: "Updated", cell: (list) => formatDate(list.updatedAt) },
    {
      id: "export",
      header: "Export",
      cell: (list) => (
        <Anchor href={`/api/v1/creator-lists/${list.id}/export.csv`} download>
          Download CSV
        </Anchor>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Shortlists"
        description="Creators you are considering, with notes."
        actions={
          <Button component={Link} to="/creators" variant="default">
            Back to search
          </Button>
        }
      />
      {lists.isError ? (
        <ErrorAlert
          error={lists.error}
          title="Could not load the shortlists"
          onRetry={() => void lists.refetch()}
        />
      ) : null}
      <DataTable
        id="creator-lists"
        caption="Shortlists"
        columns={columns}
        rows={rows}
        rowKey={(list) => list.id}
        loading={lists.isPending}
        empty="No shortlists yet. Select creators in the search to start one."
        footer={
          lists.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void lists.fetchNextPage()}
                loading={lists.isFetchingNextPage}
              >
                Load more
              </Button>
            </Group>
          ) : null
        }
      />
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={<Title order={2}>{open?.name}</Title>}
        aria-label={open ? `List ${open.name}` : undefined}
      >
        {open ? <ListDetail listId={open.id} /> : null}
      </Drawer>
    </>
  );
}
