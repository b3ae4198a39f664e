import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, FileInput, Group, List, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, fetchClient, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, PageLoading } from "../../components/ui";
import { formatDate, platformName } from "../../format";
import { CaptionFindings } from "../review/caption-findings";
import { MediaPreview } from "../review/media-preview";
import { Timeline } from "../review/timeline";
import { type DeliverableDetail, statusColors, statusLabels } from "../review/types";

type MediaInput = { kind: "link"; url: string } | { kind: "upload"; mediaId: string; label: string };

/** What a creator's write changed: this deliverable and the collaboration listing it. */
function afterPortalWrite() {
  return invalidate("/api/portal/deliverables/{deliverableId}", "/api/portal/campaigns/{campaignId}");
}

const isWebLink = (text: string) => /^https?:\/\/\S+$/i.test(text) && URL.canParse(text);

const draftForm = z.object({
  caption: z.string().max(200_000, "The caption is too long"),
  link: z
    .string()
    .trim()
    .refine((text) => text === "" || isWebLink(text), "Enter the full link, starting with https://"),
});
const liveForm = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Paste the link to your post")
    .refine(isWebLink, "Enter the full link, starting with https://"),
});
const replyForm = z.object({ body: z.string().trim().min(1, "Write your reply").max(5000) });

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function DraftForm({ detail }: { detail: DeliverableDetail }) {
  const [media, setMedia] = useState<MediaInput[]>(
    (detail.latestDraft?.media ?? []).map((m) =>
      m.kind === "link" ? m : { kind: "upload", mediaId: m.mediaId, label: m.contentType },
    ),
  );
  const form = useForm({
    resolver: zodResolver(draftForm),
    defaultValues: { caption: detail.latestDraft?.caption ?? "", link: "" },
  });
  const submitDraft = $api.useMutation("post", "/api/portal/deliverables/{deliverableId}/drafts");
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const { data } = await fetchClient.POST("/api/portal/media", {
        body: file as unknown as string,
        // The bytes go as they are; the server reads the file's type from them.
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { "content-type": "application/octet-stream" },
      });
      if (!data) throw new Error("The upload got no answer.");
      return data;
    },
    onSuccess: (stored, file) =>
      setMedia((list) => [...list, { kind: "upload", mediaId: stored.id, label: file.name }]),
  });

  const submit = form.handleSubmit(async ({ caption, link }) => {
    const all: MediaInput[] = link ? [...media, { kind: "link", url: link }] : media;
    try {
      await submitDraft.mutateAsync({
        params: { path: { deliverableId: detail.id } },
        body: {
          caption,
          media: all.map((m) => (m.kind === "link" ? m : { kind: "upload" as const, mediaId: m.mediaId })),
        },
      });
      setMedia(all);
      form.reset({ caption, link: "" });
      notifications.show({ color: "teal", message: "Draft sent. The brand is told it waits for review." });
      await afterPortalWrite();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={submit} noValidate aria-label="Submit a draft">
      <Stack gap="sm">
        <Textarea
          label="Caption"
          description="Exactly as you will post it; it is checked for disclosure and the brief."
          autosize
          minRows={4}
          error={errors.caption?.message}
          {...form.register("caption")}
        />
        {media.length ? (
          <List
            spacing={4}
            listStyleType="none"
            styles={{ itemWrapper: { display: "block" } }}
            aria-label="Media"
          >
            {media.map((m) => (
              <List.Item key={m.kind === "link" ? m.url : m.mediaId}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm" style={{ overflowWrap: "anywhere", minWidth: 0 }}>
                    {m.kind === "link" ? m.url : `Uploaded: ${m.label}`}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => setMedia((list) => list.filter((x) => x !== m))}
                    aria-label={`Remove ${m.kind === "link" ? m.url : m.label}`}
                  >
                    Remove
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        <Field
          label="Link to media (optional)"
          type="url"
          inputMode="url"
          placeholder="https://…"
          error={errors.link?.message}
          {...form.register("link")}
        />
        <FileInput
          label="Upload an image or video (optional)"
          placeholder={upload.isPending ? "Uploading…" : "Choose a file"}
          accept="image/*,video/*"
          value={null}
          disabled={upload.isPending}
          clearable={false}
          onChange={(file) => {
            if (file) upload.mutate(file);
          }}
        />
        <ErrorAlert error={upload.error} title="The file was not uploaded" />
        <ErrorAlert error={errors.root?.message} title="The draft was not sent" />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={upload.isPending}>
            {detail.drafts.length ? "Submit a new version" : "Submit draft"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LiveForm({ detail }: { detail: DeliverableDetail }) {
  const live = $api.useMutation("post", "/api/portal/deliverables/{deliverableId}/live");
  const form = useForm({ resolver: zodResolver(liveForm), defaultValues: { url: "" } });
  const submit = form.handleSubmit(async ({ url }) => {
    try {
      await live.mutateAsync({
        params: { path: { deliverableId: detail.id } },
        body: { url, postedAt: new Date().toISOString() },
      });
      notifications.show({ color: "teal", message: "Live post added. Thank you!" });
      await afterPortalWrite();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add the live post">
      <Stack gap="sm">
        <Field
          label="Link to your live post"
          type="url"
          inputMode="url"
          required
          error={form.formState.errors.url?.message}
          {...form.register("url")}
        />
        <ErrorAlert error={form.formState.errors.root?.message} title="The link was not added" />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            Add live post
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReplyForm({ detail }: { detail: DeliverableDetail }) {
  const reply = $api.useMutation("post", "/api/portal/deliverables/{deliverableId}/comments");
  const form = useForm({ resolver: zodResolver(replyForm), defaultValues: { body: "" } });
  const submit = form.handleSubmit(async ({ body }) => {
    try {
      await reply.mutateAsync({ params: { path: { deliverableId: detail.id } }, body: { body } });
      form.reset();
      notifications.show({ color: "teal", message: "Reply sent." });
      await afterPortalWrite();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Reply">
      <Stack gap="sm">
        <Textarea
          label="Reply to the brand"
          autosize
          minRows={2}
          required
          error={form.formState.errors.body?.message}
          {...form.register("body")}
        />
        <ErrorAlert error={form.formState.errors.root?.message} title="Not sent" />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            Send reply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Deliverable({ detail }: { detail: DeliverableDetail }) {
  const draft = detail.latestDraft;
  const canDraft = ["awaiting_draft", "in_review", "changes_requested"].includes(detail.status);
  useEffect(() => {
    document.title = `${detail.title} · Amplio`;
  }, [detail.title]);
  return (
    <>
      <div>
        <Button
          component={Link}
          to={`/portal/campaigns/${detail.campaignId}`}
          variant="subtle"
          size="compact-sm"
          px={4}
          leftSection={<span aria-hidden="true">←</span>}
        >
          Back to the collaboration
        </Button>
        <Title order={1} mt={4}>
          {detail.title}
        </Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light" color={statusColors[detail.status]} data-testid="deliverable-status">
            {statusLabels[detail.status]}
          </Badge>
          {detail.overdue ? <Badge color="red.9">Overdue</Badge> : null}
          <Text size="sm" c="dimmed">
            {platformName(detail.platform)} {detail.format} · due {formatDate(detail.dueDate)}
          </Text>
        </Group>
      </div>
      {draft ? (
        <Section id="check-title" title={`Draft ${draft.version}: disclosure and brief check`}>
          <Stack gap="sm">
            <CaptionFindings key={draft.id} caption={draft.caption} findings={draft.findings} />
            <MediaPreview media={draft.media} hrefOf={(id) => `/api/portal/media/${id}`} />
          </Stack>
        </Section>
      ) : null}
      {canDraft ? (
        <Section id="draft-title" title={draft ? "Update your draft" : "Your draft"}>
          <DraftForm key={draft?.id ?? "first"} detail={detail} />
        </Section>
      ) : null}
      {detail.status === "approved" ? (
        <Section id="live-title" title="Approved: post it, then add the link">
          <LiveForm detail={detail} />
        </Section>
      ) : null}
      <Section id="timeline-title" title="Comments and history">
        <Stack gap="lg">
          <Timeline events={detail.timeline} />
          <ReplyForm detail={detail} />
        </Stack>
      </Section>
    </>
  );
}

export function PortalDeliverablePage() {
  const { deliverableId = "" } = useParams();
  const query = $api.useQuery("get", "/api/portal/deliverables/{deliverableId}", {
    params: { path: { deliverableId } },
  });
  return (
    <Loaded query={query} what="this deliverable" skeleton={<PageLoading />}>
      {(detail) => <Deliverable detail={detail} />}
    </Loaded>
  );
}
