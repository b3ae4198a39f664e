import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useSearchParams } from "react-router-dom";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import {
  CopyButton,
  EmptyState,
  ErrorAlert,
  errorMessage,
  PageHeader,
  SkeletonLines,
} from "../../components/ui";
import { formatTime } from "../../format";

type OutboxMessage = PageItem<ResponseOf<"/api/v1/outreach/outbox">>;

const statusLabels: Record<OutboxMessage["status"], { label: string; color: string }> = {
  outbox: { label: "Waiting for you", color: "yellow" },
  queued: { label: "Queued for SMTP", color: "blue" },
  failed: { label: "Failed", color: "red" },
  sent: { label: "Sent", color: "teal" },
  received: { label: "Received", color: "gray" },
  logged: { label: "Logged", color: "gray" },
};

/** One waiting email in full, with what a person needs to send it from their own mail client. */
function OutboxCard({ message }: { message: OutboxMessage }) {
  const markSent = $api.useMutation("post", "/api/v1/outreach/messages/{messageId}/mark-sent");
  const status = statusLabels[message.status];
  const titleId = `outbox-${message.id}`;
  const mark = async () => {
    try {
      await markSent.mutateAsync({ params: { path: { messageId: message.id } } });
      notifications.show({ color: "teal", message: `Marked as sent to ${message.to}.` });
      // The thread and the pipeline's "replies to answer" read the same messages.
      await invalidate("/api/v1/outreach/outbox", "/api/v1/campaigns");
    } catch (error) {
      notifications.show({ color: "red", title: "Not marked as sent", message: errorMessage(error) });
    }
  };
  const whole = `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`;
  return (
    <Paper component="article" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title id={titleId} order={2} size="h4" style={{ overflowWrap: "anywhere", flex: "1 1 16rem" }}>
            {message.subject}
          </Title>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          <strong>To:</strong> {message.to} · <strong>From:</strong> {message.from}
        </Text>
        <Text size="sm" c="dimmed">
          Written {formatTime(message.createdAt)}
          {message.followUpStep ? ` · follow-up ${message.followUpStep}` : ""} ·{" "}
          <Anchor component={Link} to={`/campaigns/${message.campaignId}/creators/${message.creatorId}`}>
            Open the conversation
          </Anchor>
        </Text>
        {message.error ? (
          <Text size="sm" c="red">
            SMTP said: {message.error}
          </Text>
        ) : null}
        <Text
          component="pre"
          aria-label={`Message to ${message.to}`}
          size="sm"
          p="sm"
          bg="var(--mantine-color-default-hover)"
          style={{
            whiteSpace: "pre-wrap",
            overflowWrap: "anywhere",
            fontFamily: "inherit",
            borderRadius: 6,
            margin: 0,
          }}
        >
          {message.text}
        </Text>
        <Group gap="xs" wrap="wrap">
          <CopyButton text={message.to} label="Copy address" />
          <CopyButton text={message.subject} label="Copy subject" />
          <CopyButton text={message.text} label="Copy body" />
          <CopyButton text={whole} label="Copy whole message" />
          {message.status === "outbox" || message.status === "failed" ? (
            <Button
              size="sm"
              h={44}
              ml="auto"
              loading={markSent.isPending}
              onClick={() => void mark()}
              aria-label={`Mark as sent to ${message.to}`}
            >
              Mark as sent
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Emails waiting to go out: every one while no SMTP server is configured, and the ones SMTP gave up on. */
export function OutboxPage() {
  const [params] = useSearchParams();
  const campaignId = params.get("campaign") ?? undefined;
  const outbox = $api.useInfiniteQuery(
    "get",
    "/api/v1/outreach/outbox",
    { params: { query: { limit: 20, ...(campaignId ? { campaignId } : {}) } } },
    {
      pageParamName: "cursor",
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const messages = outbox.data?.pages.flatMap((page) => page.items) ?? [];
  const smtpConfigured = outbox.data?.pages[0]?.smtpConfigured;
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Outreach email waiting to go out, newest first, each message in full."
      />
      {campaignId ? (
        <Text size="sm" mb="sm">
          One campaign's messages.{" "}
          <Anchor component={Link} to="/outbox">
            Show every campaign
          </Anchor>
        </Text>
      ) : null}
      {outbox.isPending ? (
        <SkeletonLines lines={8} />
      ) : outbox.isError ? (
        <ErrorAlert
          error={outbox.error}
          title="Could not load the outbox"
          onRetry={() => void outbox.refetch()}
        />
      ) : (
        <Stack gap="md">
          {smtpConfigured === false ? (
            <Alert color="blue" variant="light" title="No SMTP server is configured">
              Send each message from your own mail client (copy the address, subject and body), then mark it
              sent. Set AMPLIO_SMTP_URL to have Amplio send them.
            </Alert>
          ) : null}
          {messages.length === 0 ? (
            <EmptyState title="Nothing is waiting">
              <Text>
                Email creators from a campaign: in its pipeline table, select creators and choose “Send
                email…”.
              </Text>
            </EmptyState>
          ) : (
            messages.map((message) => <OutboxCard key={message.id} message={message} />)
          )}
          {outbox.hasNextPage ? (
            <Group>
              <Button
                variant="default"
                loading={outbox.isFetchingNextPage}
                onClick={() => void outbox.fetchNextPage()}
              >
                Load older messages
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </>
  );
}
