import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { formatMoney as formatMinor, toMajor } from "@shared/money";
import {
  formatCoverage,
  formatKpiValue,
  formatPercent,
  formatRatio,
  formatUnitCost,
} from "@shared/report-format";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { $api, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { EmptyState, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatCountOf, formatDate, formatMoney, platformName } from "../../format";
import { ForecastCheckSection } from "./forecast-check-section";
import { PayoutsSection } from "./payouts-section";
import { RetentionSection } from "./retention-section";
import { SentimentSection } from "./sentiment-section";

type Report = ResponseOf<"/api/v1/campaigns/{campaignId}/report">;
type Coverage = Report["totals"]["coverage"]["impressions"];
type CreatorRow = Report["byCreator"][number];
type FormatRow = Report["byFormat"][number];

/**
 * A figure the data cannot support is shown as a dash with the reason, never as 0. Positioned, so its hidden label
 * stays inside the table cell instead of widening the page on a phone.
 */
function Unknown({ reason }: { reason: string }) {
  return (
    <Text span c="dimmed" title={reason} pos="relative">
      — <VisuallyHidden>unknown: </VisuallyHidden>
      <Text span size="xs">
        {reason}
      </Text>
    </Text>
  );
}

const unitCost = (value: number | null, currency: string, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatUnitCost(value, currency);
const count = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatCount(value);
const ratio = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatRatio(value);
const percent = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatPercent(value);

function Stat({ label, note, children }: { label: string; note?: ReactNode; children: ReactNode }) {
  return (
    <Paper p="md" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={22} fw={700} mt={4} className="num">
        {children}
      </Text>
      {note ? (
        <Text size="xs" c="dimmed" mt={2}>
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}

/** "measured · 2 of 3 posts": what a figure rests on (M13 matched basis). */
const covers = (coverage: Coverage) => `${coverage.basis} · ${formatCoverage(coverage)}`;

function StatGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb="xs" mt="lg">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
        {children}
      </SimpleGrid>
    </section>
  );
}

/** Running totals of cost (when incurred) and attributed revenue per day, in major units for a chart axis. */
function cumulativeSpendAndRevenue(report: Report): Array<{ day: string; spend: number; revenue: number }> {
  const days = new Map<string, { cost: number; revenue: number }>();
  for (const d of report.spendByDay) days.set(d.day, { cost: d.cost, revenue: 0 });
  for (const d of report.byDay) days.set(d.day, { cost: days.get(d.day)?.cost ?? 0, revenue: d.revenue });
  let spend = 0;
  let revenue = 0;
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => {
      spend += d.cost;
      revenue += d.revenue;
      return {
        day,
        spend: toMajor(Math.round(spend), report.currency),
        revenue: toMajor(Math.round(revenue), report.currency),
      };
    });
}

function kpiValue(metric: string, value: number | null, report: Report): string {
  return value === null ? "—" : formatKpiValue(metric, value, report);
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card aria-label={title} component="section">
      <Title order={3} size="sm" mb="sm">
        {title}
      </Title>
      <div style={{ height: 240 }}>{children}</div>
    </Card>
  );
}

export function ReportsIndexPage() {
  const campaigns = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  return (
    <>
      <PageHeader title="Reports" description="What each campaign cost and returned." />
      <Loaded query={campaigns} what="the campaigns">
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="No campaigns yet">
              <Text>
                Create a campaign; its report fills in as posts go live and clicks and orders arrive.
              </Text>
              <Button component={Link} to="/campaigns/new">
                New campaign
              </Button>
            </EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {items.map((c) => (
                <Card key={c.id} padding="md">
                  <Anchor component={Link} to={`/reports/${c.id}`} fw={600}>
                    {c.name}
                  </Anchor>
                  <Text size="sm" c="dimmed" tt="capitalize">
                    {c.goal} · {formatDate(c.startDate)} – {formatDate(c.endDate)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </Loaded>
    </>
  );
}

function ReportSkeleton() {
  return (
    <Stack aria-busy="true">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to key on
          <Skeleton key={i} height={88} radius="md" />
        ))}
      </SimpleGrid>
      <SkeletonLines lines={6} />
    </Stack>
  );
}

export function CampaignReportPage() {
  const { campaignId = "" } = useParams();
  const path = { params: { path: { campaignId } } };
  const report = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/report", path);
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", path);
  return (
    <>
      <PageHeader
        title={campaign.data ? `${campaign.data.name}: report` : "Campaign report"}
        description="Money in the campaign currency; every figure says whether it was measured or estimated, and what it covers."
        actions={
          <>
            <Button
              component="a"
              variant="default"
              href={`/api/v1/campaigns/${campaignId}/report.csv`}
              download
            >
              Export CSV
            </Button>
            <Button
              component="a"
              variant="default"
              href={`/api/v1/campaigns/${campaignId}/report.pdf`}
              download
            >
              Export PDF
            </Button>
            <Button component={Link} to={`/reports/${campaignId}/renewals`} variant="default">
              Renewals
            </Button>
          </>
        }
      />
      <Loaded query={report} what="the report" skeleton={<ReportSkeleton />}>
        {(data) => <ReportBody report={data} campaignId={campaignId} />}
      </Loaded>
    </>
  );
}

function ReportBody({ report, campaignId }: { report: Report; campaignId: string }) {
  const t = report.totals;
  const k = t.coverage;
  const c = report.currency;
  // Unknown is never drawn as 0: a stage without a figure is left out of the funnel and named below it.
  const stages = [
    { stage: "Impressions", value: t.impressions },
    { stage: "Engagements", value: t.engagements },
    { stage: "Clicks", value: t.clicks },
    { stage: "Orders", value: t.orders },
  ];
  const funnel = stages.filter((s): s is { stage: string; value: number } => s.value !== null);
  const missingStages = stages.filter((s) => s.value === null).map((s) => s.stage.toLowerCase());
  const leaders = [...report.byCreator].sort((a, b) => b.revenue - a.revenue || b.clicks - a.clicks);
  const names = new Map(report.byCreator.map((row) => [row.creatorId, row.name]));

  const leaderColumns: Array<Column<CreatorRow>> = [
    { id: "name", header: "Creator", required: true, cell: (r) => r.name },
    { id: "platform", header: "Platform", cell: (r) => platformName(r.platform) },
    { id: "cost", header: "Cost", align: "right", cell: (r) => formatMoney(r.cost, c) },
    {
      id: "reach",
      header: "Reach",
      align: "right",
      cell: (r) => (
        <>
          {count(r.reach, "no posts measured")}
          {r.reach !== null && r.basis.reach !== "measured" ? (
            <Text span size="xs" c="dimmed">
              {" "}
              ({r.basis.reach})
            </Text>
          ) : null}
        </>
      ),
    },
    {
      id: "err",
      header: "ERR",
      align: "right",
      hiddenByDefault: true,
      cell: (r) => (
        <>
          {percent(r.engagementRateByReach, "no measured reach")}
          <Text size="xs" c="dimmed">
            {formatCoverage(r.coverage.engagementRateByReach)}
          </Text>
        </>
      ),
    },
    { id: "clicks", header: "Clicks", align: "right", cell: (r) => formatCount(r.clicks) },
    { id: "orders", header: "Orders", align: "right", cell: (r) => formatCount(r.orders) },
    { id: "revenue", header: "Revenue", align: "right", cell: (r) => formatMoney(r.revenue, c) },
    { id: "roas", header: "ROAS", align: "right", cell: (r) => ratio(r.roas, "no cost") },
    { id: "cpc", header: "CPC", align: "right", cell: (r) => unitCost(r.cpc, c, "no clicks") },
    {
      id: "cpe",
      header: "CPE",
      align: "right",
      hiddenByDefault: true,
      cell: (r) => (
        <>
          {unitCost(r.cpe, c, "engagements not known")}
          <Text size="xs" c="dimmed">
            {r.coverage.cpe.basis}
          </Text>
        </>
      ),
    },
    {
      id: "emv",
      header: `EMV (${report.emvCurrency})`,
      name: "EMV",
      align: "right",
      hiddenByDefault: true,
      cell: (r) => formatMinor(r.emv, report.emvCurrency),
    },
  ];
  const formatColumns: Array<Column<FormatRow>> = [
    {
      id: "format",
      header: "Format",
      required: true,
      cell: (r) => (
        <Text span size="sm" tt="capitalize">
          {r.format}
        </Text>
      ),
    },
    { id: "posts", header: "Posts", align: "right", cell: (r) => formatCount(r.posts) },
    { id: "cost", header: "Cost", align: "right", cell: (r) => formatMoney(r.cost, c) },
    {
      id: "engagements",
      header: "Engagements",
      align: "right",
      cell: (r) =>
        r.format === "unassigned" ? (
          "—"
        ) : (
          <>
            {count(r.engagements, "no engagements known")}{" "}
            <Text span size="xs" c="dimmed">
              ({formatCoverage(r.coverage.engagements)})
            </Text>
          </>
        ),
    },
    { id: "cpe", header: "CPE", align: "right", cell: (r) => unitCost(r.cpe, c, "not known") },
    {
      id: "emv",
      header: `EMV (${report.emvCurrency})`,
      name: "EMV",
      align: "right",
      cell: (r) => formatMinor(r.emv, report.emvCurrency),
    },
    { id: "clicks", header: "Clicks", align: "right", cell: (r) => formatCount(r.clicks) },
    { id: "orders", header: "Orders", align: "right", cell: (r) => formatCount(r.orders) },
    { id: "revenue", header: "Revenue", align: "right", cell: (r) => formatMoney(r.revenue, c) },
  ];

  return (
    <>
      <StatGroup title="Cost and return">
        <Stat label={`Cost (${c})`} note="fees, commissions, paid ads, campaign costs">
          {formatMoney(t.cost, c)}
        </Stat>
        <Stat
          label={`Revenue (${c}, net of refunds)`}
          note={
            report.otherCurrencies.length > 0
              ? `apart, not converted: ${report.otherCurrencies
                  .map(
                    (o) =>
                      `${o.orders} ${o.orders === 1 ? "order" : "orders"}, ${formatMinor(o.netRevenue, o.currency)}`,
                  )
                  .join("; ")}`
              : undefined
          }
        >
          {formatMoney(t.revenue, c)}
        </Stat>
        <Stat label="ROAS">{ratio(t.roas, "no cost recorded")}</Stat>
        <Stat label="ROI">{percent(t.roi, "no cost recorded")}</Stat>
        <Stat
          label={`EMV (${report.emvCurrency}, estimate, not revenue)`}
          note={`valued at the ${report.emvCurrency} rate cards below; not converted`}
        >
          {formatMinor(t.emv, report.emvCurrency)}
        </Stat>
      </StatGroup>

      <StatGroup title="Reach and engagement">
        <Stat label="Impressions" note={covers(k.impressions)}>
          {count(t.impressions, "no impressions reported or estimable")}
        </Stat>
        <Stat label="Reach" note={covers(k.reach)}>
          {count(t.reach, "no reach reported or estimable")}
        </Stat>
        <Stat label="Video views" note={covers(k.views)}>
          {count(t.views, "no video views reported")}
        </Stat>
        <Stat
          label="Engagements"
          note={`${covers(k.engagements)}${
            t.postsWithUnknownEngagements > 0
              ? ` · ${t.postsWithUnknownEngagements} left out (likes or comments hidden)`
              : ""
          }`}
        >
          {count(t.engagements, "no engagements known")}
        </Stat>
        <Stat label="ERR (by measured reach)" note={covers(k.engagementRateByReach)}>
          {percent(t.engagementRateByReach, "no post with measured reach and known engagements")}
        </Stat>
        <Stat label="ERF (by followers)" note={covers(k.engagementRateByFollowers)}>
          {percent(t.engagementRateByFollowers, "no post with followers and known engagements")}
        </Stat>
      </StatGroup>

      <StatGroup title="Clicks and conversions">
        <Stat
          label="Clicks (bots excluded)"
          note={`${formatCount(report.clicksFromBots)} bot and preview clicks apart`}
        >
          {formatCount(t.clicks)}
        </Stat>
        <Stat label="CTR" note={covers(k.ctr)}>
          {percent(t.ctr, "no impressions reported")}
        </Stat>
        <Stat
          label="Conversions"
          note={`${formatCountOf(t.orders, "order")} + ${formatCountOf(t.leads, "lead")}`}
        >
          {formatCount(t.conversions)}
        </Stat>
        <Stat
          label="Orders"
          note={`${t.attribution.orders.code} by code · ${t.attribution.orders.click} by click`}
        >
          {formatCount(t.orders)}
        </Stat>
        <Stat
          label="Leads"
          note={`${t.attribution.leads.code} by code · ${t.attribution.leads.click} by click`}
        >
          {formatCount(t.leads)}
        </Stat>
        <Stat label="Conversion rate" note="orders ÷ clicks">
          {percent(t.conversionRate, "no tracked clicks")}
        </Stat>
      </StatGroup>

      <StatGroup title="Unit costs">
        <Stat label="CPM" note={covers(k.cpm)}>
          {unitCost(t.cpm, c, "no impressions")}
        </Stat>
        <Stat label="CPV" note={covers(k.cpv)}>
          {unitCost(t.cpv, c, "no creator's views wholly known")}
        </Stat>
        <Stat label="CPE" note={covers(k.cpe)}>
          {unitCost(t.cpe, c, "no creator's engagements wholly known")}
        </Stat>
        <Stat label="CPC">{unitCost(t.cpc, c, "no tracked clicks")}</Stat>
        <Stat label="CPL">{unitCost(t.cpl, c, "no attributed leads")}</Stat>
        <Stat label="CPA">{unitCost(t.cpa, c, "no attributed orders")}</Stat>
        <Stat label="CAC">{unitCost(t.cac, c, "no new customers")}</Stat>
      </StatGroup>

      {report.kpis.length > 0 ? (
        <section aria-labelledby="kpi-title">
          <Title order={2} size="h4" id="kpi-title" mt="xl" mb="xs">
            KPI progress
          </Title>
          <Table.ScrollContainer minWidth={560} type="native">
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>KPI</Table.Th>
                  <Table.Th ta="right">Target</Table.Th>
                  <Table.Th ta="right">Actual</Table.Th>
                  <Table.Th w="35%">Progress</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.kpis.map((kpi) => (
                  <Table.Tr key={`${kpi.metric}-${kpi.comparison}`}>
                    <Table.Td>{kpi.label}</Table.Td>
                    <Table.Td ta="right">
                      {kpi.comparison === "gte" ? "≥ " : "≤ "}
                      {kpiValue(kpi.metric, kpi.target, report)}
                    </Table.Td>
                    <Table.Td ta="right">{kpiValue(kpi.metric, kpi.actual, report)}</Table.Td>
                    <Table.Td>
                      {kpi.met === null || kpi.progress === null ? (
                        <Badge variant="light" color="gray">
                          not measurable yet
                        </Badge>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={Math.min(kpi.progress, 1) * 100}
                            color={kpi.met ? "teal" : "orange"}
                            style={{ flex: 1 }}
                            aria-label={`${kpi.label}: ${Math.round(kpi.progress * 100)}% of the target`}
                          />
                          <Badge variant="light" color={kpi.met ? "teal" : "orange"}>
                            {kpi.met ? "met" : "not met"} · {Math.round(kpi.progress * 100)}%
                          </Badge>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ) : null}

      <SimpleGrid cols={{ base: 1, lg: 3 }} mt="xl" spacing="sm">
        <ChartCard title="Results over time">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={report.byDay}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickLine={false} />
              <YAxis yAxisId="clicks" tickLine={false} width={56} />
              <YAxis yAxisId="orders" orientation="right" tickLine={false} width={40} />
              <Tooltip />
              <Legend />
              <Line
                yAxisId="clicks"
                type="monotone"
                dataKey="clicks"
                name="Clicks"
                stroke="#4f46e5"
                dot={false}
              />
              <Line
                yAxisId="orders"
                type="monotone"
                dataKey="orders"
                name="Orders"
                stroke="#177a4b"
                dot={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="Spend vs revenue">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={cumulativeSpendAndRevenue(report)}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickLine={false} />
              <YAxis tickLine={false} width={72} />
              <Tooltip />
              <Legend />
              <Line type="stepAfter" dataKey="spend" name={`Spend (${c})`} stroke="#c2410c" dot={false} />
              <Line type="monotone" dataKey="revenue" name={`Revenue (${c})`} stroke="#177a4b" dot={false} />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="Funnel">
          <ResponsiveContainer width="100%" height={missingStages.length > 0 ? "88%" : "100%"}>
            <BarChart data={funnel} layout="vertical" margin={{ left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" scale="log" domain={[1, "auto"]} allowDataOverflow tickLine={false} />
              <YAxis type="category" dataKey="stage" tickLine={false} width={96} />
              <Tooltip />
              <Bar dataKey="value" name="Count" fill="#4f46e5" radius={[0, 4, 4, 0]} />
            </BarChart>
          </ResponsiveContainer>
          {missingStages.length > 0 ? (
            <Text size="xs" c="dimmed">
              Not drawn: {missingStages.join(" and ")} unknown.
            </Text>
          ) : null}
        </ChartCard>
      </SimpleGrid>

      <Title order={2} size="h4" mt="xl" mb="xs">
        Creator leaderboard
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Cost, clicks, orders, revenue, ROAS and CPC are measured; reach says when it was estimated from
        followers (M10).
      </Text>
      <DataTable
        id="report-leaderboard"
        caption="Creators by attributed revenue"
        columns={leaderColumns}
        rows={leaders}
        rowKey={(r) => r.creatorId}
        maxHeight={480}
        empty="No creator has results yet."
      />

      <Title order={2} size="h4" mt="xl" mb={4}>
        By content format
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        In whole units: a creator's fees and commissions are shared equally over their posts, paid
        amplification goes to the post it boosted; clicks, orders, campaign-level costs and creators without
        posts are unassigned.
      </Text>
      <DataTable
        id="report-formats"
        caption="Results by content format"
        columns={formatColumns}
        rows={report.byFormat}
        rowKey={(r) => r.format}
        maxHeight={480}
      />

      <Title order={2} size="h4" mt="xl" mb="xs">
        EMV rate cards
      </Title>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Platform</Table.Th>
              {Object.keys(report.rateCards[0]?.rates ?? {}).map((metric) => (
                <Table.Th ta="right" tt="capitalize" key={metric}>
                  {metric}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rateCards.map((card) => (
              <Table.Tr key={card.platform}>
                <Table.Td>
                  {platformName(card.platform)} ({card.currency})
                </Table.Td>
                {Object.entries(card.rates).map(([metric, rate]) => (
                  <Table.Td ta="right" key={metric}>
                    {formatMinor(rate, card.currency, { extraDigits: 2 })}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <RetentionSection campaignId={campaignId} />
      <ForecastCheckSection campaignId={campaignId} />
      <SentimentSection campaignId={campaignId} names={names} />
      <PayoutsSection campaignId={campaignId} currency={c} names={names} />
      <Text size="xs" c="dimmed" mt="lg">
        {formatCount(report.clicksFromBots)} bot and link-preview clicks are excluded.
        {report.otherCurrencies.map(
          (o) =>
            ` ${o.orders} ${o.orders === 1 ? "order" : "orders"} in ${o.currency} (${formatMinor(o.netRevenue, o.currency)} net) count as orders; their revenue is reported apart, not converted.`,
        )}
      </Text>
    </>
  );
}
