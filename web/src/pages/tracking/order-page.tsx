import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type Schemas } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import { toMinor } from "../campaigns/types";
import { Stat } from "./click-charts";

type Order = Schemas["ConversionWithRefunds"];

const reasonLabel = {
  code: "its discount code",
  click: "a link click",
  none: "nothing: not attributed",
} as const;

const refundForm = (currency: string, left: number) =>
  z.object({
    amount: z
      .string()
      .trim()
      .min(1, "Enter the amount refunded")
      .refine((v) => (toMinor(v, currency) ?? 0) > 0, `Enter an amount in ${currency}, such as 20.00`)
      .refine(
        (v) => (toMinor(v, currency) ?? 0) <= left,
        `At most ${formatMoney(left, currency)} is left to refund`,
      ),
    occurredAt: z.string().refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Enter a date and time"),
    refundId: z.string().trim().max(200),
  });
type RefundForm = z.infer<ReturnType<typeof refundForm>>;

function RecordRefund({ order, currency }: { order: Order; currency: string }) {
  const left = (order.amount ?? 0) - order.refundedAmount;
  const record = $api.useMutation("post", "/api/v1/conversions/{orderId}/refunds");
  const form = useForm<RefundForm>({
    resolver: zodResolver(refundForm(currency, left)),
    defaultValues: { amount: "", occurredAt: "", refundId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ amount, occurredAt, refundId }) => {
    try {
      await record.mutateAsync({
        params: { path: { orderId: order.orderId } },
        body: {
          amount: toMinor(amount, currency) ?? 0,
          occurredAt: occurredAt ? new Date(occurredAt).toISOString() : new Date().toISOString(),
          ...(refundId ? { refundId } : {}),
        },
      });
      form.reset({ amount: "", occurredAt: "", refundId: "" });
      notifications.show({ color: "teal", message: `Refund recorded against order ${order.orderId}.` });
      await invalidate("/api/v1/conversions", "/api/v1/campaigns/");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  if (left <= 0)
    return (
      <Text c="dimmed" size="sm">
        This order is refunded in full.
      </Text>
    );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label="Record refund"
    >
      <Title order={3} size="h4" mb="sm">
        Record refund
      </Title>
      {errors.root ? <ErrorAlert error={errors.root.message} title="The refund was not recorded" /> : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Field
          label={`Refund amount (${currency})`}
          inputMode="decimal"
          hint={`Up to ${formatMoney(left, currency)}`}
          error={errors.amount?.message}
          {...form.register("amount")}
        />
        <Field
          label="Refunded at (optional)"
          type="datetime-local"
          hint="Empty: now"
          error={errors.occurredAt?.message}
          {...form.register("occurredAt")}
        />
        <Field
          label="Shop's refund id (optional)"
          hint="Recorded once even if entered twice"
          error={errors.refundId?.message}
          {...form.register("refundId")}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={isSubmitting}>
          Record refund
        </Button>
      </Group>
    </Paper>
  );
}

function OrderDetail({ order }: { order: Order }) {
  const campaignId = order.attribution.campaignId;
  const campaign = $api.useQuery(
    "get",
    "/api/v1/campaigns/{campaignId}",
    { params: { path: { campaignId: campaignId ?? "" } } },
    { enabled: Boolean(campaignId) },
  );
  const currency = order.currency;
  return (
    <Stack gap="lg">
      <Group gap="xs" wrap="wrap">
        <Badge variant="light">{order.type === "order" ? "Order" : "Lead"}</Badge>
        <Badge variant="light" color={order.verification ? "teal" : "yellow"}>
          {order.verification ? `Verified by ${order.verification.verifiedBy}` : "Awaiting confirmation"}
        </Badge>
        <Text size="sm" c="dimmed">
          {formatTime(order.occurredAt)} · from {order.source}
        </Text>
      </Group>
      <Text>
        Attributed by {reasonLabel[order.attribution.reason]}
        {campaign.data ? ` in ${campaign.data.name}` : ""}
        {order.discountCodes.length ? ` · codes ${order.discountCodes.join(", ")}` : ""}.
      </Text>
      {currency ? (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Stat label="Amount" value={formatMoney(order.amount, currency)} />
          <Stat
            label="Refunded"
            value={formatMoney(order.refundedAmount, currency)}
            testId="order-refunded"
          />
          <Stat label="Net revenue" value={formatMoney(order.netAmount, currency)} testId="order-net" />
        </SimpleGrid>
      ) : (
        <Text c="dimmed">A lead carries no revenue, so there is nothing to refund.</Text>
      )}
      <Stack component="section" aria-labelledby="refunds-title" gap="sm">
        <Title order={2} id="refunds-title">
          Refunds
        </Title>
        {order.refunds.length === 0 ? (
          <Text c="dimmed" size="sm">
            No refunds recorded.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={0} type="native">
            <Table aria-label="Refunds">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Refunded at</Table.Th>
                  <Table.Th>Shop's refund id</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.refunds.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatTime(r.occurredAt)}</Table.Td>
                    <Table.Td>{r.refundId ? <Code>{r.refundId}</Code> : "—"}</Table.Td>
                    <Table.Td ta="right">{currency ? formatMoney(r.amount, currency) : "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {currency && order.amount !== null ? <RecordRefund order={order} currency={currency} /> : null}
      </Stack>
      {campaignId ? (
        <Group>
          <Button component={Link} to={`/campaigns/${campaignId}/tracking`} variant="default">
            Back to links and conversions
          </Button>
          <Button component={Link} to={`/reports/${campaignId}`} variant="default">
            Campaign report
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** One order or lead: its attribution, its refunds, and a form to record another refund. */
export function OrderPage() {
  const { orderId = "" } = useParams();
  const order = $api.useQuery("get", "/api/v1/conversions/{orderId}", { params: { path: { orderId } } });
  return (
    <>
      <PageHeader title={`Order ${orderId}`} />
      <Loaded query={order} what="the order" skeleton={<SkeletonLines lines={5} />}>
        {(data) => <OrderDetail order={data} />}
      </Loaded>
    </>
  );
}
