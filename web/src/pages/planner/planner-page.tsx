import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { toMajor } from "@shared/money";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { z } from "zod";
import { $api, type BodyOf, invalidate, type ResponseOf, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatCountOf, formatMoney, formatRate, platformName } from "../../format";
import { tierChoices } from "../campaigns/campaign-form";
import { usePipeline } from "../campaigns/pipeline-query";
import { type Campaign, toMinor } from "../campaigns/types";
import { countryOptions } from "../creators/filter-options";

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

type Candidates = NonNullable<BodyOf<"/api/v1/campaigns/{campaignId}/plan">["candidates"]>;
type Tier = (typeof tierChoices)[number]["value"];

const sourceOptions: Array<{ value: Candidates["kind"]; label: string }> = [
  { value: "pipeline", label: "Creators in the pipeline (not yet contracted)" },
  { value: "list", label: "A creator list" },
  { value: "savedSearch", label: "A saved search" },
  { value: "filters", label: "Discovery filters" },
];

const plannerForm = z.object({
  source: z.enum(["pipeline", "list", "savedSearch", "filters"]),
  listId: z.string(),
  savedSearchId: z.string(),
  niches: z.array(z.string()),
  countries: z.array(z.string()),
  tiers: z.array(z.enum(["emerging", "nano", "micro", "mid", "macro", "mega"])),
  minFollowers: wholeOrEmpty(),
  goal: z.enum(["reach", "impressions", "engagements", "clicks", "conversions", "revenue"]),
  budget: z.string().trim(),
  maxShare: wholeOrEmpty(100),
  minNano: wholeOrEmpty(),
  minMicro: wholeOrEmpty(),
  maxMega: wholeOrEmpty(),
  minQuality: wholeOrEmpty(100),
});
type PlannerForm = z.infer<typeof plannerForm>;

function candidates(form: PlannerForm): Candidates {
  if (form.source === "list") return { kind: "list", listId: form.listId };
  if (form.source === "savedSearch") return { kind: "savedSearch", savedSearchId: form.savedSearchId };
  if (form.source === "filters")
    return {
      kind: "filters",
      filters: {
        ...(form.niches.length ? { niche: form.niches.map((n) => n.toLowerCase()) } : {}),
        ...(form.countries.length ? { country: form.countries } : {}),
        ...(form.tiers.length ? { tier: form.tiers } : {}),
        ...(form.minFollowers ? { minFollowers: Number(form.minFollowers) } : {}),
      },
    };
  return { kind: "pipeline" };
}

