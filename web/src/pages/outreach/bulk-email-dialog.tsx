import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { Link } from "react-router-dom";
import { $api, invalidate, type ResponseOf } from "../../api/client";
import { ErrorAlert, SelectField } from "../../components/ui";

type PreviewItem = ResponseOf<"/api/v1/campaigns/{campaignId}/emails/preview", "post">["items"][number];
type SendResult = ResponseOf<"/api/v1/campaigns/{campaignId}/emails", "post">["items"][number];

interface Chosen {
  creatorId: string;
  name: string;
}

/**
 * Campaign → Table → Send email…: a template (and a sequence) for the chosen creators, then each creator's message
 * as they would receive it, editable one by one, with the ones who will be skipped and why, then all sent at once.
 */
export function BulkEmailDialog({
  campaignId,
  creators,
  opened,
  onClose,
}: {
  campaignId: string;
  creators: Chosen[];
  opened: boolean;
  /** `sent` when the emails went out, so the selection they were for can be cleared. */
  onClose(sent: boolean): void;
}) {
  const phone = useMediaQuery("(max-width: 48em)");
  const templates = $api.useQuery("get", "/api/v1/templates", { params: { query: { limit: 200 } } });
  const sequences = $api.useQuery("get", "/api/v1/outreach/sequences", { params: { query: { limit: 200 } } });
  const preview = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/emails/preview");
  const send = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/emails");
  const [templateId, setTemplateId] = useState("");
  const [sequenceId, setSequenceId] = useState("");
  const [chooseError, setChooseError] = useState<string | undefined>();
  const [items, setItems] = useState<PreviewItem[] | null>(null);
  const [edits, setEdits] = useState<Record<string, { subject: string; body: string }>>({});
  const [index, setIndex] = useState(0);
  // One batch per preview: sending it again after a lost answer emails nobody twice.
  const [batchId, setBatchId] = useState("");
  const [results, setResults] = useState<SendResult[] | null>(null);

  const template = templates.data?.items.find((t) => t.id === templateId);
  const close = () => {
    setItems(null);
    setResults(null);
    setEdits({});
    setIndex(0);
    preview.reset();
    send.reset();
    onClose(results !== null);
  };

  const showPreview = async () => {
    if (!template) {
      setChooseError("Choose the template to send");
      return;
    }
    setChooseError(undefined);
    try {
      const answer = await preview.mutateAsync({
        params: { path: { campaignId } },
        body: {
          subject: template.subject,
          body: template.body,
          creatorIds: creators.map((c) => c.creatorId),
        },
      });
      setItems(answer.items);
      setEdits(
        Object.fromEntries(answer.items.map((i) => [i.creatorId, { subject: i.subject, body: i.text }])),
      );
      setIndex(0);
      setBatchId(crypto.randomUUID());
    } catch {
      // The error is shown from the mutation's state.
    }
  };

  const sendAll = async () => {
    if (!template || !items) return;
    try {
      const answer = await send.mutateAsync({
        params: { path: { campaignId } },
        body: {
          batchId,
          templateId: template.id,
          subject: template.subject,
          body: template.body,
          ...(sequenceId ? { sequenceId } : {}),
          recipients: items.map((item) => {
            const edit = edits[item.creatorId];
            const changed = edit && (edit.subject !== item.subject || edit.body !== item.text);
            return changed
              ? { creatorId: item.creatorId, subject: edit.subject, body: edit.body }
              : { creatorId: item.creatorId };
          }),
        },
      });
      setResults(answer.items);
      // The pipeline (shortlisted → contacted), the threads and the outbox all change.
      await invalidate("/api/v1/campaigns", "/api/v1/outreach");
    } catch {
      // Shown from the mutation's state; the same batch can be sent again.
    }
  };

  const nameOf = (creatorId: string) =>
    items?.find((i) => i.creatorId === creatorId)?.name ||
    creators.find((c) => c.creatorId === creatorId)?.name ||
    "A creator";
  const sendable = items?.filter((i) => !i.skipReason).length ?? 0;
  const current = items?.[index];
  const edit = current ? edits[current.creatorId] : undefined;
  const subjectEmpty = Object.entries(edits).some(
    ([id, e]) => !items?.find((i) => i.creatorId === id)?.skipReason && (!e.subject.trim() || !e.body.trim()),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={
        results
          ? "Emails sent"
          : items
            ? "Check each email"
            : `Email ${creators.length} ${creators.length === 1 ? "creator" : "creators"}`
      }
      size="xl"
      fullScreen={phone}
      centered
    >
      {results ? (
        <Stack>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="What happened">
            {results.map((r) => (
              <Group component="li" key={r.creatorId} gap="xs" wrap="wrap">
                <Text fw={600}>{nameOf(r.creatorId)}</Text>
                {r.outcome === "skipped" ? (
                  <>
                    <Badge color="gray" variant="light">
                      Skipped
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {r.reason}
                    </Text>
                  </>
                ) : (
                  <Badge color="teal" variant="light">
                    {r.outcome === "already_sent"
                      ? "Already sent"
                      : r.status === "outbox"
                        ? "In the outbox"
                        : "Queued"}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
          {results.some((r) => r.status === "outbox") ? (
            <Text size="sm">
              No SMTP server is configured: send them from the{" "}
              <Anchor component={Link} to={`/outbox?campaign=${campaignId}`}>
                outbox
              </Anchor>
              .
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : items && current && edit ? (
        <Stack>
          <ErrorAlert error={send.error} title="The emails were not sent" />
          <Group gap={6} role="group" aria-label="Creators">
            {items.map((item, i) => (
              <Button
                key={item.creatorId}
                size="compact-sm"
                // 44 px touch targets on a phone, compact beside a mouse.
                h={{ base: 44, sm: 28 }}
                variant={i === index ? "filled" : "default"}
                color={item.skipReason ? "gray" : undefined}
                aria-current={i === index ? "step" : undefined}
                onClick={() => setIndex(i)}
              >
                {item.name || "Unknown creator"}
                {item.skipReason ? " (skipped)" : ""}
              </Button>
            ))}
          </Group>
          <Paper withBorder radius="md" p="md" component="section" aria-label={`Email to ${current.name}`}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {index + 1} of {items.length} · {current.name}
                {current.to ? ` · ${current.to}` : ""}
              </Text>
              {current.skipReason ? (
                <Alert
                  color="gray"
                  variant="light"
                  title={`${current.name || "This creator"} will be skipped`}
                >
                  Skipped: {current.skipReason}.
                </Alert>
              ) : (
                <>
                  <TextInput
                    label="Subject"
                    value={edit.subject}
                    error={edit.subject.trim() ? undefined : "Enter a subject"}
                    onChange={(e) => {
                      const subject = e.currentTarget.value;
                      setEdits((all) => ({ ...all, [current.creatorId]: { ...edit, subject } }));
                    }}
                  />
                  <Textarea
                    label="Message"
                    autosize
                    minRows={8}
                    value={edit.body}
                    error={edit.body.trim() ? undefined : "Write the message"}
                    description="Edited for this creator only; sent exactly as written here"
                    onChange={(e) => {
                      const body = e.currentTarget.value;
                      setEdits((all) => ({ ...all, [current.creatorId]: { ...edit, body } }));
                    }}
                  />
                </>
              )}
            </Stack>
          </Paper>
          <Group justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Button variant="default" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                Previous
              </Button>
              <Button
                variant="default"
                disabled={index === items.length - 1}
                onClick={() => setIndex(index + 1)}
              >
                Next
              </Button>
            </Group>
            <Group gap="xs">
              <Button variant="subtle" onClick={() => setItems(null)}>
                Back
              </Button>
              <Button
                loading={send.isPending}
                disabled={sendable === 0 || subjectEmpty}
                onClick={() => void sendAll()}
              >
                {`Send ${sendable} ${sendable === 1 ? "email" : "emails"}`}
              </Button>
            </Group>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            To: {creators.map((c) => c.name).join(", ")}. You will see each creator's email before anything is
            sent.
          </Text>
          <ErrorAlert error={preview.error} title="The emails could not be previewed" />
          {templates.isError ? (
            <ErrorAlert
              error={templates.error}
              title="Could not load the templates"
              onRetry={() => void templates.refetch()}
            />
          ) : null}
          <SelectField
            label="Template"
            value={templateId}
            onChange={setTemplateId}
            error={chooseError}
            options={[
              { value: "", label: templates.isPending ? "Loading the templates…" : "— choose a template —" },
              ...(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name })),
            ]}
            hint={
              templates.data?.items.length === 0
                ? "No templates yet: write one on the Email templates page."
                : undefined
            }
          />
          <SelectField
            label="Follow-up sequence"
            value={sequenceId}
            onChange={setSequenceId}
            options={[
              { value: "", label: "No follow-ups" },
              ...(sequences.data?.items ?? []).map((q) => ({
                value: q.id,
                label: `${q.name} (${q.steps.length} ${q.steps.length === 1 ? "step" : "steps"})`,
              })),
            ]}
            hint="Each step is sent after its days without a reply; a reply or a stage change stops it."
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={preview.isPending} onClick={() => void showPreview()}>
              Preview each email
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
