import { zodResolver } from "@hookform/resolvers/zod";
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { kpiCatalogue } from "@shared/kpi-catalogue";
import { toMajor } from "@shared/money";
import { useMemo } from "react";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import type { BodyOf } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField } from "../../components/ui";
import { countryOptions, languageOptions } from "../creators/filter-options";
import { type Campaign, toMinor } from "./types";

export type CampaignBody = BodyOf<"/api/v1/campaigns">;
type Goal = CampaignBody["goal"];
type Metric = NonNullable<CampaignBody["kpis"]>[number]["metric"];
type Tier = Campaign["idealCustomerProfile"]["tiers"][number];
type Gender = Campaign["idealCustomerProfile"]["genders"][number];

const goals: Array<{ value: Goal; label: string }> = [
  { value: "awareness", label: "Awareness: be seen by the right people" },
  { value: "consideration", label: "Consideration: get people to engage" },
  { value: "conversion", label: "Conversion: drive sign-ups and sales" },
  { value: "loyalty", label: "Loyalty: keep customers, make advocates" },
];

export const tierChoices: Array<{ value: Tier; label: string }> = [
  { value: "emerging", label: "Emerging (under 1K followers)" },
  { value: "nano", label: "Nano (1K–10K)" },
  { value: "micro", label: "Micro (10K–100K)" },
  { value: "mid", label: "Mid (100K–500K)" },
  { value: "macro", label: "Macro (500K–1M)" },
  { value: "mega", label: "Mega (1M+)" },
];

export const genderChoices: Array<{ value: Gender; label: string }> = [
  { value: "female", label: "Women" },
  { value: "male", label: "Men" },
  { value: "other", label: "Other genders" },
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

/** The stored target as a person typed it: the reverse of kpiTarget. */
function kpiText(kpi: Campaign["kpis"][number], currency: string): string {
  if (kpi.unit === "money") return String(toMajor(kpi.target, currency));
  if (kpi.unit === "fraction") return String(Math.round(kpi.target * 100 * 1e6) / 1e6);
  return String(kpi.target);
}

const age = z
  .number({ error: "Enter an age" })
  .int("Enter whole years")
  .min(13, "13 or over")
  .max(100, "100 or under");

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
      ageMin: age.nullable(),
      ageMax: age.nullable(),
      genders: z.array(z.enum(["female", "male", "other"])),
      niches: z.array(z.string()),
      languages: z.array(z.string()),
      tiers: z.array(z.enum(["emerging", "nano", "micro", "mid", "macro", "mega"])),
      personas: z.array(
        z.object({
          name: z.string().trim().min(1, "Give the persona a name"),
          description: z.string().trim().max(1000, "At most 1,000 characters"),
          motivations: z.array(z.string()),
        }),
      ),
    }),
    competitorBrands: z.array(z.string()),
    kpis: z.array(kpiRow),
  })
  .superRefine((form, ctx) => {
    if (form.startDate && form.endDate && form.endDate < form.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date" });
    if (form.budget && toMinor(form.budget, form.currency.toUpperCase()) === null)
      ctx.addIssue({ code: "custom", path: ["budget"], message: "Enter an amount such as 50000.00" });
    const { ageMin, ageMax } = form.idealCustomerProfile;
    if (ageMin !== null && ageMax !== null && ageMax < ageMin)
      ctx.addIssue({
        code: "custom",
        path: ["idealCustomerProfile", "ageMax"],
        message: "The oldest age is below the youngest",
      });
    form.kpis.forEach((kpi, index) => {
      if (kpi.target.trim() && kpiTarget(kpi, form.currency.toUpperCase()) === null)
        ctx.addIssue({
          code: "custom",
          path: ["kpis", index, "target"],
          message: "Enter a number such as 20000",
        });
    });
  });
type CampaignFormValues = z.infer<typeof campaignForm>;

const blank: CampaignFormValues = {
  name: "",
  brand: "",
  goal: "awareness",
  startDate: "",
  endDate: "",
  currency: "EUR",
  budget: "",
  attributionWindowDays: 30,
  idealCustomerProfile: {
    countries: [],
    ageMin: null,
    ageMax: null,
    genders: [],
    niches: [],
    languages: [],
    tiers: [],
    personas: [],
  },
  competitorBrands: [],
  kpis: [{ metric: "impressions", comparison: "gte", target: "" }],
};

/** A saved campaign as the form shows it, so editing starts from what is there. */
function toValues(campaign: Campaign): CampaignFormValues {
  const profile = campaign.idealCustomerProfile;
  return {
    name: campaign.name,
    brand: campaign.brand,
    goal: campaign.goal,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    currency: campaign.currency,
    budget: campaign.budget === null ? "" : String(toMajor(campaign.budget, campaign.currency)),
    attributionWindowDays: campaign.attributionWindowDays,
    idealCustomerProfile: {
      ...profile,
      personas: profile.personas.map((p) => ({ ...p, description: p.description ?? "" })),
    },
    competitorBrands: campaign.competitorBrands,
    kpis: campaign.kpis.map((k) => ({
      metric: k.metric,
      comparison: k.comparison,
      target: kpiText(k, campaign.currency),
    })),
  };
}

function toBody(form: CampaignFormValues): CampaignBody {
  const currency = form.currency.toUpperCase();
  const profile = form.idealCustomerProfile;
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
      ...profile,
      countries: profile.countries.map((c) => c.toUpperCase()),
      languages: profile.languages.map((l) => l.toLowerCase()),
      personas: profile.personas.map((p) => ({
        name: p.name,
        description: p.description || null,
        motivations: p.motivations,
      })),
    },
    competitorBrands: form.competitorBrands,
    // A KPI row left without a target is not a KPI yet.
    kpis: form.kpis
      .filter((k) => k.target.trim())
      .map((k) => ({ metric: k.metric, comparison: k.comparison, target: kpiTarget(k, currency) ?? 0 })),
  };
}

