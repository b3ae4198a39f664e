import { zodResolver } from "@hookform/resolvers/zod";
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { kpiCatalogue } from "@shared/kpi-catalogue";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { useNavigate } from "react-router-dom";
import { z } from "zod";
import { $api, type BodyOf, invalidate } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, PageHeader, SelectField } from "../../components/ui";
import { toMinor } from "./types";

type CampaignBody = BodyOf<"/api/v1/campaigns">;
type Goal = CampaignBody["goal"];
type Metric = NonNullable<CampaignBody["kpis"]>[number]["metric"];

const goals: Array<{ value: Goal; label: string }> = [
  { value: "awareness", label: "Awareness: be seen by the right people" },
  { value: "consideration", label: "Consideration: get people to engage" },
  { value: "conversion", label: "Conversion: drive sign-ups and sales" },
  { value: "loyalty", label: "Loyalty: keep customers, make advocates" },
];

/** KPI metrics from the shared catalogue (M13 KPI progress); a rate is typed as a percentage, a ratio as a multiple. */
const metrics = Object.entries(kpiCatalogue).map(([value, definition]) => ({
  value: value as Metric,
  label:
    definition.unit === "fraction"
      ? `${definition.label} (%)`
      : definition.unit === "ratio"
        ? `${definition.label} (×)`
        : definition.label,
  unit: definition.unit,
}));

const kpiRow = z.object({
  metric: z.enum(metrics.map((m) => m.value) as [Metric, ...Metric[]]),
  comparison: z.enum(["gte", "lte"]),
  target: z.string(),
});
type KpiRow = z.infer<typeof kpiRow>;

/** A KPI target as the API takes it: rates typed as percentages become fractions, money becomes minor units. */
function kpiTarget(row: KpiRow, currency: string): number | null {
  const unit = metrics.find((m) => m.value === row.metric)?.unit ?? "count";
  if (unit === "money") return toMinor(row.target, currency);
  const n = Number(row.target.replace(/,/g, ""));
  if (!row.target.trim() || !Number.isFinite(n) || n < 0) return null;
  return unit === "fraction" ? n / 100 : n;
}

