import { Table, Text, Title } from "@mantine/core";
import { $api, type ResponseOf } from "../../api/client";
import { ErrorAlert, SkeletonLines } from "../../components/ui";
import { formatRate } from "../../format";

type RetentionImpact = ResponseOf<"/api/v1/campaigns/{campaignId}/retention">;
type RetentionGroup = RetentionImpact["acquiredByCreators"];

function GroupCell({ group, windowDays }: { group: RetentionGroup; windowDays: number }) {
  if (group.repeatRate === null)
    return (
      <Table.Td ta="right">
        <Text size="sm" c="dimmed">
          —{" "}
          {group.customers === 0
            ? "no customers yet"
            : `${group.customers} customers, none past ${windowDays} days yet`}
        </Text>
      </Table.Td>
    );
  return (
    <Table.Td ta="right">
      <span className="num">{formatRate(group.repeatRate, 1)}</span>
      <Text size="xs" c="dimmed">
        {group.repeated} of {group.eligible} ordered again
        {group.customers > group.eligible ? ` · ${group.customers - group.eligible} still open` : ""}
      </Text>
    </Table.Td>
  );
}

/** Retention impact: do the customers creators bring in come back more than others? */
export function RetentionSection({ campaignId }: { campaignId: string }) {
  const query = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/retention", {
    params: { path: { campaignId } },
  });
  const impact = query.data;
  return (
    <section aria-labelledby="retention-title">
      <Title order={2} id="retention-title" mt="xl" mb="xs">
        Retention impact
      </Title>
      <ErrorAlert error={query.error} title="Could not load retention" onRetry={() => void query.refetch()} />
      {query.isPending ? <SkeletonLines lines={2} /> : null}
      {impact ? (
        <>
          <Text c="dimmed" size="sm" mb="sm">
            Customers whose first order came through this campaign's creators, and customers first acquired in
            the same period without a creator: the share who ordered again within {impact.windowDays} days.
          </Text>
          <Table.ScrollContainer minWidth={480} type="native">
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">Acquired through creators</Table.Th>
                  <Table.Th ta="right">Other customers</Table.Th>
                  <Table.Th ta="right">Difference</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <GroupCell group={impact.acquiredByCreators} windowDays={impact.windowDays} />
                  <GroupCell group={impact.otherCustomers} windowDays={impact.windowDays} />
                  <Table.Td ta="right">
                    {impact.difference === null ? (
                      <Text size="sm" c="dimmed">
                        — needs both rates
                      </Text>
                    ) : (
                      <span className="num">
                        {`${impact.difference >= 0 ? "+" : "−"}${formatRate(Math.abs(impact.difference), 1).replace("%", " pts")}`}
                      </span>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </section>
  );
}
