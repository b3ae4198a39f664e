import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Divider, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField } from "../../components/ui";
import { formatCount, formatDate, formatMoney, formatTime, platformName } from "../../format";
import { toMinor } from "../campaigns/types";

type LivePost = Schemas["LivePost"];
type Snapshot = Schemas["PostMetricSnapshot"];

const metricNames = [
  ["impressions", "Impressions"],
  ["reach", "Reach"],
  ["views", "Views"],
  ["likes", "Likes"],
  ["comments", "Comments"],
  ["shares", "Shares"],
  ["saves", "Saves"],
  ["linkClicks", "Link clicks"],
] as const;
type MetricName = (typeof metricNames)[number][0];

const amplificationForm = (currency: string) =>
  z
    .object({
      kind: z.enum(["boost", "whitelisting"]),
      spend: z
        .string()
        .trim()
        .min(1, "Enter what was spent")
        .refine((v) => toMinor(v, currency) !== null, `Enter an amount in ${currency}, such as 250.00`),
      startDate: z.string().min(1, "Choose the first day it ran"),
      endDate: z.string().min(1, "Choose the last day it ran"),
    })
    .refine((a) => a.endDate >= a.startDate, {
      message: "The last day comes on or after the first",
      path: ["endDate"],
    });
type AmplificationForm = z.infer<ReturnType<typeof amplificationForm>>;

function AddAmplification({ post, currency }: { post: LivePost; currency: string }) {
  const add = $api.useMutation("post", "/api/v1/posts/{postId}/amplifications");
  const form = useForm<AmplificationForm>({
    resolver: zodResolver(amplificationForm(currency)),
    defaultValues: { kind: "boost", spend: "", startDate: "", endDate: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ spend, ...values }) => {
    try {
      await add.mutateAsync({
        params: { path: { postId: post.id } },
        body: { ...values, spend: toMinor(spend, currency) ?? 0 },
      });
      form.reset({ kind: values.kind, spend: "", startDate: "", endDate: "" });
      notifications.show({ color: "teal", message: "Paid amplification recorded." });
      await invalidate("/api/v1/campaigns/{campaignId}/posts", "/api/v1/campaigns/{campaignId}/report");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const dateField = (name: "startDate" | "endDate", label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateField
          label={label}
          required
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? "")}
          onBlur={field.onBlur}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Add paid amplification">
      <Stack gap="sm">
        {errors.root ? <ErrorAlert error={errors.root.message} title="The spend was not recorded" /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <SelectField
                label="Kind"
                value={field.value}
                onChange={field.onChange}
                options={[
                  { value: "boost", label: "Boost (the creator's post promoted)" },
                  { value: "whitelisting", label: "Whitelisting (ads from the creator's handle)" },
                ]}
              />
            )}
          />
          <Field
            label={`Spend (${currency})`}
            inputMode="decimal"
            error={errors.spend?.message}
            {...form.register("spend")}
          />
          {dateField("startDate", "First day")}
          {dateField("endDate", "Last day")}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Add spend
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const count = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d+$/.test(v.replace(/[,\s]/g, "")), "A whole number, or empty when unknown");
const metricsForm = z.object({
  capturedAt: z.string().refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Enter a date and time"),
  ...(Object.fromEntries(metricNames.map(([name]) => [name, count])) as Record<MetricName, typeof count>),
});
type MetricsForm = z.infer<typeof metricsForm>;
const emptyMetrics = {
  capturedAt: "",
  ...(Object.fromEntries(metricNames.map(([name]) => [name, ""])) as Record<MetricName, string>),
};

function AddMetrics({ post }: { post: LivePost }) {
  const add = $api.useMutation("post", "/api/v1/posts/{postId}/metrics");
  const form = useForm<MetricsForm>({ resolver: zodResolver(metricsForm), defaultValues: emptyMetrics });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ capturedAt, ...counts }) => {
    // An empty box is unknown: it is left out, never sent as 0.
    const known = Object.fromEntries(
      Object.entries(counts)
        .filter(([, v]) => v.trim() !== "")
        .map(([k, v]) => [k, Number(v.replace(/[,\s]/g, ""))]),
    );
    if (Object.keys(known).length === 0) {
      form.setError("root", { message: "Enter at least one metric." });
      return;
    }
    try {
      await add.mutateAsync({
        params: { path: { postId: post.id } },
        body: { ...known, ...(capturedAt ? { capturedAt: new Date(capturedAt).toISOString() } : {}) },
      });
      form.reset(emptyMetrics);
      notifications.show({ color: "teal", message: "Metric snapshot added." });
      await invalidate(
        "/api/v1/campaigns/{campaignId}/posts",
        "/api/v1/posts/{postId}/metrics",
        "/api/v1/campaigns/{campaignId}/report",
      );
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a metric snapshot">
      <Stack gap="sm">
        {errors.root ? <ErrorAlert error={errors.root.message} title="The snapshot was not added" /> : null}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {metricNames.map(([name, label]) => (
            <Field
              key={name}
              label={label}
              inputMode="numeric"
              error={errors[name]?.message}
              {...form.register(name)}
            />
          ))}
        </SimpleGrid>
        <Field
          label="Captured at (optional)"
          type="datetime-local"
          hint="Empty: now"
          error={errors.capturedAt?.message}
          {...form.register("capturedAt")}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Add snapshot
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const sourceLabel: Record<Snapshot["source"], string> = {
  manual: "By hand",
  portal: "Creator (portal)",
  csv: "CSV import",
  youtube: "YouTube",
  instagram: "Instagram",
  creator: "The creator's connected account",
};

function MetricHistory({ postId }: { postId: string }) {
  const history = $api.useInfiniteQuery(
    "get",
    "/api/v1/posts/{postId}/metrics",
    { params: { path: { postId }, query: { limit: 50 } } },
    {
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      pageParamName: "cursor",
    },
  );
  const columns: Array<Column<Snapshot>> = [
    { id: "at", header: "Captured", required: true, cell: (s) => formatTime(s.capturedAt) },
    { id: "source", header: "Source", cell: (s) => sourceLabel[s.source] },
    ...metricNames.map(([name, label]) => ({
      id: name,
      header: label,
      align: "right" as const,
      hiddenByDefault: name === "saves" || name === "shares" || name === "reach",
      cell: (s: Snapshot) => <span className="num">{formatCount(s[name])}</span>,
    })),
  ];
  return (
    <>
      <ErrorAlert
        error={history.error}
        title="Could not load the snapshots"
        onRetry={() => void history.refetch()}
      />
      <DataTable
        id="post-metric-history"
        caption="Metric snapshots, oldest first"
        columns={columns}
        rows={history.data?.pages.flatMap((p) => p.items)}
        rowKey={(s) => s.id}
        loading={history.isPending}
        maxHeight={320}
        empty="No snapshots yet: add one above, import a CSV, or refresh from the connectors."
        footer={
          history.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void history.fetchNextPage()}
              loading={history.isFetchingNextPage}
            >
              Load more snapshots
            </Button>
          ) : null
        }
      />
    </>
  );
}

