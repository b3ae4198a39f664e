import { Paper, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import {
  CartesianGrid,
  Tooltip as ChartTooltip,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import type { ResponseOf } from "../../api/client";
import { formatCount, formatCountOf, formatRate } from "../../format";

type Analytics = ResponseOf<"/api/v1/links/{linkId}/analytics">;
export type Granularity = "day" | "hour";

export function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function Breakdown({
  title,
  rows,
  total,
}: {
  title: string;
  rows: Array<{ value: string; clicks: number }>;
  total: number;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No clicks yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{title}</Table.Th>
                <Table.Th ta="right">Clicks</Table.Th>
                <Table.Th ta="right">Share</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, 8).map((row) => (
                <Table.Tr key={row.value}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{row.value}</Table.Td>
                  <Table.Td ta="right">{formatCount(row.clicks)}</Table.Td>
                  <Table.Td ta="right">{formatRate(total > 0 ? row.clicks / total : null)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

export function ClicksChart({ analytics, granularity }: { analytics: Analytics; granularity: Granularity }) {
  const summary = `${formatCountOf(analytics.totals.clicks, "click")}, ${formatCountOf(analytics.totals.uniqueVisitors, "unique visitor")} and ${formatCountOf(analytics.totals.botClicks, "bot click")} over ${formatCountOf(analytics.series.length, granularity === "day" ? "day" : "hour")}.`;
  if (analytics.totals.clicks === 0 && analytics.totals.botClicks === 0)
    return (
      <Paper withBorder p="md" radius="md">
        <Text c="dimmed" ta="center" py="lg">
          No clicks in this period yet. Clicks show here as soon as someone opens a tracking link.
        </Text>
      </Paper>
    );
  return (
    <Paper withBorder p="md" radius="md" h={300} role="img" aria-label={`Clicks over time: ${summary}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={analytics.series}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="bucket"
            tickFormatter={(b: string) => (granularity === "day" ? b.slice(5) : b.slice(5, 13))}
          />
          <YAxis allowDecimals={false} width={40} />
          <ChartTooltip />
          <Legend />
          <Line type="monotone" dataKey="clicks" name="Clicks" stroke="#2563eb" dot={false} />
          <Line
            type="monotone"
            dataKey="uniqueVisitors"
            name="Unique visitors"
            stroke="#16a34a"
            dot={false}
          />
          <Line
            type="monotone"
            dataKey="botClicks"
            name="Bots (excluded)"
            stroke="#9ca3af"
            strokeDasharray="4 4"
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Paper>
  );
}