const campaignForm = z
  .object({
    name: z.string().trim().min(1, "Enter a name for the campaign"),
    brand: z.string().trim(),
    goal: z.enum(["awareness", "consideration", "conversion", "loyalty"]),
    startDate: z.string({ error: "Choose the start date" }).min(1, "Choose the start date"),
    endDate: z.string({ error: "Choose the end date" }).min(1, "Choose the end date"),
    currency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, "Enter a three-letter currency code such as EUR"),
    budget: z.string().trim(),
    attributionWindowDays: z
      .number({ error: "Enter a number of days" })
      .int("Enter whole days")
      .min(1, "At least 1 day")
      .max(365, "At most 365 days"),
    idealCustomerProfile: z.object({
      countries: z.array(z.string()),
      niches: z.array(z.string()),
      languages: z.array(z.string()),
    }),
    competitorBrands: z.array(z.string()),
    kpis: z.array(kpiRow),
  })
  .superRefine((form, ctx) => {
    if (form.startDate && form.endDate && form.endDate < form.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date" });
    if (form.budget && toMinor(form.budget, form.currency.toUpperCase()) === null)
      ctx.addIssue({ code: "custom", path: ["budget"], message: "Enter an amount such as 50000.00" });
    form.kpis.forEach((kpi, index) => {
      if (kpi.target.trim() && kpiTarget(kpi, form.currency.toUpperCase()) === null)
        ctx.addIssue({
          code: "custom",
          path: ["kpis", index, "target"],
          message: "Enter a number such as 20000",
        });
    });
  });
type CampaignForm = z.infer<typeof campaignForm>;

const defaults: CampaignForm = {
  name: "",
  brand: "",
  goal: "awareness",
  startDate: "",
  endDate: "",
  currency: "EUR",
  budget: "",
  attributionWindowDays: 30,
  idealCustomerProfile: { countries: [], niches: [], languages: [] },
  competitorBrands: [],
  kpis: [{ metric: "impressions", comparison: "gte", target: "" }],
};

function toBody(form: CampaignForm): CampaignBody {
  const currency = form.currency.toUpperCase();
  return {
    name: form.name,
    goal: form.goal,
    startDate: form.startDate,
    endDate: form.endDate,
    currency,
    ...(form.brand ? { brand: form.brand } : {}),
    budget: form.budget ? toMinor(form.budget, currency) : null,
    attributionWindowDays: form.attributionWindowDays,
    idealCustomerProfile: {
      countries: form.idealCustomerProfile.countries.map((c) => c.toUpperCase()),
      niches: form.idealCustomerProfile.niches,
      languages: form.idealCustomerProfile.languages.map((l) => l.toLowerCase()),
      // Not asked here; the API's own defaults, written out because the generated type requires them.
      ageMin: null,
      ageMax: null,
      genders: [],
      tiers: [],
    },
    competitorBrands: form.competitorBrands,
    // A KPI row left without a target is not a KPI yet.
    kpis: form.kpis
      .filter((k) => k.target.trim())
      .map((k) => ({ metric: k.metric, comparison: k.comparison, target: kpiTarget(k, currency) ?? 0 })),
  };
}

export function CampaignCreatePage() {
  const navigate = useNavigate();
  const create = $api.useMutation("post", "/api/v1/campaigns");
  const form = useForm<CampaignForm>({ resolver: zodResolver(campaignForm), defaultValues: defaults });
  const kpis = useFieldArray({ control: form.control, name: "kpis" });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({ body: toBody(values) });
      await invalidate("/api/v1/campaigns");
      notifications.show({ color: "teal", message: `Campaign “${created.name}” created.` });
      void navigate(`/campaigns/${created.id}`);
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <>
      <PageHeader
        title="New campaign"
        description="Objectives first: the goal, who it is for, and how success is measured."
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={880}>
          <ErrorAlert error={errors.root?.message} />
          <Paper withBorder p="md" radius="md">
            <Stack>
              <Title order={2} size="h3">
                Objective
              </Title>
              <Field label="Campaign name" required error={errors.name?.message} {...form.register("name")} />
              <Field
                label="Brand"
                hint="Defaults to your organisation's name"
                error={errors.brand?.message}
                {...form.register("brand")}
              />
              <Controller
                control={form.control}
                name="goal"
                render={({ field }) => (
                  <SelectField
                    label="Primary goal"
                    value={field.value}
                    onChange={field.onChange}
                    options={goals}
                    error={errors.goal?.message}
                  />
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Controller
                  control={form.control}
                  name="startDate"
                  render={({ field }) => (
                    <DateField
                      label="Start date"
                      required
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? "")}
                      onBlur={field.onBlur}
                      error={errors.startDate?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="endDate"
                  render={({ field }) => (
                    <DateField
                      label="End date"
                      required
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? "")}
                      onBlur={field.onBlur}
                      error={errors.endDate?.message}
                    />
                  )}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Field
                  label="Currency"
                  maxLength={3}
                  autoCapitalize="characters"
                  error={errors.currency?.message}
                  {...form.register("currency")}
                />
                <Field
                  label="Budget"
                  inputMode="decimal"
                  hint="For example 50000.00"
                  error={errors.budget?.message}
                  {...form.register("budget")}
                />
                <Controller
                  control={form.control}
                  name="attributionWindowDays"
                  render={({ field }) => (
                    <NumberInput
                      label="Attribution window (days)"
                      min={1}
                      max={365}
                      allowDecimal={false}
                      value={field.value}
                      onChange={(value) => field.onChange(typeof value === "number" ? value : undefined)}
                      onBlur={field.onBlur}
                      error={errors.attributionWindowDays?.message}
                    />
                  )}
                />
              </SimpleGrid>
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack>
              <Title order={2} size="h3">
                Ideal customer
              </Title>
              <Controller
                control={form.control}
                name="idealCustomerProfile.countries"
                render={({ field }) => (
                  <TagsInput
                    label="Target countries"
                    description="Two-letter codes: DE, GB, US. Press Enter or type a comma after each."
                    splitChars={[",", " "]}
                    value={field.value}
                    onChange={(values) => field.onChange(values.map((v) => v.toUpperCase()))}
                    error={errors.idealCustomerProfile?.countries?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="idealCustomerProfile.niches"
                render={({ field }) => (
                  <TagsInput
                    label="Interests and niches"
                    description="For example hiking, camping"
                    splitChars={[","]}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.idealCustomerProfile?.niches?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="idealCustomerProfile.languages"
                render={({ field }) => (
                  <TagsInput
                    label="Languages"
                    description="Two-letter codes: en, de"
                    splitChars={[",", " "]}
                    value={field.value}
                    onChange={(values) => field.onChange(values.map((v) => v.toLowerCase()))}
                    error={errors.idealCustomerProfile?.languages?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="competitorBrands"
                render={({ field }) => (
                  <TagsInput
                    label="Competitor brands"
                    description="Used for conflict checks"
                    splitChars={[","]}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.competitorBrands?.message}
                  />
                )}
              />
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack>
              <div>
                <Title order={2} size="h3">
                  KPIs
                </Title>
                <Text size="sm" c="dimmed">
                  How success is measured. Rates as percentages, money in{" "}
                  {form.watch("currency") || "the currency"}.
                </Text>
              </div>
              {kpis.fields.map((row, index) => (
                <Fieldset key={row.id} legend={`KPI ${index + 1}`} variant="filled">
                  <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
                    <Controller
                      control={form.control}
                      name={`kpis.${index}.metric`}
                      render={({ field }) => (
                        <SelectField
                          label="Metric"
                          value={field.value}
                          onChange={field.onChange}
                          options={metrics.map((m) => ({ value: m.value, label: m.label }))}
                        />
                      )}
                    />
                    <Controller
                      control={form.control}
                      name={`kpis.${index}.comparison`}
                      render={({ field }) => (
                        <SelectField
                          label="Comparison"
                          value={field.value}
                          onChange={field.onChange}
                          options={[
                            { value: "gte", label: "at least" },
                            { value: "lte", label: "at most" },
                          ]}
                        />
                      )}
                    />
                    <Field
                      label="Target"
                      inputMode="decimal"
                      error={errors.kpis?.[index]?.target?.message}
                      {...form.register(`kpis.${index}.target`)}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end" mt="xs">
                    <Button variant="subtle" color="red" size="xs" onClick={() => kpis.remove(index)}>
                      Remove KPI {index + 1}
                    </Button>
                  </Group>
                </Fieldset>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => kpis.append({ metric: "conversions", comparison: "gte", target: "" })}
                >
                  Add a KPI
                </Button>
              </Group>
            </Stack>
          </Paper>

          <Group justify="flex-end">
            <Button type="submit" size="md" loading={form.formState.isSubmitting}>
              Create campaign
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
