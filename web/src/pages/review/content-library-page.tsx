import { Anchor, Badge, Button, Grid, Group, Select, Stack, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { $api } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { DateField } from "../../components/date-field";
import { ErrorAlert, PageHeader, SelectField } from "../../components/ui";
import { formatDate, platformName } from "../../format";
import { type Deliverable, formatValues, type LibraryItem, platformValues } from "./types";

type Rights = NonNullable<LibraryItem["usageRights"]>;
const rightsLabels: Record<Rights["state"], string> = {
  active: "Rights in force",
  expiring_soon: "Rights lapse soon",
  expired: "Rights expired",
};
const rightsColors: Record<Rights["state"], string> = {
  active: "teal",
  expiring_soon: "orange",
  expired: "red",
};

const platformOptions = [
  { value: "", label: "All platforms" },
  ...platformValues.map((p) => ({ value: p, label: platformName(p) })),
];
const formatOptions = [
  { value: "", label: "All formats" },
  ...formatValues.map((f) => ({ value: f, label: f[0]?.toUpperCase() + f.slice(1) })),
];

/** Every approved and live piece of content, with what it may be reused for and until when. */
export function ContentLibraryPage() {
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [platform, setPlatform] = useState("");
  const [format, setFormat] = useState("");
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  // The filter picker lists the newest 200 campaigns, the most the API gives in one page.
  const campaigns = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  const campaignNames = new Map(campaigns.data?.items.map((c) => [c.id, c.name]));
  const library = $api.useInfiniteQuery(
    "get",
    "/api/v1/content-library",
    {
      params: {
        query: {
          limit: 50,
          ...(campaignId ? { campaignId } : {}),
          ...(platform ? { platform: platform as Deliverable["platform"] } : {}),
          ...(format ? { format: format as Deliverable["format"] } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        },
      },
    },
    {
      pageParamName: "cursor",
      // A changed filter keeps the last rows in view until its own arrive.
      placeholderData: keepPreviousData,
      // No cursor on the first page (openapi-fetch leaves a null parameter out).
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
    },
  );
  const items = library.data?.pages.flatMap((page) => page.items);

  const columns: Array<Column<LibraryItem>> = [
    {
      id: "content",
      header: "Content",
      required: true,
      cell: (item) => (
        <Stack gap={2} maw={420} miw={200}>
          <Text size="sm" fw={600}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {item.caption}
          </Text>
        </Stack>
      ),
    },
    {
      id: "campaign",
      header: "Campaign",
      cell: (item) => campaignNames.get(item.campaignId) ?? "—",
    },
    {
      id: "platform",
      header: "Platform",
      cell: (item) => `${platformName(item.platform)} ${item.format}`,
    },
    {
      id: "status",
      header: "Status",
      cell: (item) => (
        <Stack gap={2}>
          {item.liveUrl ? (
            <Anchor href={item.liveUrl} target="_blank" rel="noreferrer noopener" size="sm">
              Live
            </Anchor>
          ) : (
            <Text size="sm">Approved</Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDate(item.approvedAt)}
          </Text>
        </Stack>
      ),
    },
    {
      id: "rights",
      header: "Usage rights",
      cell: (item) =>
        item.usageRights ? (
          <Stack gap={2} miw={180}>
            <Group gap="xs">
              <Badge variant="light" color={rightsColors[item.usageRights.state]} miw="max-content">
                {rightsLabels[item.usageRights.state]}
              </Badge>
              <Text span size="xs" c="dimmed">
                until {formatDate(item.usageRights.expiresAt)}
              </Text>
            </Group>
            <Text size="xs">
              {item.usageRights.channels.join(", ") || "No channels"}
              {item.usageRights.paidAds ? " · paid ads" : ""}
              {item.usageRights.whitelisting ? " · whitelisting" : ""}
            </Text>
          </Stack>
        ) : (
          <Text span size="sm" c="dimmed">
            No contract
          </Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader title="Content library" description="Approved and live content with its usage rights" />
      <Grid gap="sm" mb="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Select
            label="Campaign"
            placeholder={campaigns.isPending ? "Loading campaigns…" : "All campaigns"}
            data={campaigns.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? []}
            value={campaignId}
            onChange={setCampaignId}
            searchable
            clearable
            nothingFoundMessage="No campaign by that name"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <SelectField label="Platform" value={platform} onChange={setPlatform} options={platformOptions} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <SelectField label="Format" value={format} onChange={setFormat} options={formatOptions} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <DateField label="Approved from" value={from} onChange={setFrom} maxDate={to ?? undefined} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <DateField label="Approved to" value={to} onChange={setTo} minDate={from ?? undefined} />
        </Grid.Col>
      </Grid>
      <ErrorAlert error={campaigns.error} title="Could not load the campaigns to filter by" />
      {library.isError ? (
        <ErrorAlert
          error={library.error}
          title="Could not load the content library"
          onRetry={() => void library.refetch()}
        />
      ) : (
        <DataTable
          id="content-library"
          caption="Approved and live content"
          columns={columns}
          rows={items}
          loading={library.isPending}
          rowKey={(item) => item.deliverableId}
          empty="No approved content matches."
          footer={
            library.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  loading={library.isFetchingNextPage}
                  onClick={() => void library.fetchNextPage()}
                >
                  Load more content
                </Button>
              </Group>
            ) : null
          }
        />
      )}
    </>
  );
}
