import { Badge, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { $api, fetchClient, invalidate, type ResponseOf, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert, errorMessage } from "../../components/ui";
import { formatDate, formatMoney } from "../../format";

type PayoutEntry = Schemas["PayoutEntry"];
type Balance = ResponseOf<"/api/v1/campaigns/{campaignId}/payouts">["balances"][number];
type BulkAction = "approve" | "pay";

/** Each status its own colour: what is owed, what is cleared to pay, what left the account, what was cancelled. */
const statusColour: Record<PayoutEntry["status"], string> = {
  pending: "yellow",
  approved: "blue",
  paid: "teal",
  void: "gray",
};
const statusLabel: Record<PayoutEntry["status"], string> = {
  pending: "Pending",
  approved: "Approved",
  paid: "Paid",
  void: "Void",
};

const actionPaths = {
  approve: "/api/v1/payouts/{entryId}/approve",
  pay: "/api/v1/payouts/{entryId}/pay",
  void: "/api/v1/payouts/{entryId}/void",
} as const;
const actionDone = { approve: "Approved", pay: "Marked paid", void: "Voided" };

const bulkWords = {
  approve: { button: "Approve payable", done: "approved", what: "every payable pending entry" },
  pay: { button: "Mark approved paid", done: "marked paid", what: "every approved entry" },
};

/** Totals per creator, each with its bulk actions; choosing a creator narrows the entries below to theirs. */
function CreatorTotals({
  balances,
  currency,
  names,
  shown,
  onShow,
  onBulk,
}: {
  balances: Balance[];
  currency: string;
  names: Map<string, string>;
  shown: string | null;
  onShow(creatorId: string | null): void;
  onBulk(action: BulkAction, creatorId: string): void;
}) {
  const columns: Array<Column<Balance>> = [
    { id: "creator", header: "Creator", required: true, cell: (b) => names.get(b.creatorId) ?? "—" },
    {
      id: "pending",
      header: "Pending",
      align: "right",
      cell: (b) => <span className="num">{formatMoney(b.pending, currency)}</span>,
    },
    {
      id: "approved",
      header: "Approved, to pay",
      align: "right",
      cell: (b) => <span className="num">{formatMoney(b.approved, currency)}</span>,
    },
    {
      id: "paid",
      header: "Paid",
      align: "right",
      cell: (b) => <span className="num">{formatMoney(b.paid, currency)}</span>,
    },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (b) => {
        const name = names.get(b.creatorId) ?? "this creator";
        return (
          <Group gap={6} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              disabled={b.pending === 0}
              onClick={() => onBulk("approve", b.creatorId)}
              aria-label={`Approve payable entries of ${name}`}
            >
              Approve payable
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              disabled={b.approved === 0}
              onClick={() => onBulk("pay", b.creatorId)}
              aria-label={`Mark approved entries of ${name} paid`}
            >
              Mark paid
            </Button>
            <Button
              size="compact-sm"
              variant={shown === b.creatorId ? "filled" : "default"}
              onClick={() => onShow(shown === b.creatorId ? null : b.creatorId)}
              aria-pressed={shown === b.creatorId}
              aria-label={shown === b.creatorId ? "Show every creator's entries" : `Show entries of ${name}`}
            >
              {shown === b.creatorId ? "Show everyone" : "Entries"}
            </Button>
          </Group>
        );
      },
    },
  ];
  return (
    <DataTable
      id="payout-totals"
      caption="Payouts per creator"
      columns={columns}
      rows={balances}
      rowKey={(b) => b.creatorId}
      maxHeight={360}
      empty="Nothing owed to anyone yet."
    />
  );
}

