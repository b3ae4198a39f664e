import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, ApiError, invalidate, type ResponseOf } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField, SkeletonLines } from "../../components/ui";
import { formatTime } from "../../format";
import { words } from "../campaigns/types";
import { MergeFieldPicker, useInsertAtCursor } from "./merge-fields";

type Template = ResponseOf<"/api/v1/templates">["items"][number];
type Thread = ResponseOf<"/api/v1/campaigns/{campaignId}/creators/{creatorId}/thread">;

const emailForm = z.object({
  templateId: z.string(),
  subject: z.string().trim().min(1, "Enter a subject"),
  body: z.string().trim().min(1, "Write the message"),
  sequenceId: z.string(),
});
type EmailForm = z.infer<typeof emailForm>;

/** One creator's email in a campaign: a template, edited for them, previewed, sent, optionally with a sequence. */
export function EmailComposer({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const templates = $api.useQuery("get", "/api/v1/templates", { params: { query: { limit: 200 } } });
  const preview = $api.useMutation(
    "post",
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/email-preview",
  );
  const sequences = $api.useQuery("get", "/api/v1/outreach/sequences", { params: { query: { limit: 200 } } });
  const send = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/emails");
  const form = useForm<EmailForm>({
    resolver: zodResolver(emailForm),
    defaultValues: { templateId: "", subject: "", body: "", sequenceId: "" },
  });
  const body = useInsertAtCursor(form, "body");
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
          ...(values.sequenceId ? { sequenceId: values.sequenceId } : {}),
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
        <Textarea label="Message" autosize minRows={8} error={errors.body?.message} {...body.props} />
        <MergeFieldPicker onPick={body.insert} />
        <Controller
          control={form.control}
          name="sequenceId"
          render={({ field }) => (
            <SelectField
              label="Follow-up sequence"
              value={field.value}
              onChange={field.onChange}
              options={[
                { value: "", label: "No follow-ups" },
                ...(sequences.data?.items ?? []).map((q) => ({
                  value: q.id,
                  label: `${q.name} (${q.steps.length} ${q.steps.length === 1 ? "step" : "steps"})`,
                })),
              ]}
              hint={
                sequences.isError
                  ? "Could not load the sequences; the email can still be sent without one."
                  : "Each step is sent after its days without a reply; a reply or a stage change stops it. Sequences are made on the Email templates page."
              }
            />
          )}
        />
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

/** The conversation with the creator in this campaign, and where its follow-up sequence stands. */
export function ThreadView({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
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
        {data.followUps.length ? <FollowUps followUps={data.followUps} /> : null}
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

/** Where the sequence stands: the next step due, what was sent, and why the rest stopped. */
function FollowUps({ followUps }: { followUps: Thread["followUps"] }) {
  const sequenceName = followUps.find((f) => f.sequenceName)?.sequenceName;
  const next = followUps.find((f) => f.status === "scheduled" && f.dueAt);
  const stopped = followUps.find((f) => f.status === "stopped");
  return (
    <Paper component="section" aria-labelledby="follow-ups-title" withBorder radius="sm" p="sm">
      <Title id="follow-ups-title" order={3} size="h5" mb={4}>
        Follow-ups{sequenceName ? `: ${sequenceName}` : ""}
      </Title>
      <Text size="sm" mb="xs" fw={500}>
        {next?.dueAt
          ? `Next: step ${next.step} due ${formatTime(next.dueAt)}`
          : stopped
            ? `Stopped because ${stopped.stoppedReason ?? "it was stopped"}`
            : "Every step was sent"}
      </Text>
      <Stack gap={2} component="ol" aria-label="Follow-up steps" p={0} m={0} style={{ listStyle: "none" }}>
        {followUps.map((f) => (
          <Text component="li" size="sm" key={`${f.step}-${f.dueAt}-${f.status}`}>
            Step {f.step}: {f.templateName ?? "a deleted template"} after {f.afterDays}{" "}
            {f.afterDays === 1 ? "day" : "days"} without a reply ·{" "}
            {f.status === "sent"
              ? "sent"
              : f.status === "stopped"
                ? `stopped (${f.stoppedReason ?? "no reason given"})`
                : f.dueAt
                  ? `due ${formatTime(f.dueAt)}`
                  : "waits for the step before"}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
