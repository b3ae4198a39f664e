import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { EmptyState, ErrorAlert, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatMoney, formatTime, platformName } from "../../format";
import { CampaignPickerForm } from "../creators/campaign-picker-form";
import { useCampaignOptions } from "../creators/discovery-types";
import { countryName } from "../creators/filter-options";
import { useNewApplicationCount } from "./new-count";

type ApplicationPage = ResponseOf<"/api/v1/applications">;
type Application = PageItem<ApplicationPage>;
type Status = Application["status"];

const statuses: Array<{ value: Status; label: string }> = [
  { value: "new", label: "New" },
  { value: "accepted", label: "Accepted" },
  { value: "declined", label: "Declined" },
  { value: "spam", label: "Spam" },
];

const emailStatusText: Record<Application["emails"][number]["status"], string> = {
  queued: "being sent",
  sent: "sent",
  outbox: "waiting in the outbox (no SMTP server is set up)",
  failed: "could not be sent",
  skipped: "not sent: the address is on do-not-contact",
};

function DeclineDialog({ application, onClose }: { application: Application; onClose(): void }) {
  const [emailCreator, setEmailCreator] = useState(true);
  const [message, setMessage] = useState("");
  const decline = $api.useMutation("post", "/api/v1/applications/{applicationId}/decline");
  return (
    <Modal opened onClose={onClose} title={`Decline ${application.name}'s application`} centered>
      <Stack gap="sm">
        <Checkbox
          label={`Email ${application.email} to say so`}
          checked={emailCreator}
          onChange={(e) => setEmailCreator(e.currentTarget.checked)}
        />
        {emailCreator ? (
          <Textarea
            label="Message"
            description="Leave empty for a short, kind note in your organisation's name."
            autosize
            minRows={3}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
        ) : null}
        <ErrorAlert error={decline.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={decline.isPending}
            onClick={async () => {
              await decline.mutateAsync({
                params: { path: { applicationId: application.id } },
                body: { emailCreator, message: emailCreator && message.trim() ? message : null },
              });
              await invalidate("/api/v1/applications");
              notifications.show({ color: "teal", message: `Declined ${application.name}'s application.` });
              onClose();
            }}
          >
            Decline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ApplicationCard({ application }: { application: Application }) {
  const [declining, setDeclining] = useState(false);
  const accept = $api.useMutation("post", "/api/v1/applications/{applicationId}/accept");
  const spam = $api.useMutation("post", "/api/v1/applications/{applicationId}/spam");
  const campaigns = useCampaignOptions();
  const undecided = application.status === "new";
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={`Application from ${application.name}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4">
              <Anchor component={Link} to={`/creators/${application.creatorId}`} inherit>
                {application.name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
              {application.email} · {countryName(application.country)} · applied{" "}
              {formatTime(application.createdAt)}
              {application.campaign ? ` · for ${application.campaign.name}` : ""}
            </Text>
          </div>
          {application.status !== "new" ? (
            <Badge variant="light" color={application.status === "accepted" ? "teal" : "gray"}>
              {application.status}
              {application.acceptedCampaign ? ` into ${application.acceptedCampaign.name}` : ""}
            </Badge>
          ) : null}
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <div>
            <Text size="sm" fw={600}>
              Accounts
            </Text>
            {application.accounts.map((a) => (
              <Text size="sm" key={`${a.platform}:${a.handle}`}>
                {platformName(a.platform)} @{a.handle}
                {` · ${formatCount(a.followers)} followers (stated)`}
              </Text>
            ))}
          </div>
          <div>
            <Text size="sm" fw={600}>
              Rates
            </Text>
            {application.rates.length === 0 ? (
              <Text size="sm" c="dimmed">
                None given
              </Text>
            ) : (
              application.rates.map((r) => (
                <Text size="sm" key={`${r.deliverable}:${r.currency}:${r.amount}`}>
                  {r.deliverable}: {formatMoney(r.amount, r.currency)}
                </Text>
              ))
            )}
          </div>
        </SimpleGrid>

        {application.niches.length > 0 ? (
          <Group gap={6}>
            {application.niches.map((n) => (
              <Badge key={n} variant="outline" size="sm">
                {n}
              </Badge>
            ))}
          </Group>
        ) : null}

        {application.answers.map((a) => (
          <div key={a.question}>
            <Text size="sm" fw={600}>
              {a.question}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-line" }}>
              {a.answer}
            </Text>
          </div>
        ))}

        <Text size="xs" c="dimmed">
          Agreed to be contacted {formatTime(application.consentedAt)}
          {application.emails.map((e) => ` · ${e.kind} email ${emailStatusText[e.status]}`).join("")}
          {application.decidedAt
            ? ` · ${application.status} by ${application.decidedBy} ${formatTime(application.decidedAt)}`
            : ""}
        </Text>

        <ErrorAlert error={spam.error} />
        {application.status !== "accepted" ? (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <div style={{ flex: "1 1 18rem" }}>
              {campaigns.query.isSuccess && campaigns.options.length === 0 ? (
                <Text size="sm" c="dimmed">
                  To accept {application.name},{" "}
                  <Anchor component={Link} to="/campaigns/new" inherit>
                    create a campaign
                  </Anchor>{" "}
                  to shortlist them in.
                </Text>
              ) : null}
              <CampaignPickerForm
                label={`Accept ${application.name} into a campaign`}
                submitLabel="Accept into campaign"
                onPick={async (campaignId, campaignName) => {
                  await accept.mutateAsync({
                    params: { path: { applicationId: application.id } },
                    body: { campaignId },
                  });
                  await invalidate("/api/v1/applications");
                  return `${application.name} is shortlisted in ${campaignName}.`;
                }}
              />
            </div>
            {undecided ? (
              <Button variant="default" onClick={() => setDeclining(true)}>
                Decline
              </Button>
            ) : null}
            {application.status !== "spam" ? (
              <Button
                variant="subtle"
                color="red"
                loading={spam.isPending}
                onClick={async () => {
                  await spam.mutateAsync({ params: { path: { applicationId: application.id } } });
                  await invalidate("/api/v1/applications");
                  notifications.show({ message: `Marked ${application.name}'s application as spam.` });
                }}
              >
                Mark as spam
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      {declining ? <DeclineDialog application={application} onClose={() => setDeclining(false)} /> : null}
    </Paper>
  );
}

function ApplicationList({ status }: { status: Status }) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/applications",
    { params: { query: { status, limit: 20 } } },
    {
      pageParamName: "cursor",
      // No cursor on the first page (openapi-fetch leaves a null parameter out).
      initialPageParam: null,
      getNextPageParam: (page: ApplicationPage) => page.nextCursor,
    },
  );
  if (query.isPending) return <SkeletonLines lines={6} />;
  if (query.isError)
    return (
      <ErrorAlert
        error={query.error}
        title="Could not load the applications"
        onRetry={() => void query.refetch()}
      />
    );
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return status === "new" ? (
      <EmptyState title="No new applications">
        <Text>
          Share your application page so creators can apply. Its link is in Settings → Applications.
        </Text>
        <Button component={Link} to="/settings/applications" variant="default">
          Open application settings
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={`No ${status} applications`} />
    );
  return (
    <Stack gap="md">
      {items.map((application) => (
        <ApplicationCard key={application.id} application={application} />
      ))}
      {query.hasNextPage ? (
        <Group justify="center">
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Show more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The applications inbox, reached from Discovery: creators who applied on the public page, one status at a time. */
export function ApplicationsInboxPage() {
  const [params, setParams] = useSearchParams();
  const status = (statuses.find((s) => s.value === params.get("status"))?.value ?? "new") as Status;
  const newCount = useNewApplicationCount();
  return (
    <>
      <PageHeader
        title="Applications"
        description="Creators who applied on your public application page. Accept them into a campaign, decline, or mark spam."
        actions={
          <>
            <Button component={Link} to="/creators" variant="default">
              Back to Discovery
            </Button>
            <Button component={Link} to="/settings/applications" variant="default">
              Settings
            </Button>
          </>
        }
      />
      <Tabs
        value={status}
        onChange={(value) => setParams(value && value !== "new" ? { status: value } : {}, { replace: true })}
        mb="md"
      >
        <Tabs.List aria-label="Application status">
          {statuses.map((s) => (
            <Tabs.Tab key={s.value} value={s.value}>
              {s.label}
              {s.value === "new" && newCount ? ` (${newCount})` : ""}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ApplicationList status={status} />
    </>
  );
}
