import { Badge, List, Table, Text, Title, Tooltip } from "@mantine/core";
import { $api, type ResponseOf } from "../../api/client";
import { ErrorAlert } from "../../components/ui";
import { formatCount, formatRate } from "../../format";

type ForecastCheck = ResponseOf<"/api/v1/campaigns/{campaignId}/forecast-check">;
type CheckedMetric = keyof ForecastCheck["summary"];
type MetricCheck = ForecastCheck["byCreator"][number]["metrics"][CheckedMetric];

const checkedMetrics: CheckedMetric[] = ["reach", "engagements", "clicks", "conversions"];
const labels: Record<CheckedMetric, string> = {
  reach: "Reach",
  engagements: "Engagements",
  clicks: "Clicks",
  conversions: "Orders",
};

function MetricCell({ check }: { check: MetricCheck }) {
  const { forecast, actual, withinInterval } = check;
  return (
    <Table.Td ta="right">
      {actual === null ? (
        <Tooltip label="Only an estimate was reported; an estimate cannot check a forecast">
          <Text span size="sm" c="dimmed">
            — not measured
          </Text>
        </Tooltip>
      ) : (
        <>
          <span className="num">{formatCount(actual)}</span>{" "}
          <Badge
            size="sm"
            variant="light"
            color={withinInterval ? "teal" : "orange"}
            title={withinInterval ? "inside the forecast's 80% range" : "outside the forecast's 80% range"}
          >
            {withinInterval ? "in range" : actual > forecast.high ? "above" : "below"}
          </Badge>
        </>
      )}
      <Text size="xs" c="dimmed">
        forecast {formatCount(forecast.low)}–{formatCount(forecast.high)}
      </Text>
    </Table.Td>
  );
}

/** The planner's forecast for the posts made, beside what was measured: how far the model can be trusted. */
export function ForecastCheckSection({ campaignId }: { campaignId: string }) {
  const query = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/forecast-check", {
    params: { path: { campaignId } },
  });
  const check = query.data;
  if (query.isError)
    return (
      <ErrorAlert
        error={query.error}
        title="Could not load the forecast check"
        onRetry={() => void query.refetch()}
      />
    );
  if (!check || check.byCreator.length === 0) return null;
  return (
    <section aria-labelledby="forecast-check-title">
      <Title order={2} id="forecast-check-title" mt="xl" mb="xs">
        Forecast vs actual
      </Title>
      <Text c="dimmed" size="sm">
        What the planner forecasts for the posts each creator made
        {check.basedOnCampaigns > 0
          ? `, learning from ${check.basedOnCampaigns} campaigns that ended before this one began`
          : ", from its priors alone (no measured campaign ended before this one began)"}
        . An honest 80% range holds about 8 actuals in 10.
      </Text>
      <List size="sm" my="sm" spacing={2}>
        {checkedMetrics.map((metric) => {
          const s = check.summary[metric];
          return (
            <List.Item key={metric}>
              <strong>{labels[metric]}</strong>:{" "}
              {s.withinInterval === null
                ? "not measured"
                : `${formatRate(s.withinInterval, 0)} of ${s.creators} inside the range`}
              {s.medianRatio !== null ? `, median actual ÷ forecast ${s.medianRatio.toFixed(2)}×` : ""}
            </List.Item>
          );
        })}
      </List>
      <Table.ScrollContainer minWidth={720} maxHeight={480} type="native">
        <Table stickyHeader withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Creator</Table.Th>
              <Table.Th ta="right">Posts</Table.Th>
              {checkedMetrics.map((metric) => (
                <Table.Th key={metric} ta="right">
                  {labels[metric]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.byCreator.map((row) => (
              <Table.Tr key={row.creatorId}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right">{row.posts}</Table.Td>
                {checkedMetrics.map((metric) => (
                  <MetricCell key={metric} check={row.metrics[metric]} />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