function toBody(form: PlannerForm, currency: string): BodyOf<"/api/v1/campaigns/{campaignId}/plan"> {
  const count = (value: string) => (value === "" ? undefined : Number(value));
  const perTier: Record<string, { min?: number; max?: number }> = {};
  if (form.minNano) perTier.nano = { min: Number(form.minNano) };
  if (form.minMicro) perTier.micro = { min: Number(form.minMicro) };
  if (form.maxMega) perTier.mega = { max: Number(form.maxMega) };
  const maxShare = count(form.maxShare);
  return {
    candidates: candidates(form),
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

const goalWords: Record<Goal, [string, string]> = {
  reach: ["person reached", "people reached"],
  impressions: ["impression", "impressions"],
  engagements: ["engagement", "engagements"],
  clicks: ["click", "clicks"],
  conversions: ["conversion", "conversions"],
  revenue: ["revenue", "revenue"],
};

/** A goal figure in words: revenue as money, the rest as whole counts with their noun. */
function figure(value: number, goal: Goal, currency: string): string {
  if (goal === "revenue") return formatMoney(Math.round(value), currency);
  const n = Math.round(value);
  return `${new Intl.NumberFormat("en").format(n)} ${goalWords[goal][n === 1 ? 0 : 1]}`;
}

/** For each "at least" KPI: whether the best mix reaches it, and if not, by how much and at what extra cost. */
function KpiReach({ plan }: { plan: PlanResult }) {
  if (plan.kpiReach.length === 0) return null;
  const short = plan.kpiReach.filter((k) => !k.met);
  return (
    <Alert
      color={short.length ? "orange" : "teal"}
      title={
        short.length ? "The budget cannot reach every KPI target" : "The proposed mix reaches the KPI targets"
      }
    >
      <List size="sm">
        {plan.kpiReach.map((k) => (
          <List.Item key={k.metric}>
            {k.met
              ? `${words(k.metric)}: the mix is expected to reach ${figure(k.forecast, k.metric, plan.currency)}, over the target of ${figure(k.target, k.metric, plan.currency)}.`
              : `The best mix reaches ${formatRate(k.share, 0)} of the ${words(k.metric)} target: ${figure(k.forecast, k.metric, plan.currency)} of ${figure(k.target, k.metric, plan.currency)}; ${
                  k.extraBudget === null
                    ? "even every deliverable of these candidates would fall short, so add candidates or lower the target."
                    : `about ${formatMoney(k.extraBudget, plan.currency)} more would be needed.`
                }`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const words = (metric: string) => metric.replaceAll("_", " ");

function PlanResults({ plan, campaignId }: { plan: PlanResult; campaignId: string }) {
  const add = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/bulk");
  const options = [plan.proposed, ...plan.alternatives];
  // Creators already in the pipeline are shown but never offered again.
  const [added, setAdded] = useState<Set<string>>(new Set());
  const inPipeline = (c: PlannedCreator) => c.inPipeline || added.has(c.creatorId);
  const newCreatorIds = [
    ...new Set(plan.proposed.creators.filter((c) => !inPipeline(c)).map((c) => c.creatorId)),
  ];
  const chartData = options.map((o) => ({
    label: o.label,
    expected: Math.round(o.forecast.expected),
    error: [o.forecast.expected - o.forecast.low, o.forecast.high - o.forecast.expected],
  }));

  async function addToPipeline() {
    const result = await add.mutateAsync({
      params: { path: { campaignId } },
      body: { creatorIds: newCreatorIds },
    });
    setAdded((current) => new Set([...current, ...newCreatorIds]));
    notifications.show({
      color: "teal",
      message: `${formatCountOf(result.added, "creator")} added to the pipeline.`,
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
          <Group gap={6} wrap="nowrap">
            <Text fw={600}>{c.name}</Text>
            {inPipeline(c) ? (
              <Badge size="sm" variant="light" color="gray">
                In pipeline
              </Badge>
            ) : null}
          </Group>
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
      <KpiReach plan={plan} />
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
              {formatCountOf(new Set(o.creators.map((c) => c.creatorId)).size, "creator")} ·{" "}
              {formatMoney(o.cost, plan.currency)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {formatCountOf(plan.candidates, "account")} considered. The proposed mix is at most{" "}
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
          {newCreatorIds.length > 0 ? (
            <Button onClick={() => void addToPipeline().catch(() => {})} loading={add.isPending}>
              Add {newCreatorIds.length === 1 ? "this creator" : `these ${newCreatorIds.length} creators`} to
              the pipeline
            </Button>
          ) : plan.proposed.creators.length > 0 ? (
            <Text size="sm" c="dimmed">
              Every creator in the mix is already in the pipeline.
            </Text>
          ) : null}
        </Group>
        <ErrorAlert error={add.error} title="The creators were not added" />
        <DataTable
          id="planner-mix"
          caption="Proposed mix"
          columns={columns}
          rows={plan.proposed.creators}
          rowKey={(c) => c.accountId}
          empty={
            plan.candidates === 0
              ? plan.candidateSource === "pipeline"
                ? "No one in the pipeline before contract: plan over a list, a saved search or discovery filters."
                : "No creator matches: choose another list or search, or widen the filters."
              : "No mix fits these limits: loosen a limit or raise the budget."
          }
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

/** Pipeline stages the planner still chooses among (before a contract). */
const openStages = new Set(["shortlisted", "contacted", "negotiating"]);

function Planner({
  campaign,
  openPipeline,
}: {
  campaign: ResponseOf<"/api/v1/campaigns/{campaignId}">;
  openPipeline: number;
}) {
  const plan = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/plan");
  const form = useForm<PlannerForm>({
    resolver: zodResolver(
      plannerForm
        .refine((f) => f.budget === "" || toMinor(f.budget, campaign.currency) !== null, {
          path: ["budget"],
          message: "Enter an amount such as 15000.00, or leave it empty for the campaign's budget",
        })
        .refine((f) => f.source !== "list" || f.listId !== "", {
          path: ["listId"],
          message: "Choose the creator list to plan over",
        })
        .refine((f) => f.source !== "savedSearch" || f.savedSearchId !== "", {
          path: ["savedSearchId"],
          message: "Choose the saved search to plan over",
        }),
    ),
    defaultValues: {
      // An empty pipeline has no one to plan over: start from discovery's filters, set from the ideal customer.
      source: openPipeline > 0 ? "pipeline" : "filters",
      listId: "",
      savedSearchId: "",
      niches: campaign.idealCustomerProfile.niches,
      countries: campaign.idealCustomerProfile.countries,
      tiers: campaign.idealCustomerProfile.tiers,
      minFollowers: "",
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
  const source = form.watch("source");
  const lists = $api.useQuery(
    "get",
    "/api/v1/creator-lists",
    { params: { query: { limit: 200 } } },
    { enabled: source === "list" },
  );
  const savedSearches = $api.useQuery(
    "get",
    "/api/v1/saved-searches",
    { params: { query: { limit: 200 } } },
    { enabled: source === "savedSearch" },
  );
  const countries = useMemo(countryOptions, []);
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
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: "end" }}>
            <Controller
              control={form.control}
              name="source"
              render={({ field }) => (
                <SelectField
                  label="Plan over"
                  value={field.value}
                  onChange={field.onChange}
                  options={sourceOptions}
                />
              )}
            />
            {source === "list" ? (
              <Controller
                control={form.control}
                name="listId"
                render={({ field }) => (
                  <SelectField
                    label="Creator list"
                    value={field.value}
                    onChange={field.onChange}
                    options={[
                      { value: "", label: lists.isPending ? "Loading the lists…" : "Choose a list" },
                      ...(lists.data?.items ?? []).map((l) => ({
                        value: l.id,
                        label: `${l.name} (${formatCountOf(l.creators, "creator")})`,
                      })),
                    ]}
                    error={
                      errors.listId?.message ??
                      (lists.isError ? "Could not load the lists: reload the page" : undefined)
                    }
                    hint={lists.data?.items.length === 0 ? "No lists yet: make one in Discovery" : undefined}
                  />
                )}
              />
            ) : null}
            {source === "savedSearch" ? (
              <Controller
                control={form.control}
                name="savedSearchId"
                render={({ field }) => (
                  <SelectField
                    label="Saved search"
                    value={field.value}
                    onChange={field.onChange}
                    options={[
                      {
                        value: "",
                        label: savedSearches.isPending
                          ? "Loading the saved searches…"
                          : "Choose a saved search",
                      },
                      ...(savedSearches.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
                    ]}
                    error={
                      errors.savedSearchId?.message ??
                      (savedSearches.isError
                        ? "Could not load the saved searches: reload the page"
                        : undefined)
                    }
                    hint={
                      savedSearches.data?.items.length === 0
                        ? "No saved searches yet: save one in Discovery"
                        : "Run again now, so new matches count"
                    }
                  />
                )}
              />
            ) : null}
          </SimpleGrid>
          {source === "filters" ? (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ alignItems: "end" }}>
              <Controller
                control={form.control}
                name="niches"
                render={({ field }) => (
                  <TagsInput
                    label="Niches"
                    description="From the ideal customer; any of them"
                    splitChars={[","]}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="countries"
                render={({ field }) => (
                  <MultiSelect
                    label="Creator countries"
                    searchable
                    hidePickedOptions
                    selectFirstOptionOnChange
                    data={countries}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="tiers"
                render={({ field }) => (
                  <MultiSelect
                    label="Tiers"
                    placeholder="Any tier"
                    data={tierChoices}
                    value={field.value}
                    onChange={(values) => field.onChange(values as Tier[])}
                  />
                )}
              />
              <Field
                label="At least this many followers"
                inputMode="numeric"
                error={errors.minFollowers?.message}
                {...form.register("minFollowers")}
              />
            </SimpleGrid>
          ) : null}
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
  const pipeline = usePipeline(campaignId);
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
      {pipeline.isError ? (
        <ErrorAlert
          error={pipeline.error}
          title="Could not load the campaign's pipeline"
          onRetry={() => void pipeline.refetch()}
        />
      ) : (
        <Loaded query={campaign} what="the campaign" skeleton={<Skeleton height={260} radius="md" />}>
          {(c) =>
            pipeline.data ? (
              <Planner
                campaign={c}
                openPipeline={pipeline.data.filter((e) => openStages.has(e.stage)).length}
              />
            ) : (
              <Skeleton height={260} radius="md" />
            )
          }
        </Loaded>
      )}
    </>
  );
}
