import { zodResolver } from "@hookform/resolvers/zod";
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, ApiError, fetchClient, invalidate, type ResponseOf } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import {
  EmptyState,
  ErrorAlert,
  Field,
  Loaded,
  PageHeader,
  SelectField,
  SkeletonLines,
} from "../../components/ui";
import { formatCountOf, formatMoney, formatTime } from "../../format";
import { OfferEditor } from "./offer-editor";
import { usePipeline } from "./pipeline-query";
import { StageHistory } from "./stage-history";
import { type Campaign, type Offer, stageLabels, words } from "./types";

type Template = ResponseOf<"/api/v1/templates">["items"][number];
type Thread = ResponseOf<"/api/v1/campaigns/{campaignId}/creators/{creatorId}/thread">;

const mergeFields =
  "{{creator.firstName}} {{creator.name}} {{creator.handle}} {{campaign.name}} {{brand.name}} {{sender.name}}";

const emailForm = z.object({
  templateId: z.string(),
  subject: z.string().trim().min(1, "Enter a subject"),
  body: z.string().trim().min(1, "Write the message"),
  followUpId: z.string(),
  followUpDays: z
    .number({ error: "Enter a number of days" })
    .int("Enter whole days")
    .min(1, "At least 1 day")
    .max(60, "At most 60 days"),
});
type EmailForm = z.infer<typeof emailForm>;

