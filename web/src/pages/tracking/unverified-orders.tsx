import { Button, Code, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { $api, invalidate, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";

type Conversion = Schemas["Conversion"];

/**
 * Orders a shop's page reported (with its public key) that neither the shop's server nor a person has confirmed:
 * they earn no commission until someone checks them in the shop and approves them here.
 */
export function UnverifiedOrders({
  campaignId,
  nameOf,
}: {
  campaignId: string;
  nameOf: (id: string) => string;
}) {
  const orders = $api.useInfiniteQuery(
    "get",
    "/api/v1/conversions",
    { params: { query: { campaignId, verified: "false", limit: 50 } } },
    {
      pageParamName: "cursor",
      // null leaves the cursor out of the first request (undefined would be sent as 0).
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const approve = $api.useMutation("post", "/api/v1/conversions/{orderId}/approve");

  async function approveOrder(order: Conversion) {
    try {
      await approve.mutateAsync({ params: { path: { orderId: order.orderId } } });
      await invalidate("/api/v1/conversions", "/api/v1/campaigns/{campaignId}/conversions");
      notifications.show({ color: "teal", message: `Order ${order.orderId} approved.` });
    } catch {
      // approve.error says why, above the table.
    }
  }

  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  // Nothing waiting (the usual case): the section stays out of the way. A failed read still says so.
  if (!orders.isError && rows.length === 0) return null;

  const columns: Array<Column<Conversion>> = [
    { id: "order", header: "Order", required: true, cell: (o) => <Code>{o.orderId}</Code> },
    { id: "reported", header: "Reported", required: true, cell: (o) => formatTime(o.createdAt) },
    {
      id: "creator",
      header: "Creator",
      required: true,
      cell: (o) => (o.attribution.creatorId ? nameOf(o.attribution.creatorId) : "Not attributed"),
    },
    {
      id: "amount",
      header: "Amount",
      required: true,
      align: "right",
      cell: (o) => (o.currency ? formatMoney(o.amount, o.currency) : "—"),
    },
    {
      id: "action",
      header: "Action",
      required: true,
      cell: (o) => (
        <Button
          size="xs"
          variant="light"
          loading={approve.isPending && approve.variables?.params.path.orderId === o.orderId}
          onClick={() => void approveOrder(o)}
        >
          Approve {o.orderId}
        </Button>
      ),
    },
  ];

  return (
    <Stack component="section" aria-labelledby="unverified-title" gap="sm">
      <Title order={2} id="unverified-title">
        Orders awaiting confirmation
      </Title>
      <Text c="dimmed" size="sm">
        Reported by the shop's page only, so anyone could have sent them. They earn no commission until your
        shop's server reports the same order (conversions API or Shopify), or you check it in the shop and
        approve it.
      </Text>
      <ErrorAlert
        error={orders.error}
        title="Could not load the orders awaiting confirmation"
        onRetry={() => void orders.refetch()}
      />
      <ErrorAlert error={approve.error} title="The order was not approved" />
      {orders.isError ? null : (
        <DataTable
          id="tracking-unverified-orders"
          caption="Orders awaiting confirmation"
          columns={columns}
          rows={rows}
          rowKey={(o) => o.id}
          footer={
            orders.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  loading={orders.isFetchingNextPage}
                  onClick={() => void orders.fetchNextPage()}
                >
                  Load more orders
                </Button>
              </Group>
            ) : null
          }
        />
      )}
    </Stack>
  );
}
