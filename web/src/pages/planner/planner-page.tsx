import { zodResolver } from "@hookform/resolvers/zod";
import {
  Badge,
  Box,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { toMajor } from "@shared/money";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { z } from "zod";
import { $api, type BodyOf, invalidate, type ResponseOf, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatMoney, formatRate, platformName } from "../../format";
import { type Campaign, toMinor } from "../campaigns/types";

type PlanResult = Schemas["CampaignPlanResult"];
type Goal = PlanResult["goal"];
type PlannedCreator = PlanResult["proposed"]["creators"][number];
type Interval = PlanResult["proposed"]["forecast"];

const goalOptions: Array<{ value: Goal; label: string }> = [
  { value: "reach", label: "Reach" },
  { value: "impressions", label: "Impressions" },
  { value: "engagements", label: "Engagements" },
  { value: "clicks", label: "Clicks" },
  { value: "conversions", label: "Conversions" },
  { value: "revenue", label: "Revenue" },
];

const defaultGoal: Record<Campaign["goal"], Goal> = {
  awareness: "reach",
  consideration: "engagements",
  conversion: "conversions",
  loyalty: "revenue",
};

const wholeOrEmpty = (max?: number) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && (max === undefined || Number(v) <= max)), {
      message:
        max === undefined
          ? "Enter a whole number, or leave it empty"
          : `Enter 0 to ${max}, or leave it empty`,
    });

const plannerForm = z.object({
  goal: z.enum(["reach", "impressions", "engagements", "clicks", "conversions", "revenue"]),
  budget: z.string().trim(),
  maxShare: wholeOrEmpty(100),
  minNano: wholeOrEmpty(),
  minMicro: wholeOrEmpty(),
  maxMega: wholeOrEmpty(),
  minQuality: wholeOrEmpty(100),
});
type PlannerForm = z.infer<typeof plannerForm>;

function toBody(form: PlannerForm, currency: string): BodyOf<"/api/v1/campaigns/{campaignId}/plan"> {
  const count = (value: string) => (value === "" ? undefined : Number(value));
  const perTier: Record<string, { min?: number; max?: number }> = {};
  if (form.minNano) perTier.nano = { min: Number(form.minNano) };
  if (form.minMicro) perTier.micro = { min: Number(form.minMicro) };
  if (form.maxMega) perTier.mega = { max: Number(form.maxMega) };
  const maxShare = count(form.maxShare);
  return {
    goal: form.goal,
    budget: form.budget ? (toMinor(form.budget, currency) ?? undefined) : undefined,
    maxShareOfBudget: maxShare === undefined ? undefined : maxShare / 100,
    minQuality: count(form.minQuality),
    ...(Object.keys(perTier).length ? { perTier } : {}),
  };
}

function range(i: Interval, goal: Goal, currency: string): string {
  const show = (n: number) =>
    goal === "revenue" ? formatMoney(Math.round(n), currency) : formatCount(Math.round(n * 10) / 10);
  return `${show(i.expected)} (80%: ${show(i.low)}–${show(i.high)})`;
}

