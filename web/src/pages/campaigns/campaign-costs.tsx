import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { minorToDecimal } from "@shared/money";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, fetchClient, invalidate, type ResponseOf } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, errorMessage, Field, LoadingRows } from "../../components/ui";
import { formatDate, formatMoney } from "../../format";
import { toMinor } from "./types";

type CampaignCost = ResponseOf<"/api/v1/campaigns/{campaignId}/costs">["items"][number];

const today = () => new Date().toISOString().slice(0, 10);

const costForm = (currency: string) =>
  z.object({
    description: z
      .string()
      .trim()
      .min(1, "Say what the cost was for")
      .max(300, "Keep it under 300 characters"),
    amount: z
      .string()
      .trim()
      .min(1, "Enter the amount")
      .refine((value) => toMinor(value, currency) !== null, "Enter an amount such as 250.00"),
    incurredOn: z.string({ error: "Choose the day it fell on" }).min(1, "Choose the day it fell on"),
  });
type CostForm = z.infer<ReturnType<typeof costForm>>;

/**
 * Campaign-level costs (M7): what the campaign cost beyond its creators. They count in the report's campaign cost
 * and on their day in spend by day. A list with the total of every cost and a small form to enter or change one.
 */
export function CampaignCosts({ campaignId, currency }: { campaignId: string; currency: string }) {
  const costs = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/costs",
    { params: { path: { campaignId }, query: { limit: 50 } } },
    { initialPageParam: null, getNextPageParam: (page) => page.nextCursor, pageParamName: "cursor" },
  );
  const [editing, setEditing] = useState<CampaignCost | null>(null);
  const [deleting, setDeleting] = useState<CampaignCost | null>(null);
  const blank = { description: "", amount: "", incurredOn: today() };
  const form = useForm<CostForm>({ resolver: zodResolver(costForm(currency)), defaultValues: blank });
  const errors = form.formState.errors;
  const items = costs.data?.pages.flatMap((page) => page.items);
  const first = costs.data?.pages[0];

  function reset() {
    setEditing(null);
    form.reset(blank);
  }

  function edit(cost: CampaignCost) {
    setEditing(cost);
    form.reset({
      description: cost.description,
      amount: minorToDecimal(cost.amount, cost.currency),
      incurredOn: cost.incurredOn,
    });
  }

  const save = form.handleSubmit(async (values) => {
    const body = {
      description: values.description,
      amount: toMinor(values.amount, currency) ?? 0,
      incurredOn: values.incurredOn,
    };
    try {
      if (editing)
        await fetchClient.PATCH("/api/v1/campaigns/{campaignId}/costs/{costId}", {
          params: { path: { campaignId, costId: editing.id } },
          body,
        });
      else
        await fetchClient.POST("/api/v1/campaigns/{campaignId}/costs", {
          params: { path: { campaignId } },
          body: { ...body, currency },
        });
      notifications.show({ color: "teal", message: editing ? "Cost changed" : "Cost added" });
      reset();
      await invalidate("/api/v1/campaigns/{campaignId}");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function remove(cost: CampaignCost) {
    try {
      await fetchClient.DELETE("/api/v1/campaigns/{campaignId}/costs/{costId}", {
        params: { path: { campaignId, costId: cost.id } },
      });
      if (editing?.id === cost.id) reset();
      setDeleting(null);
      notifications.show({ color: "teal", message: `Deleted: ${cost.description}` });
      await invalidate("/api/v1/campaigns/{campaignId}");
    } catch (error) {
      notifications.show({ color: "red", title: "The cost was not deleted", message: errorMessage(error) });
    }
  }

  return (
    <Paper component="section" aria-labelledby="costs-title" p="md" radius="md">
      <Title order={2} size="h3" id="costs-title">
        Campaign costs
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Costs beyond the creators (a shoot, an agency, a tool). They count in the report's cost and on their
        day in spend over time.
      </Text>
      <ErrorAlert error={costs.error} title="Could not load the costs" onRetry={() => void costs.refetch()} />
      {items && items.length === 0 ? (
        <Text mb="sm">No campaign costs entered.</Text>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Day</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>
                  <span className="sr-only">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {costs.isPending ? <LoadingRows columns={4} /> : null}
              {items?.map((cost) => (
                <Table.Tr key={cost.id}>
                  <Table.Td>{formatDate(cost.incurredOn)}</Table.Td>
                  <Table.Td>{cost.description}</Table.Td>
                  <Table.Td ta="right">{formatMoney(cost.amount, cost.currency)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => edit(cost)}>
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => setDeleting(cost)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            {first ? (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={2}>
                    Total{costs.hasNextPage ? " (all costs, including those not shown)" : ""}
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {formatMoney(first.total, first.currency)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            ) : null}
          </Table>
        </Table.ScrollContainer>
      )}
      {costs.hasNextPage ? (
        <Button
          variant="default"
          mt="xs"
          onClick={() => void costs.fetchNextPage()}
          loading={costs.isFetchingNextPage}
        >
          Load older costs
        </Button>
      ) : null}
      <form onSubmit={save} noValidate aria-label={editing ? "Change the cost" : "Add a cost"}>
        <Stack gap="sm" mt="md">
          <ErrorAlert error={errors.root?.message} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Field
              label="Description"
              required
              maxLength={300}
              error={errors.description?.message}
              {...form.register("description")}
            />
            <Field
              label={`Amount (${currency})`}
              required
              inputMode="decimal"
              error={errors.amount?.message}
              {...form.register("amount")}
            />
            <Controller
              control={form.control}
              name="incurredOn"
              render={({ field }) => (
                <DateField
                  label="Day"
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? "")}
                  onBlur={field.onBlur}
                  error={errors.incurredOn?.message}
                />
              )}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {editing ? "Save changes" : "Add cost"}
            </Button>
            {editing ? (
              <Button variant="default" onClick={reset}>
                Cancel
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this cost?" centered>
        <Text mb="md">
          “{deleting?.description}” will no longer count in the campaign's cost or in spend by day.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            Keep it
          </Button>
          <Button color="red" onClick={() => deleting && void remove(deleting)}>
            Delete cost
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
