import { NumberInput, Select, SimpleGrid, Text } from "@mantine/core";
import type { operations } from "../../api/schema";
import { countryOptions } from "./filter-options";

type SearchQuery = NonNullable<operations["searchCreators"]["parameters"]["query"]>;

/** Audience make-up filters as typed: shares are percentages on screen and fractions in the address and the API. */
export interface AudienceFilters {
  audienceCountry: string;
  minAudienceCountryPercent: string;
  audienceAge: string;
  minAudienceAgePercent: string;
  audienceGender: string;
  minAudienceGenderPercent: string;
}

export const emptyAudience: AudienceFilters = {
  audienceCountry: "",
  minAudienceCountryPercent: "",
  audienceAge: "",
  minAudienceAgePercent: "",
  audienceGender: "",
  minAudienceGenderPercent: "",
};

const ageBuckets = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
const genders = [
  { value: "female", label: "Women" },
  { value: "male", label: "Men" },
  { value: "other", label: "Other" },
];

/** Each pair of a filter: its value, its minimum share, and the API's names for them. */
const pairs = [
  ["audienceCountry", "minAudienceCountryPercent", "minAudienceCountryShare"],
  ["audienceAge", "minAudienceAgePercent", "minAudienceAgeShare"],
  ["audienceGender", "minAudienceGenderPercent", "minAudienceGenderShare"],
] as const;

/** How many audience filters are complete (a value with its share). */
export const audienceSet = (a: AudienceFilters) =>
  pairs.filter(([key, percent]) => a[key] && a[percent]).length;

export function audienceToParams(params: URLSearchParams, a: AudienceFilters): void {
  for (const [key, percent, share] of pairs)
    if (a[key] && a[percent].trim()) {
      params.set(key, a[key]);
      params.set(share, String(Number(a[percent]) / 100));
    }
}

export function audienceFromParams(params: URLSearchParams): AudienceFilters {
  const next = { ...emptyAudience };
  for (const [key, percent, share] of pairs) {
    const value = params.get(key);
    const fraction = params.get(share);
    if (value && fraction) {
      next[key] = value;
      next[percent] = String(Math.round(Number(fraction) * 10_000) / 100);
    }
  }
  return next;
}

export function audienceToQuery(a: AudienceFilters): Partial<SearchQuery> {
  const query: Partial<SearchQuery> = {};
  const share = (percent: string) => Number(percent) / 100;
  if (a.audienceCountry && a.minAudienceCountryPercent.trim()) {
    query.audienceCountry = a.audienceCountry;
    query.minAudienceCountryShare = share(a.minAudienceCountryPercent);
  }
  if (a.audienceAge && a.minAudienceAgePercent.trim()) {
    query.audienceAge = a.audienceAge as SearchQuery["audienceAge"];
    query.minAudienceAgeShare = share(a.minAudienceAgePercent);
  }
  if (a.audienceGender && a.minAudienceGenderPercent.trim()) {
    query.audienceGender = a.audienceGender as SearchQuery["audienceGender"];
    query.minAudienceGenderShare = share(a.minAudienceGenderPercent);
  }
  return query;
}

/** "At least x% of the audience in/aged/of …": accounts without audience data never match. */
export function AudienceFilterFields({
  value,
  onChange,
}: {
  value: AudienceFilters;
  onChange(next: AudienceFilters): void;
}) {
  const set = (key: keyof AudienceFilters, v: string) => onChange({ ...value, [key]: v });
  const percent = (key: keyof AudienceFilters, label: string) => (
    <NumberInput
      label={label}
      min={0}
      max={100}
      suffix="%"
      decimalScale={1}
      value={value[key]}
      onChange={(v) => set(key, String(v))}
    />
  );
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-label="Audience make-up">
      <Text size="sm" fw={600} mt="xs" mb={4}>
        Audience make-up{" "}
        <Text span size="xs" c="dimmed" fw={400}>
          (accounts without audience data are left out)
        </Text>
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" verticalSpacing="xs">
        <Select
          label="Audience country"
          searchable
          clearable
          data={countryOptions()}
          value={value.audienceCountry || null}
          onChange={(v) => set("audienceCountry", v ?? "")}
        />
        {percent("minAudienceCountryPercent", "At least (country)")}
        <Select
          label="Audience age"
          clearable
          data={ageBuckets}
          value={value.audienceAge || null}
          onChange={(v) => set("audienceAge", v ?? "")}
        />
        {percent("minAudienceAgePercent", "At least (age)")}
        <Select
          label="Audience gender"
          clearable
          data={genders}
          value={value.audienceGender || null}
          onChange={(v) => set("audienceGender", v ?? "")}
        />
        {percent("minAudienceGenderPercent", "At least (gender)")}
      </SimpleGrid>
    </fieldset>
  );
}