function PlanResults({ plan, campaignId }: { plan: PlanResult; campaignId: string }) {
  const add = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/bulk");
  const options = [plan.proposed, ...plan.alternatives];
  const chartData = options.map((o) => ({
    label: o.label,
    expected: Math.round(o.forecast.expected),
    error: [o.forecast.expected - o.forecast.low, o.forecast.high - o.forecast.expected],
  }));

  async function addToPipeline() {
    const result = await add.mutateAsync({
      params: { path: { campaignId } },
      body: { creatorIds: [...new Set(plan.proposed.creators.map((c) => c.creatorId))] },
    });
    notifications.show({
      color: "teal",
      message: `${result.added} creators added to the pipeline; ${result.alreadyIn} were already in it.`,
    });
    await invalidate("/api/v1/campaigns");
  }

  const columns: Array<Column<PlannedCreator>> = [
    {
      id: "creator",
      header: "Creator",
      required: true,
      cell: (c) => (
        <>
          <Text fw={600}>{c.name}</Text>
          <Text size="sm" c="dimmed">
            @{c.handle}
          </Text>
        </>
      ),
    },
    { id: "platform", header: "Platform", cell: (c) => platformName(c.platform) },
    {
      id: "tier",
      header: "Tier",
      cell: (c) => (
        <Badge variant="light" tt="capitalize">
          {c.tier}
        </Badge>
      ),
    },
    { id: "deliverables", header: "Deliverables", cell: (c) => `${c.deliverables} × ${c.format}` },
    {
      id: "price",
      header: "Price each (range)",
      align: "right",
      cell: (c) => (
        <>
          {formatMoney(c.price.expected, plan.currency)}
          <Text size="sm" c="dimmed">
            {c.price.basis === "quote"
              ? "quoted by the creator"
              : `${formatMoney(c.price.low, plan.currency)}–${formatMoney(c.price.high, plan.currency)}${c.price.basis === "history" ? " · from your fees" : ""}`}
          </Text>
        </>
      ),
    },
    {
      id: "forecast",
      header: `Forecast ${plan.goal}`,
      align: "right",
      cell: (c) => range(c.forecast[plan.goal], plan.goal, plan.currency),
    },
  ];

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {options.map((o, index) => (
          <Paper
            component="section"
            key={o.label}
            aria-label={o.label}
            withBorder
            radius="md"
            p="md"
            style={
              index === 0 ? { borderColor: "var(--mantine-primary-color-filled)", borderWidth: 2 } : undefined
            }
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {o.label}
              </Text>
              {index === 0 ? <Badge size="sm">Proposed</Badge> : null}
            </Group>
            <Text size="xl" fw={700}>
              {formatCount(Math.round(o.forecast.expected))}
            </Text>
            <Text size="sm" c="dimmed">
              {plan.goal}, 80%: {formatCount(Math.round(o.forecast.low))}–
              {formatCount(Math.round(o.forecast.high))}
            </Text>
            <Text size="sm" c="dimmed">
              {o.creators.length} creators · {formatMoney(o.cost, plan.currency)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {plan.candidates} candidates considered. The proposed mix is at most{" "}
        {formatRate(plan.proposed.gap, 2)} below the best possible (a proved bound).{" "}
        {plan.learnedFrom.pastFees > 0 || plan.learnedFrom.measuredCampaigns > 0
          ? `Prices blend rate-card data with ${plan.learnedFrom.pastFees} fees from your contracts; click and conversion rates learn from ${plan.learnedFrom.measuredCampaigns} measured campaigns.`
          : "Prices and forecasts are estimates from rate-card and benchmark data until your own contracts and measured campaigns refine them."}
      </Text>
      <Paper component="section" aria-labelledby="forecast-title" withBorder radius="md" p="md">
        <Title id="forecast-title" order={2} size="h3" mb="sm">
          Forecast {plan.goal} by option
        </Title>
        <Box h={280}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chartData}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tickLine={false} />
              <YAxis tickLine={false} width={64} />
              <Tooltip />
              <Bar
                dataKey="expected"
                name={`Expected ${plan.goal}`}
                fill="var(--mantine-primary-color-filled)"
                radius={[4, 4, 0, 0]}
              >
                <ErrorBar dataKey="error" width={8} stroke="var(--mantine-color-text)" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </Box>
      </Paper>
      <Stack component="section" aria-labelledby="mix-title" gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title id="mix-title" order={2} size="h3">
            Proposed mix
          </Title>
          <Button
            onClick={() => void addToPipeline().catch(() => {})}
            loading={add.isPending}
            disabled={plan.proposed.creators.length === 0}
          >
            Add these creators to the pipeline
          </Button>
        </Group>
        <ErrorAlert error={add.error} title="The creators were not added" />
        <DataTable
          id="planner-mix"
          caption="Proposed mix"
          columns={columns}
          rows={plan.proposed.creators}
          rowKey={(c) => c.accountId}
          empty="No mix fits these limits: loosen a limit or raise the budget."
        />
      </Stack>
      {plan.excluded.length > 0 ? (
        <Stack component="section" aria-labelledby="excluded-title" gap="xs">
          <Title id="excluded-title" order={2} size="h3">
            Left out
          </Title>
          <List size="sm">
            {plan.excluded.map((e) => (
              <List.Item key={`${e.creatorId}-${e.handle}`}>
                @{e.handle}: {e.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}

function Planner({ campaign }: { campaign: ResponseOf<"/api/v1/campaigns/{campaignId}"> }) {
  const plan = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/plan");
  const form = useForm<PlannerForm>({
    resolver: zodResolver(
      plannerForm.refine((f) => f.budget === "" || toMinor(f.budget, campaign.currency) !== null, {
        path: ["budget"],
        message: "Enter an amount such as 15000.00, or leave it empty for the campaign's budget",
      }),
    ),
    defaultValues: {
      goal: defaultGoal[campaign.goal],
      budget: campaign.budget === null ? "" : String(toMajor(campaign.budget, campaign.currency)),
      maxShare: "40",
      minNano: "",
      minMicro: "",
      maxMega: "",
      minQuality: "",
    },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      await plan.mutateAsync({
        params: { path: { campaignId: campaign.id } },
        body: toBody(values, campaign.currency),
      });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Stack gap="lg">
      <Paper component="form" onSubmit={submit} noValidate withBorder radius="md" p="md">
        <Stack>
          <ErrorAlert error={errors.root?.message} title="No mix was proposed" />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ alignItems: "end" }}>
            <Controller
              control={form.control}
              name="goal"
              render={({ field }) => (
                <SelectField
                  label="Goal"
                  value={field.value}
                  onChange={field.onChange}
                  options={goalOptions}
                  error={errors.goal?.message}
                />
              )}
            />
            <Field
              label={`Budget (${campaign.currency})`}
              inputMode="decimal"
              error={errors.budget?.message}
              {...form.register("budget")}
            />
            <Field
              label="Most of the budget on one creator (%)"
              inputMode="numeric"
              error={errors.maxShare?.message}
              {...form.register("maxShare")}
            />
            <Field
              label="Minimum quality score (0–100)"
              inputMode="numeric"
              error={errors.minQuality?.message}
              {...form.register("minQuality")}
            />
            <Field
              label="At least this many nano creators"
              inputMode="numeric"
              error={errors.minNano?.message}
              {...form.register("minNano")}
            />
            <Field
              label="At least this many micro creators"
              inputMode="numeric"
              error={errors.minMicro?.message}
              {...form.register("minMicro")}
            />
            <Field
              label="At most this many mega creators"
              inputMode="numeric"
              error={errors.maxMega?.message}
              {...form.register("maxMega")}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Propose mix
            </Button>
          </Group>
        </Stack>
      </Paper>
      {plan.data ? <PlanResults plan={plan.data} campaignId={campaign.id} /> : null}
    </Stack>
  );
}

export function PlannerPage() {
  const { campaignId = "" } = useParams();
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  return (
    <>
      <PageHeader
        title="Plan the creator mix"
        description={
          campaign.data
            ? `${campaign.data.name}: the mix that serves the goal best within the budget, with the uncertainty shown.`
            : undefined
        }
        actions={
          <Button component={Link} to={`/campaigns/${campaignId}`} variant="default">
            Back to campaign
          </Button>
        }
      />
      <Loaded query={campaign} what="the campaign" skeleton={<Skeleton height={260} radius="md" />}>
        {(c) => <Planner campaign={c} />}
      </Loaded>
    </>
  );
}
