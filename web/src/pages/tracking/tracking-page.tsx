import { zodResolver } from "@hookform/resolvers/zod";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { dayMs } from "@shared/time";
import { useId, useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import {
  CartesianGrid,
  Tooltip as ChartTooltip,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { z } from "zod";
import { $api, invalidate, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatCountOf, formatMoney, formatRate } from "../../format";
import { CopyLinkButton } from "./copy-link-button";
import { UnverifiedOrders } from "./unverified-orders";

type Analytics = ResponseOf<"/api/v1/campaigns/{campaignId}/link-analytics">;
type Conversions = ResponseOf<"/api/v1/campaigns/{campaignId}/conversions">;
type TrackingLink = ResponseOf<"/api/v1/campaigns/{campaignId}/links">["items"][number];
type Granularity = "day" | "hour";

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function Breakdown({
  title,
  rows,
  total,
}: {
  title: string;
  rows: Array<{ value: string; clicks: number }>;
  total: number;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No clicks yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{title}</Table.Th>
                <Table.Th ta="right">Clicks</Table.Th>
                <Table.Th ta="right">Share</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, 8).map((row) => (
                <Table.Tr key={row.value}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{row.value}</Table.Td>
                  <Table.Td ta="right">{formatCount(row.clicks)}</Table.Td>
                  <Table.Td ta="right">{formatRate(total > 0 ? row.clicks / total : null)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Totals({ analytics, conversions }: { analytics: Analytics; conversions: Conversions | undefined }) {
  const t = analytics.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Stat label="Clicks" value={formatCount(t.clicks)} testId="clicks-total" />
      <Stat label="Unique visitors (per day)" value={formatCount(t.uniqueVisitors)} />
      <Stat label="Bot clicks (excluded)" value={formatCount(t.botClicks)} testId="bot-total" />
      {conversions ? (
        <>
          <Stat
            label="Conversions (code / click)"
            value={`${formatCount(conversions.totals.conversions)} (${formatCount(conversions.totals.byCode)} / ${formatCount(conversions.totals.byClick)})`}
          />
          <Stat
            label="Revenue after refunds"
            value={formatMoney(conversions.totals.revenue, conversions.currency)}
          />
          <Stat label="Code-vs-click conflicts" value={formatCount(conversions.totals.conflicts)} />
        </>
      ) : null}
    </SimpleGrid>
  );
}

function ClicksChart({ analytics, granularity }: { analytics: Analytics; granularity: Granularity }) {
  const summary = `${formatCountOf(analytics.totals.clicks, "click")}, ${formatCountOf(analytics.totals.uniqueVisitors, "unique visitor")} and ${formatCountOf(analytics.totals.botClicks, "bot click")} over ${formatCountOf(analytics.series.length, granularity === "day" ? "day" : "hour")}.`;
  if (analytics.totals.clicks === 0 && analytics.totals.botClicks === 0)
    return (
      <Paper withBorder p="md" radius="md">
        <Text c="dimmed" ta="center" py="lg">
          No clicks in this period yet. Clicks show here as soon as someone opens a tracking link.
        </Text>
      </Paper>
    );
  return (
    <Paper withBorder p="md" radius="md" h={300} role="img" aria-label={`Clicks over time: ${summary}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={analytics.series}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="bucket"
            tickFormatter={(b: string) => (granularity === "day" ? b.slice(5) : b.slice(5, 13))}
          />
          <YAxis allowDecimals={false} width={40} />
          <ChartTooltip />
          <Legend />
          <Line type="monotone" dataKey="clicks" name="Clicks" stroke="#2563eb" dot={false} />
          <Line
            type="monotone"
            dataKey="uniqueVisitors"
            name="Unique visitors"
            stroke="#16a34a"
            dot={false}
          />
          <Line
            type="monotone"
            dataKey="botClicks"
            name="Bots (excluded)"
            stroke="#9ca3af"
            strokeDasharray="4 4"
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Paper>
  );
}

function PerCreator({
  analytics,
  conversions,
  nameOf,
}: {
  analytics: Analytics;
  conversions: Conversions | undefined;
  nameOf(id: string): string;
}) {
  const conversionsOf = (id: string) => conversions?.byCreator.find((c) => c.creatorId === id);
  const columns: Array<Column<Analytics["byCreator"][number]>> = [
    { id: "creator", header: "Creator", required: true, cell: (r) => nameOf(r.creatorId) },
    { id: "clicks", header: "Clicks", align: "right", cell: (r) => formatCount(r.clicks) },
    { id: "visitors", header: "Visitors", align: "right", cell: (r) => formatCount(r.uniqueVisitors) },
    { id: "bots", header: "Bots", align: "right", cell: (r) => formatCount(r.botClicks) },
    {
      id: "conversions",
      header: "Conversions",
      align: "right",
      cell: (r) => formatCount(conversionsOf(r.creatorId)?.conversions ?? 0),
    },
    {
      id: "revenue",
      header: "Revenue",
      align: "right",
      cell: (r) =>
        conversions ? formatMoney(conversionsOf(r.creatorId)?.revenue ?? 0, conversions.currency) : "—",
    },
  ];
  return (
    <Stack component="section" aria-labelledby="per-creator" gap="sm">
      <Title order={2} id="per-creator">
        Per creator
      </Title>
      <DataTable
        id="tracking-per-creator"
        caption="Clicks and conversions per creator"
        columns={columns}
        rows={analytics.byCreator}
        rowKey={(r) => r.creatorId}
        empty="No clicks yet."
      />
    </Stack>
  );
}

const linkForm = z.object({
  creatorId: z.string().min(1, "Choose the creator who shares this link"),
  destinationUrl: z
    .string()
    .trim()
    .min(1, "Enter the page the link leads to")
    .pipe(z.url("Enter a full address, starting with https://")),
  slug: z.string().trim(),
});
type LinkForm = z.infer<typeof linkForm>;

function TrackingLinks({
  campaignId,
  creatorId,
  creators,
  nameOf,
}: {
  campaignId: string;
  creatorId: string;
  creators: Array<{ value: string; label: string }>;
  nameOf(id: string): string;
}) {
  const links = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/links", {
    params: { path: { campaignId }, query: { limit: 200, ...(creatorId ? { creatorId } : {}) } },
  });
  const create = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/links");
  const update = $api.useMutation("patch", "/api/v1/links/{linkId}");
  const form = useForm<LinkForm>({
    resolver: zodResolver(linkForm),
    defaultValues: { creatorId: "", destinationUrl: "", slug: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ slug, ...values }) => {
    try {
      await create.mutateAsync({
        params: { path: { campaignId } },
        body: { ...values, ...(slug ? { slug } : {}) },
      });
      // The next link is often for the same creator.
      form.reset({ creatorId: values.creatorId, destinationUrl: "", slug: "" });
      await invalidate(
        "/api/v1/campaigns/{campaignId}/links",
        "/api/v1/campaigns/{campaignId}/link-analytics",
      );
      notifications.show({
        color: "teal",
        message: `Tracking link created for ${nameOf(values.creatorId)}.`,
      });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function toggle(link: TrackingLink) {
    const status = link.status === "active" ? "disabled" : "active";
    try {
      await update.mutateAsync({ params: { path: { linkId: link.id } }, body: { status } });
      await invalidate("/api/v1/campaigns/{campaignId}/links");
      notifications.show({
        color: "teal",
        message: status === "active" ? `${link.code} redirects again.` : `${link.code} no longer redirects.`,
      });
    } catch {
      // update.error says why, above the table.
    }
  }

  const columns: Array<Column<TrackingLink>> = [
    {
      id: "short",
      header: "Short link",
      required: true,
      cell: (l) => (
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={l.shortUrl}>
            <Code style={{ whiteSpace: "nowrap" }}>{new URL(l.shortUrl).pathname}</Code>
          </Tooltip>
          <CopyLinkButton url={l.shortUrl} code={l.code} />
        </Group>
      ),
    },
    { id: "creator", header: "Creator", cell: (l) => nameOf(l.creatorId) },
    {
      id: "destination",
      header: "Destination",
      cell: (l) => (
        <Text size="sm" truncate="end" maw={280} title={l.destinationUrl}>
          {l.destinationUrl}
        </Text>
      ),
    },
    { id: "clicks", header: "Clicks", align: "right", cell: (l) => formatCount(l.clicks) },
    {
      id: "qr",
      header: "QR code",
      cell: (l) => (
        <Group gap="sm" wrap="nowrap">
          <Anchor size="sm" href={`/api/v1/links/${l.id}/qr?format=png`} download={`link-${l.code}.png`}>
            PNG
          </Anchor>
          <Anchor size="sm" href={`/api/v1/links/${l.id}/qr?format=svg`} download={`link-${l.code}.svg`}>
            SVG
          </Anchor>
        </Group>
      ),
    },
    {
      id: "status",
      header: "Status",
      required: true,
      cell: (l) => (
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={l.status === "active" ? "teal" : "gray"}>
            {l.status === "active" ? "Active" : "Disabled"}
          </Badge>
          <Button
            size="xs"
            variant="default"
            loading={update.isPending && update.variables?.params.path.linkId === l.id}
            onClick={() => void toggle(l)}
            aria-label={l.status === "active" ? `Disable ${l.code}` : `Enable ${l.code}`}
          >
            {l.status === "active" ? "Disable" : "Enable"}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <Stack component="section" aria-labelledby="links-title" gap="sm">
      <Title order={2} id="links-title">
        Tracking links
      </Title>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="form"
        onSubmit={submit}
        noValidate
        aria-label="New tracking link"
      >
        {errors.root ? <ErrorAlert error={errors.root.message} title="The link was not created" /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Controller
            control={form.control}
            name="creatorId"
            render={({ field }) => (
              <Select
                label="Creator for the new link"
                placeholder="Choose a creator"
                data={creators}
                searchable
                nothingFoundMessage="No creator by that name in this campaign"
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? "")}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.creatorId?.message}
              />
            )}
          />
          <TextInput
            label="Destination URL"
            type="url"
            placeholder="https://shop.example.com/product"
            error={errors.destinationUrl?.message}
            {...form.register("destinationUrl")}
          />
          <TextInput
            label="Custom slug (optional)"
            description={errors.slug ? undefined : "The end of the short link; made up when left empty."}
            error={errors.slug?.message}
            {...form.register("slug")}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={isSubmitting}>
            Create link
          </Button>
        </Group>
      </Paper>
      <ErrorAlert error={update.error} title="The link was not changed" />
      <Loaded query={links} what="the tracking links" skeleton={<SkeletonLines lines={3} />}>
        {(data) => (
          <DataTable
            id="tracking-links"
            caption="Tracking links"
            columns={columns}
            rows={data.items}
            rowKey={(l) => l.id}
            empty="No tracking links yet. Create one above for each creator."
          />
        )}
      </Loaded>
    </Stack>
  );
}

/** Link analytics for a campaign, or one creator in it: clicks over time, visitors, where they came from, bots apart. */
export function TrackingPage() {
  const { campaignId = "" } = useParams();
  const [creatorId, setCreatorId] = useState("");
  const [granularity, setGranularity] = useState<Granularity>("day");
  // Hourly buckets cover the last 7 days; the start is fixed to the hour so the query stays the same between renders.
  const from = useMemo(
    () =>
      granularity === "hour"
        ? new Date(Math.floor((Date.now() - 7 * dayMs) / 3_600_000) * 3_600_000).toISOString()
        : undefined,
    [granularity],
  );
  const members = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators", {
    params: { path: { campaignId }, query: { limit: 200 } },
  });
  const analytics = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/link-analytics", {
    params: {
      path: { campaignId },
      query: { granularity, ...(from ? { from } : {}), ...(creatorId ? { creatorId } : {}) },
    },
  });
  const conversions = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/conversions", {
    params: { path: { campaignId } },
  });

  const creators = (members.data?.items ?? []).map((m) => ({ value: m.creatorId, label: m.name }));
  const nameOf = (id: string) => creators.find((c) => c.value === id)?.label ?? id;
  const groupById = useId();

  return (
    <Stack gap="xl">
      <PageHeader
        title="Link analytics"
        description="Human clicks from tracking links; bots and link-preview fetchers are counted apart and left out."
        actions={
          <Button component={Link} to={`/campaigns/${campaignId}`} variant="default">
            Back to the campaign
          </Button>
        }
      />
      <ErrorAlert
        error={members.error}
        title="Could not load the campaign's creators"
        onRetry={() => void members.refetch()}
      />
      <ErrorAlert
        error={conversions.error}
        title="Could not load the conversions"
        onRetry={() => void conversions.refetch()}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label="Creator"
          data={[{ value: "", label: "Whole campaign" }, ...creators]}
          value={creatorId}
          onChange={(value) => setCreatorId(value ?? "")}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No creator by that name in this campaign"
          w={{ base: "100%", sm: 280 }}
        />
        <Box>
          <Text size="sm" fw={500} mb={4} id={groupById}>
            Group by
          </Text>
          <SegmentedControl
            aria-labelledby={groupById}
            value={granularity}
            onChange={(value) => setGranularity(value as Granularity)}
            data={[
              { value: "day", label: "Day (last 30 days)" },
              { value: "hour", label: "Hour (last 7 days)" },
            ]}
          />
        </Box>
      </Group>

      <Loaded
        query={analytics}
        what="the link analytics"
        skeleton={
          <Stack gap="md" aria-busy="true">
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
              {["clicks", "visitors", "bots"].map((key) => (
                <Skeleton key={key} height={76} radius="md" />
              ))}
            </SimpleGrid>
            <Skeleton height={300} radius="md" />
          </Stack>
        }
      >
        {(data) => (
          <Stack gap="xl">
            <Totals analytics={data} conversions={conversions.data} />
            <Stack component="section" aria-labelledby="over-time" gap="sm">
              <Title order={2} id="over-time">
                Clicks over time
              </Title>
              <ClicksChart analytics={data} granularity={granularity} />
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
                <Breakdown title="Country" rows={data.byCountry} total={data.totals.clicks} />
                <Breakdown title="Referrer" rows={data.byReferrer} total={data.totals.clicks} />
                <Breakdown title="Device" rows={data.byDevice} total={data.totals.clicks} />
              </SimpleGrid>
            </Stack>
            {creatorId ? null : (
              <PerCreator analytics={data} conversions={conversions.data} nameOf={nameOf} />
            )}
          </Stack>
        )}
      </Loaded>

      <UnverifiedOrders campaignId={campaignId} nameOf={nameOf} />
      <TrackingLinks campaignId={campaignId} creatorId={creatorId} creators={creators} nameOf={nameOf} />
    </Stack>
  );
}
