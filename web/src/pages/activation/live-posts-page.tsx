import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, PageHeader } from "../../components/ui";
import { formatCount, formatMoney, formatTime, platformName } from "../../format";
import { PostDetail } from "./post-detail";
import { PostMetricsImport } from "./post-metrics-import";

type LivePost = Schemas["LivePost"];

export const platformOptions = ["instagram", "tiktok", "youtube", "linkedin"].map((p) => ({
  value: p,
  label: platformName(p),
}));
const formats = [
  "post",
  "reel",
  "story",
  "short",
  "video",
  "live",
  "carousel",
  "newsletter",
  "webinar",
  "article",
] as const;
const formatOptions = formats.map((f) => ({ value: f, label: f[0]?.toUpperCase() + f.slice(1) }));

const postForm = z.object({
  creatorId: z.string().min(1, "Choose the creator who posted"),
  platform: z.enum(["instagram", "tiktok", "youtube", "linkedin"], { error: "Choose the platform" }),
  format: z.enum(formats, { error: "Choose the format" }),
  url: z
    .string()
    .trim()
    .min(1, "Paste the post's address")
    .pipe(z.url("Enter a full address, starting with https://")),
  postedAt: z
    .string()
    .min(1, "Enter when it went live")
    .refine((v) => !Number.isNaN(Date.parse(v)), "Enter a date and time"),
  caption: z.string(),
  deliverableId: z.string(),
});
type PostForm = z.infer<typeof postForm>;