export function PayoutsSection({
  campaignId,
  currency,
  names,
}: {
  campaignId: string;
  currency: string;
  names: Map<string, string>;
}) {
  const [creatorId, setCreatorId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ action: BulkAction; creatorId?: string } | null>(null);
  const bulk = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/payouts/bulk");
  // The totals cover the whole ledger whatever the page, so they come from the unfiltered first page.
  const totals = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/payouts", {
    params: { path: { campaignId }, query: { limit: 1 } },
  });
  // The ledger can run to thousands of entries: the first page, then the rest on request.
  const ledger = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/payouts",
    { params: { path: { campaignId }, query: { limit: 50, ...(creatorId ? { creatorId } : {}) } } },
    {
      // null, not undefined: the first page is asked for without a cursor (undefined would become 0).
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      pageParamName: "cursor",
    },
  );

  async function run(entry: PayoutEntry, action: keyof typeof actionPaths) {
    try {
      await fetchClient.POST(actionPaths[action], { params: { path: { entryId: entry.id } } });
    } catch (error) {
      notifications.show({ color: "red", title: "The payout was not changed", message: errorMessage(error) });
      return;
    }
    notifications.show({ color: "teal", message: `${actionDone[action]}: ${entry.description}` });
    await invalidate("/api/v1/campaigns/{campaignId}/payouts", "/api/v1/campaigns/{campaignId}/report");
  }

  async function runBulk() {
    if (!confirm) return;
    try {
      const { changed, totals: sums } = await bulk.mutateAsync({
        params: { path: { campaignId } },
        body: { action: confirm.action, ...(confirm.creatorId ? { creatorId: confirm.creatorId } : {}) },
      });
      notifications.show({
        color: "teal",
        message:
          changed === 0
            ? "Nothing to change."
            : `${changed} ${changed === 1 ? "entry" : "entries"} ${bulkWords[confirm.action].done}: ${sums.map((s) => formatMoney(s.amount, s.currency)).join(", ")}.`,
      });
      setConfirm(null);
      await invalidate("/api/v1/campaigns/{campaignId}/payouts", "/api/v1/campaigns/{campaignId}/report");
    } catch {
      // bulk.error says why, in the dialog.
    }
  }

  const entries = ledger.data?.pages.flatMap((page) => page.items);
  const columns: Array<Column<PayoutEntry>> = [
    { id: "creator", header: "Creator", required: true, cell: (e) => names.get(e.creatorId) ?? "—" },
    { id: "what", header: "What", cell: (e) => e.description },
    {
      id: "amount",
      header: "Amount",
      align: "right",
      cell: (e) => <span className="num">{formatMoney(e.amount, e.currency)}</span>,
    },
    {
      id: "payable",
      header: "Payable from",
      cell: (e) => (
        <>
          {formatDate(e.payableFrom)}
          {e.locked ? (
            <Text span size="xs" c="dimmed">
              {" "}
              (locked)
            </Text>
          ) : null}
        </>
      ),
    },
    {
      id: "status",
      header: "Status",
      cell: (e) => (
        <Group gap={6} wrap="nowrap">
          <Badge color={statusColour[e.status]} variant="light">
            {statusLabel[e.status]}
          </Badge>
          {e.approvedBy ? (
            <Text size="xs" c="dimmed">
              by {e.approvedBy}
            </Text>
          ) : null}
        </Group>
      ),
    },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (e) => (
        <Group gap={6} wrap="nowrap">
          {e.status === "pending" && !e.locked ? (
            <Button size="compact-sm" variant="light" onClick={() => void run(e, "approve")}>
              Approve
            </Button>
          ) : null}
          {e.status === "approved" ? (
            <Button size="compact-sm" variant="light" color="teal" onClick={() => void run(e, "pay")}>
              Mark paid
            </Button>
          ) : null}
          {e.status === "pending" || e.status === "approved" ? (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => void run(e, "void")}>
              Void
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];

  const who = confirm?.creatorId ? (names.get(confirm.creatorId) ?? "this creator") : "every creator";
  return (
    <section aria-labelledby="payouts-title">
      <Group justify="space-between" mt="xl" mb="sm" wrap="wrap">
        <Title order={2} id="payouts-title">
          Payouts
        </Title>
        <Group gap="sm" wrap="wrap">
          <Button variant="light" onClick={() => setConfirm({ action: "approve" })}>
            Approve all payable
          </Button>
          <Button variant="light" color="teal" onClick={() => setConfirm({ action: "pay" })}>
            Mark all approved paid
          </Button>
          <Button
            component="a"
            variant="default"
            href={`/api/v1/campaigns/${campaignId}/payouts.csv`}
            download
          >
            Export payouts CSV
          </Button>
        </Group>
      </Group>
      <Stack gap="md">
        <ErrorAlert
          error={totals.error}
          title="Could not load the payout totals"
          onRetry={() => void totals.refetch()}
        />
        {totals.data ? (
          <CreatorTotals
            balances={totals.data.balances}
            currency={currency}
            names={names}
            shown={creatorId}
            onShow={setCreatorId}
            onBulk={(action, id) => setConfirm({ action, creatorId: id })}
          />
        ) : null}
        <Title order={3} size="h4">
          {creatorId ? `Entries of ${names.get(creatorId) ?? "the creator"}` : "Entries"}
        </Title>
        <ErrorAlert
          error={ledger.error}
          title="Could not load the payouts"
          onRetry={() => void ledger.refetch()}
        />
        <DataTable
          id="payouts"
          caption="Payouts of this campaign"
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          loading={ledger.isPending}
          maxHeight={520}
          empty="Nothing owed yet: fees appear when their trigger happens, commissions with each attributed order."
          footer={
            ledger.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void ledger.fetchNextPage()}
                loading={ledger.isFetchingNextPage}
              >
                Load more entries
              </Button>
            ) : null
          }
        />
      </Stack>
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm ? `${confirm.action === "approve" ? "Approve" : "Mark paid"}: ${who}` : ""}
        centered
      >
        <ErrorAlert error={bulk.error} title="Nothing was changed" />
        <Text size="sm" mb="lg">
          {confirm
            ? `This ${confirm.action === "approve" ? "approves" : "marks paid"} ${bulkWords[confirm.action].what} of ${who} in this campaign, all at once. ${confirm.action === "approve" ? "Entries still locked stay pending." : "Do this once the money has left your account."}`
            : null}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirm(null)}>
            Cancel
          </Button>
          <Button loading={bulk.isPending} onClick={() => void runBulk()}>
            {confirm ? bulkWords[confirm.action].button : ""}
          </Button>
        </Group>
      </Modal>
    </section>
  );
}
