import { Anchor, Badge, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { $api, ApiError, invalidate, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert, errorMessage, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatDate, formatMoney, formatRate } from "../../format";

type Renewals = ResponseOf<"/api/v1/campaigns/{campaignId}/renewals">;
type RenewalRow = Renewals["creators"][number];

/** Pick another campaign and propose the creator's last terms there. */
function InviteDialog({
  campaignId,
  creator,
  onClose,
}: {
  campaignId: string;
  creator: RenewalRow | null;
  onClose(): void;
}) {
  const campaigns = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  const invite = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/renewals/{creatorId}/invite");
  const [target, setTarget] = useState("");
  const options = (campaigns.data?.items ?? [])
    .filter((c) => c.id !== campaignId)
    .map((c) => ({ value: c.id, label: `${c.name} (${formatDate(c.startDate)})` }));
  const fieldError =
    invite.error instanceof ApiError ? invite.error.fieldError("targetCampaignId") : undefined;

  async function send() {
    if (!creator || !target) return;
    try {
      const answer = await invite.mutateAsync({
        params: { path: { campaignId, creatorId: creator.creatorId } },
        body: { targetCampaignId: target },
      });
      const name = options.find((o) => o.value === target)?.label ?? "the campaign";
      notifications.show({
        color: "teal",
        title: `${creator.name} invited`,
        message: answer.offer
          ? `Added to ${name} with an offer on the last terms, ready to send.`
          : `Added to ${name}; there were no terms to carry over.`,
      });
      await invalidate("/api/v1/campaigns/{campaignId}/creators", "/api/v1/campaigns/{campaignId}/offers");
      setTarget("");
      onClose();
    } catch {
      // invite.error says why, in the dialog.
    }
  }

  return (
    <Modal opened={creator !== null} onClose={onClose} title={creator ? `Invite ${creator.name} again` : ""}>
      <Stack gap="sm">
        <Text size="sm">
          They join the campaign you choose with an offer on the terms they last had here (the signed
          contract, else the latest offer); deliverable dates move with the new campaign's start.
        </Text>
        <ErrorAlert
          error={campaigns.error}
          title="Could not load the campaigns"
          onRetry={() => void campaigns.refetch()}
        />
        <NativeSelect
          label="Campaign to invite them to"
          data={[
            { value: "", label: options.length ? "Choose a campaign" : "No other campaign" },
            ...options,
          ]}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          error={fieldError}
        />
        {invite.error && !fieldError ? (
          <ErrorAlert error={invite.error} title="They were not invited" />
        ) : null}
        {!options.length && campaigns.isSuccess ? (
          <Text size="sm">
            <Anchor component={Link} to="/campaigns/new">
              Create the next campaign
            </Anchor>{" "}
            first.
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void send()} disabled={!target} loading={invite.isPending}>
            Invite on the last terms
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Ranking({ campaignId, data }: { campaignId: string; data: Renewals }) {
  const [inviting, setInviting] = useState<RenewalRow | null>(null);
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const members = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators", {
    params: { path: { campaignId }, query: { limit: 200 } },
  });
  const extend = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/renew");
  const currency = campaign.data?.currency;
  const memberOf = (id: string) => members.data?.items.find((m) => m.creatorId === id);

  async function extendTerm(row: RenewalRow) {
    try {
      const entry = await extend.mutateAsync({ params: { path: { campaignId, creatorId: row.creatorId } } });
      notifications.show({
        color: "teal",
        message: `${row.name}'s ambassador term now ends ${formatDate(entry.termEndsOn)}.`,
      });
      await invalidate("/api/v1/campaigns/{campaignId}/creators");
    } catch (error) {
      notifications.show({ color: "red", title: "The term was not extended", message: errorMessage(error) });
    }
  }

  const columns: Array<Column<RenewalRow>> = [
    { id: "creator", header: "Creator", required: true, cell: (r) => r.name },
    {
      id: "verdict",
      header: "Renew?",
      required: true,
      cell: (r) => (
        <Badge color={r.renew ? "teal" : "gray"} variant="light">
          {r.renew ? "Renew" : "Wait"}
        </Badge>
      ),
    },
    {
      id: "rate",
      header: "Conversion rate (80% interval)",
      name: "Conversion rate",
      cell: (r) => (
        <span className="num">
          {formatRate(r.posteriorMean, 2)} ({formatRate(r.interval.lower, 2)} –{" "}
          {formatRate(r.interval.upper, 2)})
        </span>
      ),
    },
    {
      id: "why",
      header: "Why",
      required: true,
      cell: (r) => (
        <Text size="sm" miw={240} maw={420}>
          {r.reason}
        </Text>
      ),
    },
    {
      id: "measured",
      header: "Measured",
      cell: (r) => (
        <span className="num">
          {formatCount(r.conversions)} of {formatCount(r.clicks)} clicks ({formatRate(r.rawRate, 1)})
        </span>
      ),
    },
    {
      id: "revenue",
      header: "Revenue",
      align: "right",
      hiddenByDefault: true,
      cell: (r) => (currency ? formatMoney(r.revenue, currency) : "—"),
    },
    {
      id: "cost",
      header: "Cost",
      align: "right",
      hiddenByDefault: true,
      cell: (r) => (currency ? formatMoney(r.cost, currency) : "—"),
    },
    {
      id: "actions",
      header: "Next",
      required: true,
      cell: (r) => {
        const member = memberOf(r.creatorId);
        const ambassador =
          member?.collaborationType === "ambassador" && member.termMonths && member.termEndsOn;
        return (
          <Group gap={6} wrap="nowrap">
            <Button size="compact-sm" variant={r.renew ? "filled" : "light"} onClick={() => setInviting(r)}>
              Invite to a campaign
            </Button>
            {ambassador ? (
              <Button
                size="compact-sm"
                variant="default"
                loading={extend.isPending && extend.variables?.params.path.creatorId === r.creatorId}
                onClick={() => void extendTerm(r)}
              >
                Extend term {member.termMonths} months
              </Button>
            ) : null}
          </Group>
        );
      },
    },
  ];

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Text>
            <strong>Target:</strong> {data.target.description}
          </Text>
          <Text size="sm" c="dimmed">
            <strong>How rates are shrunk:</strong> {data.prior.description}
          </Text>
          <Text size="sm" c="dimmed">
            A creator is renewed when the low end of their 80% interval beats the target (M13 Renewal), so a
            lucky handful of clicks is not enough.
          </Text>
        </Stack>
      </Paper>
      <DataTable
        id="renewals"
        caption="Creators ranked for renewal"
        columns={columns}
        rows={data.creators}
        rowKey={(r) => r.creatorId}
        empty="No creator in this campaign has tracked clicks yet, so there is nothing to rank."
      />
      <InviteDialog campaignId={campaignId} creator={inviting} onClose={() => setInviting(null)} />
    </Stack>
  );
}

/** M13 Renewal as a view: who to work with again, why, and a way to invite them on the same terms. */
export function RenewalsPage() {
  const { campaignId = "" } = useParams();
  const renewals = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/renewals", {
    params: { path: { campaignId } },
  });
  return (
    <>
      <PageHeader
        title="Renewals"
        description="Creators ranked by conversion rate per click, with how sure that rate is."
        actions={
          <Button component={Link} to={`/reports/${campaignId}`} variant="default">
            Back to the report
          </Button>
        }
      />
      <Title order={2} className="sr-only">
        Ranking
      </Title>
      <Loaded query={renewals} what="the renewal ranking" skeleton={<SkeletonLines lines={6} />}>
        {(data) => <Ranking campaignId={campaignId} data={data} />}
      </Loaded>
    </>
  );
}
