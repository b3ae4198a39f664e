import { Anchor, Badge, Button, Group, Stack, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import { $api, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";

type Conversion = Schemas["Conversion"];

const reasonLabel = { code: "Discount code", click: "Link click", none: "Not attributed" } as const;

/** The campaign's recorded orders and leads, newest first; each opens to its refunds. */
export function CampaignOrders({
  campaignId,
  nameOf,
}: {
  campaignId: string;
  nameOf: (id: string) => string;
}) {
  const orders = $api.useInfiniteQuery(
    "get",
    "/api/v1/conversions",
    { params: { query: { campaignId, limit: 50 } } },
    {
      pageParamName: "cursor",
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const columns: Array<Column<Conversion>> = [
    {
      id: "order",
      header: "Order",
      required: true,
      cell: (o) => (
        <Anchor component={Link} to={`/orders/${encodeURIComponent(o.orderId)}`} ff="monospace">
          {o.orderId}
        </Anchor>
      ),
    },
    { id: "when", header: "When", cell: (o) => formatTime(o.occurredAt) },
    {
      id: "creator",
      header: "Creator",
      cell: (o) => (o.attribution.creatorId ? nameOf(o.attribution.creatorId) : "—"),
    },
    { id: "why", header: "Attributed by", cell: (o) => reasonLabel[o.attribution.reason] },
    {
      id: "net",
      header: "Net revenue",
      align: "right",
      cell: (o) => (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {o.refundedAmount > 0 ? (
            <Badge size="sm" variant="light" color="orange">
              Refunded {o.currency ? formatMoney(o.refundedAmount, o.currency) : ""}
            </Badge>
          ) : null}
          <span className="num">{o.currency ? formatMoney(o.netAmount, o.currency) : "Lead"}</span>
        </Group>
      ),
    },
  ];
  return (
    <Stack component="section" aria-labelledby="orders-title" gap="sm">
      <Title order={2} id="orders-title">
        Orders and leads
      </Title>
      <ErrorAlert
        error={orders.error}
        title="Could not load the orders"
        onRetry={() => void orders.refetch()}
      />
      <DataTable
        id="tracking-orders"
        caption="Orders and leads of this campaign"
        columns={columns}
        rows={orders.data?.pages.flatMap((p) => p.items)}
        rowKey={(o) => o.id}
        loading={orders.isPending}
        maxHeight={480}
        empty="No orders yet. They arrive from Shopify, the storefront snippet or the conversions API (Settings → Integrations)."
        footer={
          orders.hasNextPage ? (
            <Button
              variant="default"
              loading={orders.isFetchingNextPage}
              onClick={() => void orders.fetchNextPage()}
            >
              Load more orders
            </Button>
          ) : null
        }
      />
    </Stack>
  );
}
