import { zodResolver } from "@hookform/resolvers/zod";
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, PageHeader, SelectField, SkeletonLines } from "../../components/ui";
import { formatDate, formatTime, platformName } from "../../format";
import { CreatorBriefOverride } from "./creator-brief-override";
import { DraftVersions } from "./draft-versions";
import classes from "./review.module.css";
import { Timeline } from "./timeline";
import {
  type Deliverable,
  type DeliverableDetail,
  formatValues,
  platformValues,
  statusColors,
  statusLabels,
} from "./types";

const platformOptions = platformValues.map((p) => ({ value: p, label: platformName(p) }));
const formatOptions = formatValues.map((f) => ({ value: f, label: f[0]?.toUpperCase() + f.slice(1) }));

/** What a review write changed: the deliverable, the campaign's queue and, once approved, the content library. */
function afterReviewWrite() {
  return invalidate(
    "/api/v1/deliverables/{deliverableId}",
    "/api/v1/campaigns/{campaignId}/deliverables",
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/deliverables",
    "/api/v1/content-library",
  );
}

const deliverableForm = z.object({
  title: z.string().trim().min(1, "Enter what the creator delivers").max(200, "Keep it under 200 characters"),
  platform: z.enum(["instagram", "tiktok", "youtube", "linkedin"]),
  format: z.enum([
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
  ]),
  dueDate: z.string().min(1, "Choose when the draft is due"),
});
type DeliverableForm = z.infer<typeof deliverableForm>;

