import { Badge, Button, Group, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { $api, fetchClient, invalidate, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert, errorMessage } from "../../components/ui";
import { formatDate, formatMoney } from "../../format";

type PayoutEntry = Schemas["PayoutEntry"];

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

export function PayoutsSection({ campaignId, names }: { campaignId: string; names: Map<string, string> }) {
  // The ledger can run to thousands of entries: the first page, then the rest on request.
  const ledger = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/payouts",
    { params: { path: { campaignId }, query: { limit: 50 } } },
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

  return (
    <section aria-labelledby="payouts-title">
      <Group justify="space-between" mt="xl" mb="sm" wrap="wrap">
        <Title order={2} id="payouts-title">
          Payouts
        </Title>
        <Button component="a" variant="default" href={`/api/v1/campaigns/${campaignId}/payouts.csv`} download>
          Export payouts CSV
        </Button>
      </Group>
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
    </section>
  );
}