function AgeInput({
  label,
  value,
  onChange,
  onBlur,
  error,
}: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  onBlur(): void;
  error?: string;
}) {
  return (
    <NumberInput
      label={label}
      min={13}
      max={100}
      allowDecimal={false}
      value={value ?? ""}
      onChange={(v) => onChange(typeof v === "number" ? v : null)}
      onBlur={onBlur}
      error={error}
    />
  );
}

/**
 * The campaign's objectives, ideal customer and KPIs: one form to create a campaign and to change one later.
 * `onSave` sends the body; a refusal is shown at the field the server names.
 */
export function CampaignForm({
  campaign,
  submitLabel,
  onSave,
}: {
  campaign?: Campaign;
  submitLabel: string;
  onSave(body: CampaignBody): Promise<void>;
}) {
  const form = useForm<CampaignFormValues>({
    resolver: zodResolver(campaignForm),
    defaultValues: campaign ? toValues(campaign) : blank,
  });
  const kpis = useFieldArray({ control: form.control, name: "kpis" });
  const personas = useFieldArray({ control: form.control, name: "idealCustomerProfile.personas" });
  const errors = form.formState.errors;
  const profileErrors = errors.idealCustomerProfile;
  const countries = useMemo(countryOptions, []);
  const languages = useMemo(languageOptions, []);

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(toBody(values));
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
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
                hint={campaign ? "Fixed once campaign-level costs are entered" : undefined}
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
            <Controller
              control={form.control}
              name="competitorBrands"
              render={({ field }) => (
                <TagsInput
                  label="Competitor brands"
                  description="Creators who worked with them recently are flagged (conflict check)"
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
                Ideal customer
              </Title>
              <Text size="sm" c="dimmed">
                Who the campaign is for. Discovery ranks creators by how well their audience matches; leave a
                field empty for “any”.
              </Text>
            </div>
            <Controller
              control={form.control}
              name="idealCustomerProfile.countries"
              render={({ field }) => (
                <MultiSelect
                  label="Countries"
                  placeholder="Type a country"
                  searchable
                  hidePickedOptions
                  selectFirstOptionOnChange
                  nothingFoundMessage="No country by that name"
                  data={countries}
                  value={field.value}
                  onChange={field.onChange}
                  error={profileErrors?.countries?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 2 }}>
              <Controller
                control={form.control}
                name="idealCustomerProfile.ageMin"
                render={({ field }) => (
                  <AgeInput
                    label="Youngest age"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={profileErrors?.ageMin?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="idealCustomerProfile.ageMax"
                render={({ field }) => (
                  <AgeInput
                    label="Oldest age"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={profileErrors?.ageMax?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="idealCustomerProfile.genders"
              render={({ field }) => (
                <Checkbox.Group
                  label="Gender"
                  description="None ticked means any"
                  value={field.value}
                  onChange={(values) => field.onChange(values as Gender[])}
                >
                  <Group mt={4} gap="lg">
                    {genderChoices.map((g) => (
                      <Checkbox key={g.value} value={g.value} label={g.label} py={10} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Controller
              control={form.control}
              name="idealCustomerProfile.niches"
              render={({ field }) => (
                <TagsInput
                  label="Interests and niches"
                  description="For example hiking, camping. Press Enter or type a comma after each."
                  splitChars={[","]}
                  value={field.value}
                  onChange={field.onChange}
                  error={profileErrors?.niches?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="idealCustomerProfile.languages"
              render={({ field }) => (
                <MultiSelect
                  label="Languages"
                  placeholder="Type a language"
                  searchable
                  hidePickedOptions
                  selectFirstOptionOnChange
                  nothingFoundMessage="No language by that name"
                  data={languages}
                  value={field.value}
                  onChange={field.onChange}
                  error={profileErrors?.languages?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="idealCustomerProfile.tiers"
              render={({ field }) => (
                <MultiSelect
                  label="Preferred creator tiers"
                  placeholder="Any tier"
                  searchable
                  hidePickedOptions
                  selectFirstOptionOnChange
                  data={tierChoices}
                  value={field.value}
                  onChange={(values) => field.onChange(values as Tier[])}
                  error={profileErrors?.tiers?.message}
                />
              )}
            />
            <Stack gap="xs">
              <div>
                <Text fw={500} size="sm">
                  Personas
                </Text>
                <Text size="xs" c="dimmed">
                  The kinds of people the campaign speaks to, and what moves them: they guide the brief.
                </Text>
              </div>
              {personas.fields.map((row, index) => (
                <Fieldset key={row.id} legend={`Persona ${index + 1}`} variant="filled">
                  <Stack gap="xs">
                    <Field
                      label="Name"
                      required
                      placeholder="Weekend hiker"
                      error={profileErrors?.personas?.[index]?.name?.message}
                      {...form.register(`idealCustomerProfile.personas.${index}.name`)}
                    />
                    <Textarea
                      label="Who they are"
                      autosize
                      minRows={2}
                      error={profileErrors?.personas?.[index]?.description?.message}
                      {...form.register(`idealCustomerProfile.personas.${index}.description`)}
                    />
                    <Controller
                      control={form.control}
                      name={`idealCustomerProfile.personas.${index}.motivations`}
                      render={({ field }) => (
                        <TagsInput
                          label="Motivations"
                          description="What makes them buy. Press Enter or type a comma after each."
                          splitChars={[","]}
                          value={field.value}
                          onChange={field.onChange}
                        />
                      )}
                    />
                    <Group justify="flex-end">
                      <Button variant="subtle" color="red" size="xs" onClick={() => personas.remove(index)}>
                        Remove persona {index + 1}
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => personas.append({ name: "", description: "", motivations: [] })}
                >
                  Add a persona
                </Button>
              </Group>
            </Stack>
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
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