function AddDeliverable({
  campaignId,
  creatorId,
  opened,
  onClose,
  onAdded,
}: {
  campaignId: string;
  creatorId: string;
  opened: boolean;
  onClose(): void;
  onAdded(deliverable: Deliverable): void;
}) {
  const form = useForm<DeliverableForm>({
    resolver: zodResolver(deliverableForm),
    defaultValues: { title: "", platform: "instagram", format: "reel", dueDate: "" },
  });
  const create = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/deliverables");
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (body) => {
    try {
      const added = await create.mutateAsync({ params: { path: { campaignId, creatorId } }, body });
      form.reset();
      notifications.show({ color: "teal", message: `${added.title} added.` });
      await afterReviewWrite();
      onAdded(added);
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Add a deliverable" centered>
      <form onSubmit={submit} noValidate aria-label="Add a deliverable">
        <Stack>
          <ErrorAlert error={errors.root?.message} />
          <Field
            label="Deliverable"
            required
            data-autofocus
            error={errors.title?.message}
            {...form.register("title")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <SelectField
              label="Platform"
              value={form.watch("platform")}
              onChange={(value) => form.setValue("platform", value as DeliverableForm["platform"])}
              options={platformOptions}
            />
            <SelectField
              label="Format"
              value={form.watch("format")}
              onChange={(value) => form.setValue("format", value as DeliverableForm["format"])}
              options={formatOptions}
            />
          </SimpleGrid>
          <DateField
            label="Draft due"
            required
            value={form.watch("dueDate") || null}
            onChange={(value) =>
              form.setValue("dueDate", value ?? "", { shouldValidate: form.formState.isSubmitted })
            }
            error={errors.dueDate?.message}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Add deliverable
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const changesForm = z.object({ body: z.string().trim().min(1, "Say what needs to change").max(5000) });
const approveForm = z.object({
  overrideReason: z.string().trim().max(2000, "Keep the reason under 2,000 characters"),
});
const commentForm = z.object({ body: z.string().trim().min(1, "Write a comment").max(5000) });

function DecideCard({ detail }: { detail: DeliverableDetail }) {
  const decide = $api.useMutation("post", "/api/v1/deliverables/{deliverableId}/decision");
  const path = { params: { path: { deliverableId: detail.id } } };
  const errorCount = detail.latestDraft?.findings.filter((f) => f.severity === "error").length ?? 0;
  const changes = useForm({ resolver: zodResolver(changesForm), defaultValues: { body: "" } });
  const approve = useForm({ resolver: zodResolver(approveForm), defaultValues: { overrideReason: "" } });

  const requestChanges = changes.handleSubmit(async ({ body }) => {
    try {
      await decide.mutateAsync({ ...path, body: { decision: "request_changes", body } });
      changes.reset();
      notifications.show({ color: "teal", message: "Changes requested; the creator is told." });
      await afterReviewWrite();
    } catch (error) {
      applyServerErrors(changes, error);
    }
  });
  const approveDraft = approve.handleSubmit(async ({ overrideReason }) => {
    try {
      await decide.mutateAsync({
        ...path,
        body: { decision: "approve", overrideReason: overrideReason || null },
      });
      notifications.show({ color: "teal", message: `${detail.title} approved.` });
      await afterReviewWrite();
    } catch (error) {
      applyServerErrors(approve, error);
    }
  });

  return (
    <Paper p="lg" component="section" aria-labelledby="decide-title">
      <Title order={2} id="decide-title" mb="sm">
        Decide
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <form onSubmit={requestChanges} noValidate aria-label="Request changes">
          <Stack gap="sm">
            <Textarea
              label="What needs to change"
              autosize
              minRows={2}
              required
              error={changes.formState.errors.body?.message}
              {...changes.register("body")}
            />
            <ErrorAlert error={changes.formState.errors.root?.message} />
            <Group>
              <Button type="submit" variant="default" loading={changes.formState.isSubmitting}>
                Request changes
              </Button>
            </Group>
          </Stack>
        </form>
        <form onSubmit={approveDraft} noValidate aria-label="Approve">
          <Stack gap="sm">
            {errorCount ? (
              <Textarea
                label="Override reason"
                description="Required to approve despite compliance errors; it is recorded."
                autosize
                minRows={2}
                error={approve.formState.errors.overrideReason?.message}
                {...approve.register("overrideReason")}
              />
            ) : (
              <Text size="sm" c="dimmed">
                Approving tells the creator they can post it.
              </Text>
            )}
            <ErrorAlert error={approve.formState.errors.root?.message} />
            <Group>
              <Button
                type="submit"
                color={errorCount ? "orange.9" : undefined}
                loading={approve.formState.isSubmitting}
              >
                {errorCount ? "Approve with override" : "Approve"}
              </Button>
            </Group>
          </Stack>
        </form>
      </SimpleGrid>
    </Paper>
  );
}

const liveForm = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Paste the link to the live post")
    .refine(
      (text) => /^https?:\/\/\S+$/i.test(text) && URL.canParse(text),
      "Enter the full link, starting with https://",
    ),
});

/** The creator posted the approved content: the brand records its link when the creator has not. */
function GoLiveCard({ detail }: { detail: DeliverableDetail }) {
  const live = $api.useMutation("post", "/api/v1/deliverables/{deliverableId}/live");
  const form = useForm({ resolver: zodResolver(liveForm), defaultValues: { url: "" } });
  const submit = form.handleSubmit(async ({ url }) => {
    try {
      await live.mutateAsync({
        params: { path: { deliverableId: detail.id } },
        body: { url, postedAt: new Date().toISOString() },
      });
      notifications.show({ color: "teal", message: `${detail.title} is live.` });
      await afterReviewWrite();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Paper p="lg" component="section" aria-labelledby="live-title">
      <Title order={2} id="live-title" mb={4}>
        Mark it live
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Approved. Once the creator has posted it, add the post's link; its metrics are then tracked.
      </Text>
      <form onSubmit={submit} noValidate aria-label="Mark it live">
        <Stack gap="sm">
          <Field
            label="Live post URL"
            type="url"
            inputMode="url"
            required
            placeholder="https://…"
            error={form.formState.errors.url?.message}
            {...form.register("url")}
          />
          <ErrorAlert error={form.formState.errors.root?.message} title="Not marked live" />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Mark live
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function CommentForm({ detail }: { detail: DeliverableDetail }) {
  const captionRef = useRef<HTMLTextAreaElement>(null);
  const comment = $api.useMutation("post", "/api/v1/deliverables/{deliverableId}/comments");
  const form = useForm({ resolver: zodResolver(commentForm), defaultValues: { body: "" } });
  const draft = detail.latestDraft;
  const submit = form.handleSubmit(async ({ body }) => {
    const area = captionRef.current;
    const quote =
      area && area.selectionEnd > area.selectionStart
        ? { start: area.selectionStart, end: area.selectionEnd }
        : null;
    try {
      await comment.mutateAsync({ params: { path: { deliverableId: detail.id } }, body: { body, quote } });
      form.reset();
      notifications.show({ color: "teal", message: "Comment added." });
      await afterReviewWrite();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate aria-label="Comment">
      <Stack gap="sm">
        {draft ? (
          <Textarea
            ref={captionRef}
            label="Select part of the caption to comment on it (optional)"
            readOnly
            value={draft.caption}
            autosize
            minRows={2}
            maxRows={8}
          />
        ) : null}
        <Textarea
          label="Comment"
          autosize
          minRows={2}
          required
          error={errors.body?.message}
          {...form.register("body")}
        />
        {/* A quote that no longer matches the latest draft is refused; the form has no field for it. */}
        <ErrorAlert error={errors.root?.message} />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            Add comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReviewPanel({ detail }: { detail: DeliverableDetail }) {
  const draft = detail.latestDraft;
  return (
    <Stack gap="lg">
      <Paper p="lg" component="section" aria-labelledby="draft-title">
        <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} id="draft-title">
              {detail.title}
            </Title>
            <Text size="sm" c="dimmed">
              {platformName(detail.platform)} {detail.format} · draft due {formatDate(detail.dueDate)}
              {draft ? ` · draft ${draft.version} sent ${formatTime(draft.createdAt)}` : ""}
            </Text>
          </div>
          <Group gap="xs">
            {detail.overdue ? <Badge color="red.9">Overdue</Badge> : null}
            <Badge color={statusColors[detail.status]} variant="light" data-testid="deliverable-status">
              {statusLabels[detail.status]}
            </Badge>
          </Group>
        </Group>
        {detail.drafts.length ? (
          <DraftVersions drafts={detail.drafts} mediaHref={(id) => `/api/v1/media/${id}`} showRules />
        ) : (
          <Text c="dimmed">No draft yet. The creator submits it in their portal.</Text>
        )}
      </Paper>
      {detail.status === "in_review" ? <DecideCard detail={detail} /> : null}
      {detail.status === "approved" ? <GoLiveCard detail={detail} /> : null}
      <Paper p="lg" component="section" aria-labelledby="comments-title">
        <Title order={2} id="comments-title" mb="sm">
          Timeline
        </Title>
        <Stack gap="lg">
          <Timeline events={detail.timeline} />
          <CommentForm key={detail.id} detail={detail} />
        </Stack>
      </Paper>
    </Stack>
  );
}

function DeliverableReview({ deliverableId }: { deliverableId: string }) {
  const query = $api.useQuery("get", "/api/v1/deliverables/{deliverableId}", {
    params: { path: { deliverableId } },
  });
  return (
    <Loaded query={query} what="the deliverable" skeleton={<SkeletonLines lines={6} />}>
      {(detail) => <ReviewPanel detail={detail} />}
    </Loaded>
  );
}

/** Makes the contract's deliverables, each with its due date, so nothing agreed is typed in again. */
function useDeliverablesFromContract(onMade: (firstId: string) => void) {
  return $api.useMutation(
    "post",
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/deliverables/from-contract",
    {
      onSuccess: async (result) => {
        const made = result.created.length;
        notifications.show({
          color: "teal",
          message: made
            ? `${made} deliverable${made === 1 ? "" : "s"} made from contract version ${result.contractVersion}.`
            : `Every deliverable of contract version ${result.contractVersion} exists already.`,
        });
        await afterReviewWrite();
        const first = result.created[0];
        if (first) onMade(first.id);
      },
    },
  );
}

function PortalAccess({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const [confirming, { open, close }] = useDisclosure(false);
  const send = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/portal-link", {
    onSuccess: (sent) => {
      notifications.show({
        color: "teal",
        autoClose: 10_000,
        message: `Portal link emailed to the creator; it works once, until ${formatTime(sent.expiresAt)}. Only they can see it.`,
      });
      // The conversation shows the email as sent.
      void invalidate("/api/v1/campaigns/{campaignId}/creators/{creatorId}");
    },
  });
  const revoke = $api.useMutation("delete", "/api/v1/creators/{creatorId}/portal-access", {
    onSuccess: (result) => {
      close();
      notifications.show({
        color: "teal",
        message: `Portal access withdrawn (${result.revoked} link${result.revoked === 1 ? "" : "s"} or session${result.revoked === 1 ? "" : "s"} ended).`,
      });
    },
  });
  return (
    <Paper p="lg" component="section" aria-labelledby="portal-title">
      <Title order={2} id="portal-title" mb={4}>
        Creator portal
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The creator reads the brief, submits drafts and signs offers there, from a single-use link.
      </Text>
      <Group gap="sm">
        <Button
          loading={send.isPending}
          onClick={() => send.mutate({ params: { path: { campaignId, creatorId } } })}
        >
          Email a portal link
        </Button>
        <Button variant="default" onClick={open}>
          Withdraw portal access
        </Button>
      </Group>
      <ErrorAlert error={send.error} title="The link was not sent" />
      <Modal opened={confirming} onClose={close} title="Withdraw portal access?" centered>
        <Stack>
          <Text size="sm">
            Every unused link stops working and the creator is signed out of the portal. You can email a new
            link at any time.
          </Text>
          <ErrorAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red.9"
              loading={revoke.isPending}
              onClick={() => revoke.mutate({ params: { path: { creatorId } } })}
            >
              Withdraw access
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function DeliverablePicker({
  deliverables,
  selected,
  onSelect,
}: {
  deliverables: Deliverable[];
  selected: string | null;
  onSelect(id: string): void;
}) {
  if (!deliverables.length)
    return (
      <Text c="dimmed">No deliverables yet. Create them from the signed contract, or add one by hand.</Text>
    );
  return (
    <Group gap="xs" role="group" aria-label="Deliverables">
      {deliverables.map((d) => (
        <Button
          key={d.id}
          variant={d.id === selected ? "light" : "default"}
          aria-pressed={d.id === selected}
          onClick={() => onSelect(d.id)}
          h="auto"
          mih={44}
          py={6}
          styles={{ label: { whiteSpace: "normal", textAlign: "left" } }}
        >
          <Stack gap={2} align="flex-start">
            <Text size="sm" fw={600}>
              {d.title}
            </Text>
            <Text
              size="xs"
              c={d.overdue ? undefined : "dimmed"}
              className={d.overdue ? classes.danger : undefined}
            >
              {statusLabels[d.status]} · due {formatDate(d.dueDate)}
              {d.overdue ? " · overdue" : ""}
            </Text>
          </Stack>
        </Button>
      ))}
    </Group>
  );
}

/** The brand's review of one creator's content in a campaign: brief, portal access, deliverables and drafts. */
export function ReviewPage() {
  const { campaignId = "", creatorId = "" } = useParams();
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, { open: openAdding, close: closeAdding }] = useDisclosure(false);
  const fromContract = useDeliverablesFromContract(setChosen);
  const deliverables = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/deliverables",
    { params: { path: { campaignId }, query: { creatorId, limit: 100 } } },
    {
      pageParamName: "cursor",
      // No cursor on the first page (openapi-fetch leaves a null parameter out).
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
    },
  );
  const list = deliverables.data?.pages.flatMap((page) => page.items) ?? [];
  const selected = chosen ?? list[0]?.id ?? null;

  return (
    <>
      <PageHeader
        title="Content review"
        description="Brief, drafts, compliance findings and approvals for this creator"
        actions={
          <Button component={Link} to={`/campaigns/${campaignId}/creators/${creatorId}`} variant="default">
            Back to the creator
          </Button>
        }
      />
      <Stack gap="lg">
        <PortalAccess campaignId={campaignId} creatorId={creatorId} />
        <Paper p="lg" component="section" aria-labelledby="deliverables-title">
          <Group justify="space-between" mb="sm" gap="sm">
            <Title order={2} id="deliverables-title">
              Deliverables
            </Title>
            <Group gap="xs">
              <Button
                variant="light"
                loading={fromContract.isPending}
                onClick={() => fromContract.mutate({ params: { path: { campaignId, creatorId } } })}
              >
                Create deliverables from contract
              </Button>
              <Button variant="default" onClick={openAdding}>
                Add a deliverable
              </Button>
            </Group>
          </Group>
          <ErrorAlert error={fromContract.error} title="No deliverables were made from the contract" />
          {deliverables.isPending ? (
            <Group gap="xs" aria-busy="true">
              <Skeleton height={52} width={180} />
              <Skeleton height={52} width={180} />
            </Group>
          ) : deliverables.isError ? (
            <ErrorAlert
              error={deliverables.error}
              title="Could not load the deliverables"
              onRetry={() => void deliverables.refetch()}
            />
          ) : (
            <Stack gap="sm" align="flex-start">
              <DeliverablePicker deliverables={list} selected={selected} onSelect={setChosen} />
              {deliverables.hasNextPage ? (
                <Button
                  variant="subtle"
                  loading={deliverables.isFetchingNextPage}
                  onClick={() => void deliverables.fetchNextPage()}
                >
                  Load more deliverables
                </Button>
              ) : null}
            </Stack>
          )}
        </Paper>
        {selected ? <DeliverableReview deliverableId={selected} /> : null}
        <Paper p="lg" component="section" aria-labelledby="brief-title">
          <Title order={2} id="brief-title">
            Brief for this creator
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            The campaign-wide brief is edited on the{" "}
            <Anchor component={Link} to={`/campaigns/${campaignId}#brief`}>
              campaign's Brief section
            </Anchor>
            . Here, set only what differs for this creator.
          </Text>
          <CreatorBriefOverride campaignId={campaignId} creatorId={creatorId} />
        </Paper>
      </Stack>
      <AddDeliverable
        campaignId={campaignId}
        creatorId={creatorId}
        opened={adding}
        onClose={closeAdding}
        onAdded={(added) => {
          setChosen(added.id);
          closeAdding();
        }}
      />
    </>
  );
}