function EmailComposer({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const templates = $api.useQuery("get", "/api/v1/templates", { params: { query: { limit: 200 } } });
  const preview = $api.useMutation(
    "post",
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/email-preview",
  );
  const send = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/emails");
  const form = useForm<EmailForm>({
    resolver: zodResolver(emailForm),
    defaultValues: { templateId: "", subject: "", body: "", followUpId: "", followUpDays: 4 },
  });
  const errors = form.formState.errors;
  const path = { campaignId, creatorId };
  const list: Template[] = templates.data?.items ?? [];
  const choices = list.map((t) => ({ value: t.id, label: t.name }));

  const showPreview = form.handleSubmit(async ({ subject, body }) => {
    try {
      await preview.mutateAsync({ params: { path }, body: { subject, body } });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  const submit = form.handleSubmit(async (values) => {
    try {
      const message = await send.mutateAsync({
        params: { path },
        body: {
          subject: values.subject,
          body: values.body,
          ...(values.templateId ? { templateId: values.templateId } : {}),
          ...(values.followUpId
            ? { followUps: [{ templateId: values.followUpId, afterDays: values.followUpDays }] }
            : {}),
        },
      });
      notifications.show({
        color: "teal",
        message:
          message.status === "outbox"
            ? "Saved to the outbox (no SMTP server configured)."
            : "Queued for sending.",
      });
      // The thread, the pipeline (contacted) and the outbox all change with an email.
      await invalidate("/api/v1/campaigns", "/api/v1/outreach");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <Paper
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="compose-title"
      withBorder
      radius="md"
      p="md"
    >
      <Stack>
        <Title id="compose-title" order={2} size="h3">
          Email
        </Title>
        <ErrorAlert error={errors.root?.message} title="The email was not sent" />
        {templates.isError ? (
          <ErrorAlert
            error={templates.error}
            title="Could not load the templates"
            onRetry={() => void templates.refetch()}
          />
        ) : null}
        <Controller
          control={form.control}
          name="templateId"
          render={({ field }) => (
            <SelectField
              label="Template"
              value={field.value}
              onChange={(id) => {
                field.onChange(id);
                const template = list.find((t) => t.id === id);
                if (template) {
                  form.setValue("subject", template.subject, { shouldValidate: true });
                  form.setValue("body", template.body, { shouldValidate: true });
                }
              }}
              options={[{ value: "", label: "— choose a template —" }, ...choices]}
              hint={templates.isPending ? "Loading the templates…" : undefined}
            />
          )}
        />
        <Field label="Subject" error={errors.subject?.message} {...form.register("subject")} />
        <Textarea
          label="Message"
          autosize
          minRows={8}
          description={`Merge fields: ${mergeFields}`}
          error={errors.body?.message}
          {...form.register("body")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="followUpId"
            render={({ field }) => (
              <SelectField
                label="Follow up with"
                value={field.value}
                onChange={field.onChange}
                options={[{ value: "", label: "No follow-up" }, ...choices]}
              />
            )}
          />
          <Field
            label="after days without a reply"
            type="number"
            min={1}
            max={60}
            error={errors.followUpDays?.message}
            {...form.register("followUpDays", { valueAsNumber: true })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" loading={preview.isPending} onClick={() => void showPreview()}>
            Preview
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting && !preview.isPending}>
            Send
          </Button>
        </Group>
        {preview.data ? (
          <Paper
            component="section"
            aria-label="Preview"
            withBorder
            radius="sm"
            p="sm"
            bg="var(--mantine-color-default-hover)"
          >
            <Text size="sm">
              <strong>To:</strong> {preview.data.to ?? "no email address"}
            </Text>
            <Text size="sm">
              <strong>Subject:</strong> {preview.data.subject}
            </Text>
            <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
              {preview.data.text}
            </Text>
          </Paper>
        ) : null}
      </Stack>
    </Paper>
  );
}

const replyForm = z.object({ text: z.string().trim().min(1, "Paste or type the reply") });

function ThreadView({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const path = { campaignId, creatorId };
  const thread = $api.useQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/thread",
    { params: { path } },
    {
      // No email yet answers 404: that is "no conversation", not a failure worth retrying.
      retry: (failures, error) => !(error instanceof ApiError && error.status === 404) && failures < 2,
      // Messages arrive from elsewhere (replies, the portal link sent from content review): read afresh on each visit.
      staleTime: 0,
    },
  );
  const log = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/replies");
  const form = useForm({ resolver: zodResolver(replyForm), defaultValues: { text: "" } });
  const submit = form.handleSubmit(async ({ text }) => {
    try {
      await log.mutateAsync({ params: { path }, body: { text } });
      notifications.show({ color: "teal", message: "Reply logged." });
      form.reset();
      await invalidate("/api/v1/campaigns");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const none = thread.error instanceof ApiError && thread.error.status === 404;
  if (thread.isPending) return <SkeletonLines lines={3} />;
  if (thread.isError && !none)
    return (
      <ErrorAlert
        error={thread.error}
        title="Could not load the conversation"
        onRetry={() => void thread.refetch()}
      />
    );
  const data: Thread | undefined = none ? undefined : thread.data;
  if (!data)
    return (
      <Text c="dimmed" component="p">
        No conversation yet.
      </Text>
    );
  return (
    <Paper component="section" aria-labelledby="thread-title" withBorder radius="md" p="md">
      <Stack>
        <Group gap="xs">
          <Title id="thread-title" order={2} size="h3">
            Conversation: {data.subject}
          </Title>
          <Badge variant="light">{words(data.status)}</Badge>
        </Group>
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
          {data.messages.map((m) => (
            <Paper
              component="li"
              key={m.id}
              withBorder
              radius="sm"
              p="sm"
              bg={m.direction === "inbound" ? "var(--mantine-color-default-hover)" : undefined}
            >
              <Group gap="xs" mb={4}>
                <Text fw={600} size="sm">
                  {m.direction === "outbound" ? "Sent" : "Reply"}
                </Text>
                <Badge size="sm" variant="light" color={m.status === "failed" ? "red" : "gray"}>
                  {m.status}
                </Badge>
                {m.followUpStep ? (
                  <Badge size="sm" variant="outline">
                    follow-up {m.followUpStep}
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatTime(m.createdAt)}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {m.subject}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {m.text}
              </Text>
            </Paper>
          ))}
        </Stack>
        {data.followUps.length ? (
          <Stack gap={4} component="ul" aria-label="Follow-ups" p={0} m={0} style={{ listStyle: "none" }}>
            {data.followUps.map((f) => (
              <Text component="li" size="sm" key={`${f.step}-${f.dueAt}`}>
                Follow-up {f.step} after {formatCountOf(f.afterDays, "day")}: {f.status}
                {f.dueAt && f.status === "scheduled" ? ` (due ${formatTime(f.dueAt)})` : ""}
                {f.stoppedReason ? ` (${f.stoppedReason})` : ""}
              </Text>
            ))}
          </Stack>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={form.formState.errors.root?.message} />
            <Textarea
              label="Log a reply received elsewhere"
              autosize
              minRows={2}
              error={form.formState.errors.text?.message}
              {...form.register("text")}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
                Log reply
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

/** An acceptance made outside Amplio: the signed PDF is the evidence, uploaded as raw bytes. */
function SignedOutside({ offer }: { offer: Offer }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await fetchClient.POST("/api/v1/offers/{offerId}/signed-document", {
        params: { path: { offerId: offer.id } },
        body: file as unknown as string,
        bodySerializer: (body) => body,
        headers: { "content-type": "application/pdf" },
      });
      notifications.show({
        color: "teal",
        message: `Version ${offer.version} recorded as signed outside Amplio.`,
      });
      setFile(null);
      await invalidate("/api/v1/contracts", "/api/v1/campaigns");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title="The signed document was not recorded" />
      <FileInput
        label={`Signed outside Amplio? Upload the signed contract for version ${offer.version} (PDF)`}
        accept="application/pdf"
        clearable
        value={file}
        onChange={setFile}
        placeholder="Choose a PDF"
      />
      <Group>
        <Button variant="default" disabled={!file} loading={busy} onClick={() => void upload()}>
          Record acceptance outside Amplio
        </Button>
      </Group>
    </Stack>
  );
}

function OffersAndContracts({ campaign, creatorId }: { campaign: Campaign; creatorId: string }) {
  const offers = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/offers", {
    params: { path: { campaignId: campaign.id, creatorId }, query: { limit: 200 } },
  });
  const contracts = $api.useQuery("get", "/api/v1/contracts", {
    params: { query: { campaignId: campaign.id, creatorId, limit: 200 } },
  });
  return (
    <>
      <Loaded query={offers} what="the offers" skeleton={<Skeleton height={320} radius="md" />}>
        {(data) => {
          const open = data.items.find((o) => o.status === "proposed");
          const latest = data.items[0];
          return (
            <>
              <OfferEditor
                key={latest?.id ?? "first"}
                campaign={campaign}
                creatorId={creatorId}
                previous={latest?.terms ?? null}
              />
              <Paper component="section" aria-labelledby="offers-title" withBorder radius="md" p="md">
                <Stack gap="sm">
                  <Title id="offers-title" order={2} size="h3">
                    Offer versions
                  </Title>
                  {data.items.length === 0 ? <Text c="dimmed">No offer yet.</Text> : null}
                  <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: "none" }}>
                    {data.items.map((o) => (
                      <Text component="li" size="sm" key={o.id}>
                        <Badge
                          size="sm"
                          variant="light"
                          color={o.status === "accepted" ? "teal" : "gray"}
                          mr={6}
                        >
                          {o.status}
                        </Badge>
                        Version {o.version} from the {o.proposedBy} ({o.proposedByLabel}) ·{" "}
                        {words(o.terms.compensation.model)} · committed{" "}
                        {formatMoney(o.committedAmount, campaign.currency)}
                        {o.note ? (
                          <Text span c="dimmed" size="sm">
                            {" "}
                            · “{o.note}”
                          </Text>
                        ) : null}
                      </Text>
                    ))}
                  </Stack>
                  {open ? (
                    <>
                      <Text size="sm">
                        {open.proposedBy === "brand"
                          ? `Version ${open.version} waits for the creator: they accept it in their portal with their name and consent.`
                          : `Version ${open.version} is the creator's counter-offer. To agree, propose the same terms as the brand; the creator then accepts them in their portal.`}
                      </Text>
                      <SignedOutside offer={open} />
                    </>
                  ) : null}
                </Stack>
              </Paper>
            </>
          );
        }}
      </Loaded>
      <Paper component="section" aria-labelledby="contracts-title" withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title id="contracts-title" order={2} size="h3">
            Contracts
          </Title>
          <Loaded query={contracts} what="the contracts">
            {(data) =>
              data.items.length === 0 ? (
                <Text c="dimmed">No contract yet.</Text>
              ) : (
                <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                  {data.items.map((k) => (
                    <Stack component="li" key={k.id} gap={2}>
                      <Text size="sm">
                        <Badge
                          size="sm"
                          variant="light"
                          color={k.status === "in_force" ? "teal" : "gray"}
                          mr={6}
                        >
                          {k.status === "in_force" ? "in force" : "superseded"}
                        </Badge>
                        Contract v{k.version} · committed {formatMoney(k.committedAmount, k.currency)}
                        {k.maximumBonus
                          ? ` + up to ${formatMoney(k.maximumBonus, k.currency)} in bonuses`
                          : ""}{" "}
                        · {k.acceptance} · {formatTime(k.acceptedAt)}
                      </Text>
                      <Group gap="md">
                        <Anchor href={`/api/v1/contracts/${k.id}/pdf`} download size="sm">
                          Download PDF (v{k.version})
                        </Anchor>
                        {k.hasSignedDocument ? (
                          <Anchor href={`/api/v1/contracts/${k.id}/signed-document`} download size="sm">
                            Signed document
                          </Anchor>
                        ) : null}
                      </Group>
                    </Stack>
                  ))}
                </Stack>
              )
            }
          </Loaded>
        </Stack>
      </Paper>
    </>
  );
}

export function CreatorInCampaignPage() {
  const { campaignId = "", creatorId = "" } = useParams();
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const pipeline = usePipeline(campaignId);
  const entries = pipeline.data;
  const entry = entries?.find((e) => e.creatorId === creatorId);

  if (campaign.isError || pipeline.isError)
    return (
      <ErrorAlert
        error={campaign.error ?? pipeline.error}
        title="Could not load this creator's place in the campaign"
        onRetry={() => {
          void campaign.refetch();
          void pipeline.refetch();
        }}
      />
    );
  if (!campaign.data || !entries)
    return (
      <Stack aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={16} width="60%" />
        <Skeleton height={320} radius="md" mt="lg" />
      </Stack>
    );
  if (!entry)
    return (
      <EmptyState title="Not in this campaign">
        <Text>This creator is not in the campaign's pipeline.</Text>
        <Button component={Link} to={`/campaigns/${campaignId}`}>
          Back to the campaign
        </Button>
      </EmptyState>
    );
  const c = campaign.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={entry.name}
        description={`${c.name} · ${stageLabels[entry.stage]}${entry.email ? ` · ${entry.email}` : " · no email address"}`}
        actions={
          <>
            <Button
              component={Link}
              to={`/campaigns/${campaignId}/creators/${creatorId}/review`}
              variant="default"
            >
              Content review
            </Button>
            <Button component={Link} to={`/campaigns/${campaignId}`} variant="subtle">
              Back to the campaign
            </Button>
          </>
        }
      />
      <EmailComposer campaignId={campaignId} creatorId={creatorId} />
      <ThreadView campaignId={campaignId} creatorId={creatorId} />
      <OffersAndContracts campaign={c} creatorId={creatorId} />
      <StageHistory campaignId={campaignId} creatorId={creatorId} />
    </Stack>
  );
}
