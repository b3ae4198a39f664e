import { invalidField } from "../../http/errors.js";
import { isCurrency } from "../../shared/money.js";
import {
  dayMs,
  earliestDay,
  isCalendarDay,
  isDayInRange,
  latestDay,
  maxCampaignDays,
} from "../../shared/time.js";
import { type CampaignGoal, type KpiComparison, type KpiMetric, kpiCatalogue } from "./goals.js";
import type { CampaignCustomerProfile, Persona } from "./ideal-customer-profile.js";

export interface KpiInput {
  metric: KpiMetric;
  comparison: KpiComparison;
  target: number;
}

export interface CampaignInput {
  name: string;
  goal: CampaignGoal;
  startDate: string;
  endDate: string;
  currency: string;
  brand?: string;
  budget?: number | null;
  attributionWindowDays?: number;
  idealCustomerProfile?: Partial<Omit<CampaignCustomerProfile, "personas">> & {
    personas?: Array<Omit<Persona, "description"> & { description?: string | null }>;
  };
  competitorBrands?: string[];
  kpis?: KpiInput[];
}

export function assertDate(field: string, value: string): void {
  if (!isCalendarDay(value)) throw invalidField(field, "use a real calendar date, YYYY-MM-DD");
  if (!isDayInRange(value)) throw invalidField(field, `use a date between ${earliestDay} and ${latestDay}`);
}

export function assertCurrency(field: string, currency: string): void {
  if (!isCurrency(currency)) throw invalidField(field, "use an ISO 4217 currency code such as EUR");
}

export function assertDateOrder(startDate: string, endDate: string): void {
  assertDate("startDate", startDate);
  assertDate("endDate", endDate);
  if (endDate < startDate) throw invalidField("endDate", "must be on or after startDate");
  if (Date.parse(endDate) - Date.parse(startDate) > maxCampaignDays * dayMs)
    throw invalidField("endDate", "a campaign runs at most five years");
}

export function assertKpis(kpis: KpiInput[]): void {
  kpis.forEach((kpi, index) => {
    const field = `kpis.${index}.target`;
    const unit = kpiCatalogue[kpi.metric].unit;
    if (!Number.isFinite(kpi.target) || kpi.target < 0) throw invalidField(field, "must be zero or more");
    if ((unit === "count" || unit === "money") && !Number.isInteger(kpi.target))
      throw invalidField(
        field,
        unit === "money" ? "money is a whole number of minor units" : "must be a whole number",
      );
    if (unit === "fraction" && kpi.target > 1)
      throw invalidField(field, "a rate is a fraction from 0 to 1 (0–100%)");
  });
  const seen = new Set<string>();
  kpis.forEach((kpi, index) => {
    const key = `${kpi.metric}:${kpi.comparison}`;
    if (seen.has(key))
      throw invalidField(`kpis.${index}.metric`, "this metric and comparison is already a KPI");
    seen.add(key);
  });
}

export function normaliseProfile(input: CampaignInput["idealCustomerProfile"] = {}): CampaignCustomerProfile {
  const profile: CampaignCustomerProfile = {
    countries: [...new Set((input.countries ?? []).map((c) => c.toUpperCase()))],
    ageMin: input.ageMin ?? null,
    ageMax: input.ageMax ?? null,
    genders: [...new Set(input.genders ?? [])],
    niches: [...new Set((input.niches ?? []).map((n) => n.trim().toLowerCase()).filter(Boolean))],
    languages: [...new Set((input.languages ?? []).map((l) => l.toLowerCase()))],
    tiers: [...new Set(input.tiers ?? [])],
    personas: (input.personas ?? []).map((persona) => ({
      name: persona.name.trim(),
      description: persona.description?.trim() || null,
      motivations: [...new Set(persona.motivations.map((m) => m.trim()).filter(Boolean))],
    })),
  };
  const names = new Set<string>();
  profile.personas.forEach((persona, index) => {
    const field = `idealCustomerProfile.personas.${index}.name`;
    if (!persona.name) throw invalidField(field, "give the persona a name");
    // The name is how people tell personas apart in the brief and on the campaign page.
    if (names.has(persona.name.toLowerCase()))
      throw invalidField(field, "another persona already has this name");
    names.add(persona.name.toLowerCase());
  });
  if (profile.ageMin !== null && profile.ageMax !== null && profile.ageMax < profile.ageMin)
    throw invalidField("idealCustomerProfile.ageMax", "must be at least ageMin");
  return profile;
}