/** One post's paid amplification and metric snapshots, in a dialog over the list (full screen on a phone). */
export function PostDetail({
  post,
  currency,
  creatorName,
  onClose,
}: {
  post: LivePost | null;
  currency: string;
  creatorName: string;
  onClose(): void;
}) {
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal
      opened={post !== null}
      onClose={onClose}
      size="xl"
      fullScreen={phone}
      title={post ? `${creatorName} · ${platformName(post.platform)} ${post.format}` : ""}
    >
      {post ? (
        <Stack gap="md">
          <Title order={3} size="h4">
            Paid amplification
          </Title>
          {post.amplifications.length === 0 ? (
            <Text size="sm" c="dimmed">
              No paid spend behind this post.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={0} type="native">
              <Table aria-label="Paid amplification">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Ran</Table.Th>
                    <Table.Th ta="right">Spend</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {post.amplifications.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.kind === "boost" ? "Boost" : "Whitelisting"}</Table.Td>
                      <Table.Td>
                        {formatDate(a.startDate)} – {formatDate(a.endDate)}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(a.spend, currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <AddAmplification post={post} currency={currency} />
          <Divider />
          <Title order={3} size="h4">
            Metrics
          </Title>
          <AddMetrics post={post} />
          <MetricHistory postId={post.id} />
        </Stack>
      ) : null}
    </Modal>
  );
}
