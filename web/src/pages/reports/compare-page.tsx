import {
  Alert,
  Box,
  Button,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { toMajor } from "@shared/money";
import { formatUnitCost } from "@shared/report-format";
import { type ReactNode, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { $api, type Schemas } from "../../api/client";
import { EmptyState, Loaded, PageHeader, SelectField, SkeletonLines } from "../../components/ui";
import { formatCount, formatDate, formatMoney, formatRate } from "../../format";

type CampaignComparison = Schemas["CampaignComparison"];
type ComparedCampaign = CampaignComparison["campaigns"][number];
type Figures = ComparedCampaign["totals"];
type Kind = "money" | "unitCost" | "count" | "ratio" | "rate";

// The API takes id lists comma-separated (campaignIds=a,b), not as repeated parameters.
const commaLists = { array: { style: "form", explode: false } } as const;

/** The key figures, each with how to show it and why it can be unknown. */
const metrics: Array<{ key: keyof Figures & string; label: string; kind: Kind; unknown: string }> = [
  { key: "cost", label: "Cost", kind: "money", unknown: "" },
  { key: "reach", label: "Reach", kind: "count", unknown: "no reach reported or estimable" },
  { key: "engagements", label: "Engagements", kind: "count", unknown: "no engagements reported" },
  { key: "clicks", label: "Clicks (bots excluded)", kind: "count", unknown: "" },
  { key: "orders", label: "Orders", kind: "count", unknown: "" },
  { key: "revenue", label: "Revenue (net of refunds)", kind: "money", unknown: "" },
  { key: "cpm", label: "CPM", kind: "unitCost", unknown: "no impressions" },
  { key: "cpe", label: "CPE", kind: "unitCost", unknown: "no engagements" },
  { key: "cpc", label: "CPC", kind: "unitCost", unknown: "no tracked clicks" },
  { key: "cac", label: "CAC", kind: "unitCost", unknown: "no new customers" },
  { key: "roas", label: "ROAS", kind: "ratio", unknown: "no cost recorded" },
  { key: "roi", label: "ROI", kind: "rate", unknown: "no cost recorded" },
  { key: "emv", label: "EMV (estimate, not revenue)", kind: "money", unknown: "" },
];

/** A figure that cannot be worked out: a dash, and why in words. */
function Unknown({ reason }: { reason: string }) {
  return (
    // Positioned so the hidden words stay inside the table's scrolling box instead of widening the page.
    <span title={reason} style={{ position: "relative" }}>
      — <VisuallyHidden>unknown: </VisuallyHidden>
      <Text span size="xs" c="dimmed">
        {reason}
      </Text>
    </span>
  );
}

function show(value: number | null, kind: Kind, currency: string, reason: string): ReactNode {
  if (value === null) return <Unknown reason={reason} />;
  switch (kind) {
    case "money":
      return formatMoney(value, currency);
    case "unitCost":
      return formatUnitCost(value, currency);
    case "count":
      return formatCount(value);
    case "ratio":
      return `${value.toFixed(2)}×`;
    case "rate":
      return formatRate(value, 1);
  }
}

function figureOf(totals: Figures, key: keyof Figures & string): number | null {
  const value = totals[key];
  return typeof value === "number" ? value : null;
}

function MetricChart({
  comparison,
  metric,
}: {
  comparison: CampaignComparison;
  metric: (typeof metrics)[number];
}) {
  const moneyLike = metric.kind === "money" || metric.kind === "unitCost";
  const currencyOf = (c: ComparedCampaign) => (metric.key === "emv" ? c.emvCurrency : c.currency);
  // Money in different currencies is never drawn on one axis: one chart per currency.
  const groups = moneyLike
    ? [...new Set(comparison.campaigns.map(currencyOf))].map((currency) => ({
        currency,
        campaigns: comparison.campaigns.filter((c) => currencyOf(c) === currency),
      }))
    : [{ currency: "", campaigns: comparison.campaigns }];
  const unknown = comparison.campaigns.filter((c) => figureOf(c.totals, metric.key) === null);
  return (
    <>
      {groups.map((group) => (
        <Box key={group.currency || "all"}>
          {groups.length > 1 ? (
            <Title order={3} size="h5" mb="xs">
              {group.currency}
            </Title>
          ) : null}
          <Box h={260}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={group.campaigns.map((c) => {
                  const value = figureOf(c.totals, metric.key);
                  // Money is charted in major units so the axis reads like the table.
                  return {
                    name: c.name,
                    value: value !== null && moneyLike ? toMajor(value, group.currency) : value,
                  };
                })}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tickLine={false} />
                <YAxis tickLine={false} width={72} />
                <Tooltip />
                <Bar
                  dataKey="value"
                  name={moneyLike ? `${metric.label} (${group.currency})` : metric.label}
                  fill="#4f46e5"
                  radius={[4, 4, 0, 0]}
                />
              </BarChart>
            </ResponsiveContainer>
          </Box>
        </Box>
      ))}
      {unknown.length > 0 ? (
        <Text size="sm" c="dimmed">
          Not drawn, unknown ({metric.unknown}): {unknown.map((c) => c.name).join(", ")}.
        </Text>
      ) : null}
    </>
  );
}

function SideBySide({ comparison }: { comparison: CampaignComparison }) {
  return (
    <Table.ScrollContainer minWidth={0} maxHeight="70vh" type="native">
      <Table stickyHeader aria-label="Campaigns side by side">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Figure</Table.Th>
            {comparison.campaigns.map((c) => (
              <Table.Th scope="col" ta="right" key={c.campaignId} miw={140}>
                <Link to={`/reports/${c.campaignId}`}>{c.name}</Link>
                <Text size="xs" c="dimmed" fw={400}>
                  {formatDate(c.startDate)} – {formatDate(c.endDate)} · {c.currency}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {metrics.map((m) => (
            <Table.Tr key={m.key}>
              <Table.Th scope="row" style={{ whiteSpace: "nowrap" }}>
                {m.label}
              </Table.Th>
              {comparison.campaigns.map((c) => (
                <Table.Td ta="right" key={c.campaignId}>
                  {show(
                    figureOf(c.totals, m.key),
                    m.kind,
                    m.key === "emv" ? c.emvCurrency : c.currency,
                    m.unknown,
                  )}
                  {m.key === "reach" && c.totals.reach !== null && c.totals.basis.reach !== "measured" ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      ({c.totals.basis.reach})
                    </Text>
                  ) : null}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CreatorsAcross({ comparison }: { comparison: CampaignComparison }) {
  const shared = comparison.creators.filter((c) => c.campaignIds.length > 1);
  const [chosen, setChosen] = useState<string[]>(() => shared.slice(0, 10).map((c) => c.creatorId));
  const campaignIds = comparison.campaigns.map((c) => c.campaignId);
  const result = $api.useQuery(
    "get",
    "/api/v1/reports/compare-creators",
    { params: { query: { creatorIds: chosen, campaignIds } }, querySerializer: commaLists },
    { enabled: chosen.length > 0 },
  );

  return (
    <Stack component="section" aria-labelledby="creators-across-title" gap="sm">
      <Title order={2} id="creators-across-title">
        Creators across campaigns
      </Title>
      {shared.length === 0 ? (
        <Text c="dimmed">
          No creator was measured in more than one of these campaigns; pick any to compare.
        </Text>
      ) : null}
      <MultiSelect
        label="Creators"
        description="Up to 50; the number is how many of these campaigns each one is in."
        data={comparison.creators.map((c) => ({
          value: c.creatorId,
          label: `${c.name} (${c.campaignIds.length})`,
        }))}
        value={chosen}
        onChange={setChosen}
        searchable
        clearable
        maxValues={50}
        nothingFoundMessage="No creator by that name in these campaigns"
      />
      {chosen.length === 0 ? null : (
        <Loaded query={result} what="the creators across campaigns">
          {(data) => (
            <Table.ScrollContainer minWidth={0} maxHeight="70vh" type="native">
              <Table stickyHeader aria-label="Creators across campaigns">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Creator</Table.Th>
                    <Table.Th scope="col">Campaign</Table.Th>
                    {["Cost", "Reach", "Clicks", "Orders", "Revenue", "ROAS"].map((label) => (
                      <Table.Th scope="col" ta="right" key={label}>
                        {label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.creators.flatMap((creator) => [
                    ...creator.rows.map((row, i) => (
                      <Table.Tr key={`${creator.creatorId}-${row.campaignId}`}>
                        <Table.Td>{i === 0 ? creator.name : ""}</Table.Td>
                        <Table.Td>{row.campaignName}</Table.Td>
                        <Table.Td ta="right">{formatMoney(row.cost, row.currency)}</Table.Td>
                        <Table.Td ta="right">
                          {show(row.reach, "count", row.currency, "no posts measured")}
                        </Table.Td>
                        <Table.Td ta="right">{formatCount(row.clicks)}</Table.Td>
                        <Table.Td ta="right">{formatCount(row.orders)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(row.revenue, row.currency)}</Table.Td>
                        <Table.Td ta="right">{show(row.roas, "ratio", row.currency, "no cost")}</Table.Td>
                      </Table.Tr>
                    )),
                    <Table.Tr key={`${creator.creatorId}-total`} fw={600}>
                      <Table.Th scope="row">{creator.rows.length === 0 ? creator.name : ""}</Table.Th>
                      <Table.Th scope="row">
                        Total, {creator.total.campaigns} campaign{creator.total.campaigns === 1 ? "" : "s"}
                      </Table.Th>
                      <Table.Td ta="right">
                        {creator.total.byCurrency.map((t) => (
                          <div key={t.currency}>{formatMoney(t.cost, t.currency)}</div>
                        ))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {show(creator.total.reach, "count", "", "no posts measured")}
                      </Table.Td>
                      <Table.Td ta="right">{formatCount(creator.total.clicks)}</Table.Td>
                      <Table.Td ta="right">{formatCount(creator.total.orders)}</Table.Td>
                      <Table.Td ta="right">
                        {creator.total.byCurrency.map((t) => (
                          <div key={t.currency}>{formatMoney(t.revenue, t.currency)}</div>
                        ))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {creator.total.byCurrency.map((t) => (
                          <div key={t.currency}>{show(t.roas, "ratio", t.currency, "no cost")}</div>
                        ))}
                      </Table.Td>
                    </Table.Tr>,
                  ])}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Loaded>
      )}
    </Stack>
  );
}

export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const selected = (params.get("campaignIds") ?? "").split(",").filter(Boolean);
  const [metricKey, setMetricKey] = useState("revenue");
  const campaigns = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  const comparison = $api.useQuery(
    "get",
    "/api/v1/reports/compare",
    { params: { query: { campaignIds: selected } }, querySerializer: commaLists },
    { enabled: selected.length >= 2 },
  );
  const metric = metrics.find((m) => m.key === metricKey) ?? metrics[0];

  return (
    <Stack gap="xl">
      <PageHeader
        title="Compare campaigns"
        description="Campaigns side by side, each in its own currency; money is never added across currencies."
        actions={
          <Button component={Link} to="/reports" variant="default">
            All reports
          </Button>
        }
      />
      <Loaded query={campaigns} what="the campaigns" skeleton={<SkeletonLines lines={2} />}>
        {(data) =>
          data.items.length < 2 ? (
            <EmptyState title="Two campaigns are needed">
              <Text>Create a second campaign to compare it with the first.</Text>
            </EmptyState>
          ) : (
            // The selection lives in the URL, so a comparison can be bookmarked and shared.
            <MultiSelect
              label="Campaigns to compare"
              description="Pick 2 to 10."
              placeholder={selected.length ? undefined : "Search campaigns"}
              data={data.items.map((c) => ({ value: c.id, label: `${c.name} (${c.currency})` }))}
              value={selected}
              onChange={(ids) =>
                setParams(ids.length ? { campaignIds: ids.join(",") } : {}, { replace: true })
              }
              searchable
              clearable
              maxValues={10}
              nothingFoundMessage="No campaign by that name"
            />
          )
        }
      </Loaded>
      {selected.length < 2 ? (
        <Text c="dimmed">Pick at least two campaigns.</Text>
      ) : (
        <Loaded query={comparison} what="the comparison" skeleton={<SkeletonLines lines={8} />}>
          {(data) => (
            <Stack gap="xl">
              <Stack component="section" aria-labelledby="key-figures-title" gap="sm">
                <Title order={2} id="key-figures-title">
                  Key figures
                </Title>
                {data.mixedCurrencies ? (
                  <Alert color="yellow" variant="light">
                    {data.moneyNote}
                  </Alert>
                ) : null}
                <SideBySide comparison={data} />
              </Stack>
              {metric ? (
                <Paper withBorder p="md" radius="md" component="section" aria-labelledby="metric-chart-title">
                  <Stack gap="sm">
                    <Title order={2} id="metric-chart-title">
                      {metric.label} by campaign
                    </Title>
                    <SelectField
                      label="Figure to chart"
                      value={metric.key}
                      onChange={setMetricKey}
                      options={metrics.map((m) => ({ value: m.key, label: m.label }))}
                    />
                    <MetricChart comparison={data} metric={metric} />
                  </Stack>
                </Paper>
              ) : null}
              <CreatorsAcross key={data.campaigns.map((c) => c.campaignId).join(",")} comparison={data} />
            </Stack>
          )}
        </Loaded>
      )}
    </Stack>
  );
}