function RecordPost({
  campaignId,
  creators,
  nameOf,
}: {
  campaignId: string;
  creators: Array<{ value: string; label: string }>;
  nameOf(id: string): string;
}) {
  const create = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/posts");
  const goLive = $api.useMutation("post", "/api/v1/deliverables/{deliverableId}/live");
  const empty = { creatorId: "", url: "", postedAt: "", caption: "", deliverableId: "" };
  const form = useForm<PostForm>({ resolver: zodResolver(postForm), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;
  const creatorId = form.watch("creatorId");
  const deliverableId = form.watch("deliverableId");
  // Only approved content goes live, so those are the deliverables a post can fulfil.
  const deliverables = $api.useQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/deliverables",
    { params: { path: { campaignId }, query: { creatorId, limit: 100 } } },
    { enabled: Boolean(creatorId) },
  );
  const approved = (deliverables.data?.items ?? []).filter((d) => d.status === "approved");
  const deliverableOptions = approved.map((d) => ({
    value: d.id,
    label: `${d.title} · ${platformName(d.platform)} ${d.format}`,
  }));
  function chooseDeliverable(id: string) {
    form.setValue("deliverableId", id);
    const chosen = approved.find((d) => d.id === id);
    if (chosen) {
      form.setValue("platform", chosen.platform, { shouldValidate: true });
      form.setValue("format", chosen.format, { shouldValidate: true });
    }
  }
  const submit = form.handleSubmit(async ({ caption, postedAt, deliverableId: chosen, ...values }) => {
    // datetime-local is the reader's own clock; the API stores the instant in UTC.
    const at = new Date(postedAt).toISOString();
    try {
      if (chosen)
        // The deliverable's own route: the post is recorded and the deliverable marked live together.
        await goLive.mutateAsync({
          params: { path: { deliverableId: chosen } },
          body: { url: values.url, postedAt: at, ...(caption.trim() ? { caption } : {}) },
        });
      else
        await create.mutateAsync({
          params: { path: { campaignId } },
          body: { ...values, postedAt: at, ...(caption.trim() ? { caption } : {}) },
        });
      form.reset(empty);
      notifications.show({ color: "teal", message: `Live post recorded for ${nameOf(values.creatorId)}.` });
      await invalidate(
        "/api/v1/campaigns/{campaignId}/posts",
        "/api/v1/campaigns/{campaignId}/creators",
        "/api/v1/campaigns/{campaignId}/deliverables",
      );
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const select = (name: "creatorId" | "platform" | "format", label: string, data: typeof creators) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          placeholder="Choose"
          data={data}
          searchable={name === "creatorId"}
          value={field.value || null}
          onChange={(value) => {
            field.onChange(value ?? "");
            // Another creator's deliverables are not theirs to fulfil.
            if (name === "creatorId") form.setValue("deliverableId", "");
          }}
          onBlur={field.onBlur}
          ref={field.ref}
          // A deliverable names its platform and format.
          disabled={name !== "creatorId" && Boolean(deliverableId)}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label="Record a live post"
    >
      <Title order={2} size="h4" mb="sm">
        Record a live post
      </Title>
      {errors.root ? <ErrorAlert error={errors.root.message} title="The post was not recorded" /> : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {select("creatorId", "Creator", creators)}
        <Select
          label="Deliverable (optional)"
          placeholder={
            !creatorId ? "Choose the creator first" : approved.length ? "None" : "No approved deliverable"
          }
          data={deliverableOptions}
          value={deliverableId || null}
          onChange={(value) => chooseDeliverable(value ?? "")}
          disabled={!creatorId || approved.length === 0}
          clearable
        />
        {select("platform", "Platform", platformOptions)}
        {select("format", "Format", formatOptions)}
        <Field
          label="Post URL"
          type="url"
          placeholder="https://"
          error={errors.url?.message}
          {...form.register("url")}
        />
        <Field
          label="Posted at"
          type="datetime-local"
          hint="Your local time"
          error={errors.postedAt?.message}
          {...form.register("postedAt")}
        />
        <Field
          label="Caption (optional)"
          hint="Checked for disclosure (#ad)"
          error={errors.caption?.message}
          {...form.register("caption")}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={isSubmitting}>
          Record post
        </Button>
      </Group>
    </Paper>
  );
}

/** A campaign's live posts: record them, their paid amplification and metrics by hand, by CSV or from connectors. */
export function LivePostsPage() {
  const { campaignId = "" } = useParams();
  const [openPostId, setOpenPostId] = useState<string | null>(null);
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const members = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators", {
    params: { path: { campaignId }, query: { limit: 200 } },
  });
  const posts = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/posts",
    { params: { path: { campaignId }, query: { limit: 50 } } },
    {
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      pageParamName: "cursor",
    },
  );
  const refresh = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/posts/refresh-metrics");
  const creators = (members.data?.items ?? []).map((m) => ({ value: m.creatorId, label: m.name }));
  const nameOf = (id: string) => creators.find((c) => c.value === id)?.label ?? "—";
  const currency = campaign.data?.currency ?? "EUR";
  const items = posts.data?.pages.flatMap((p) => p.items);
  const openPost = items?.find((p) => p.id === openPostId) ?? null;

  async function refreshMetrics() {
    try {
      const { queued } = await refresh.mutateAsync({ params: { path: { campaignId } } });
      notifications.show({
        color: "teal",
        message:
          queued === 0
            ? "No live post is on a connected platform yet."
            : `Fetching metrics for ${formatCount(queued)} posts; they appear here when fetched.`,
      });
    } catch {
      // refresh.error says why, above the table.
    }
  }

  const columns: Array<Column<LivePost>> = [
    { id: "creator", header: "Creator", required: true, cell: (p) => nameOf(p.creatorId) },
    {
      id: "post",
      header: "Post",
      cell: (p) => (
        <Stack gap={2}>
          <Anchor href={p.url} target="_blank" rel="noreferrer" size="sm" style={{ whiteSpace: "nowrap" }}>
            {platformName(p.platform)} {p.format}
          </Anchor>
          {p.compliance && !p.compliance.compliant ? (
            <Badge color="red" variant="light" size="sm">
              Disclosure missing
            </Badge>
          ) : null}
        </Stack>
      ),
    },
    { id: "posted", header: "Posted", cell: (p) => formatTime(p.postedAt) },
    {
      id: "spend",
      header: "Paid spend",
      align: "right",
      cell: (p) => (
        <span className="num">{p.paidSpend > 0 ? formatMoney(p.paidSpend, currency) : "None"}</span>
      ),
    },
    {
      id: "impressions",
      header: "Impressions",
      align: "right",
      cell: (p) => <span className="num">{formatCount(p.latestMetrics?.impressions)}</span>,
    },
    {
      id: "views",
      header: "Views",
      align: "right",
      cell: (p) => <span className="num">{formatCount(p.latestMetrics?.views)}</span>,
    },
    {
      id: "likes",
      header: "Likes",
      align: "right",
      cell: (p) => <span className="num">{formatCount(p.latestMetrics?.likes)}</span>,
    },
    {
      id: "captured",
      header: "Metrics as of",
      cell: (p) => (p.latestMetrics ? formatTime(p.latestMetrics.capturedAt) : "No metrics yet"),
    },
    {
      id: "open",
      header: "Details",
      required: true,
      cell: (p) => (
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setOpenPostId(p.id)}
          aria-label={`Open the post of ${nameOf(p.creatorId)} on ${platformName(p.platform)}`}
        >
          Spend and metrics
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="xl">
      <PageHeader
        title="Live posts"
        description="What went live, the paid spend behind it and its metrics. Metrics left empty are unknown, never zero."
        actions={
          <>
            <Button variant="default" loading={refresh.isPending} onClick={() => void refreshMetrics()}>
              Refresh metrics from connectors
            </Button>
            <Button component={Link} to={`/campaigns/${campaignId}`} variant="default">
              Back to the campaign
            </Button>
          </>
        }
      />
      <ErrorAlert error={refresh.error} title="Metrics were not refreshed" />
      <ErrorAlert
        error={members.error}
        title="Could not load the campaign's creators"
        onRetry={() => void members.refetch()}
      />
      <RecordPost campaignId={campaignId} creators={creators} nameOf={nameOf} />
      <Stack component="section" aria-labelledby="posts-title" gap="sm">
        <Title order={2} id="posts-title">
          Posts
        </Title>
        <ErrorAlert
          error={posts.error}
          title="Could not load the live posts"
          onRetry={() => void posts.refetch()}
        />
        <DataTable
          id="live-posts"
          caption="Live posts of this campaign"
          columns={columns}
          rows={items}
          rowKey={(p) => p.id}
          loading={posts.isPending}
          empty="No live posts yet. Record one above when a creator's post goes live."
          footer={
            posts.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void posts.fetchNextPage()}
                loading={posts.isFetchingNextPage}
              >
                Load more posts
              </Button>
            ) : null
          }
        />
        <Text size="sm" c="dimmed">
          Metrics come from each post's newest snapshot.
        </Text>
      </Stack>
      <PostMetricsImport campaignId={campaignId} />
      <PostDetail
        post={openPost}
        currency={currency}
        creatorName={openPost ? nameOf(openPost.creatorId) : ""}
        onClose={() => setOpenPostId(null)}
      />
    </Stack>
  );
}
