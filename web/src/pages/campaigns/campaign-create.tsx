import { kpiCatalogue } from "@shared/kpi-catalogue";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import { post } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader, SelectField } from "../../components/ui";
import { type Campaign, toMinor } from "./types";

const goals = [
  { value: "awareness", label: "Awareness: be seen by the right people" },
  { value: "consideration", label: "Consideration: get people to engage" },
  { value: "conversion", label: "Conversion: drive sign-ups and sales" },
  { value: "loyalty", label: "Loyalty: keep customers, make advocates" },
];

/** KPI metrics from the shared catalogue; a rate is typed as a percentage, a ratio as a multiple. */
const metrics = Object.entries(kpiCatalogue).map(([value, definition]) => ({
  value,
  label:
    definition.unit === "fraction"
      ? `${definition.label} (%)`
      : definition.unit === "ratio"
        ? `${definition.label} (×)`
        : definition.label,
  unit: definition.unit,
}));

interface KpiRow {
  metric: string;
  comparison: "gte" | "lte";
  target: string;
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export function CampaignCreatePage() {
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [brand, setBrand] = useState("");
  const [goal, setGoal] = useState("awareness");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const [budget, setBudget] = useState("");
  const [window, setWindow] = useState("30");
  const [countries, setCountries] = useState("");
  const [niches, setNiches] = useState("");
  const [languages, setLanguages] = useState("");
  const [competitors, setCompetitors] = useState("");
  const [kpis, setKpis] = useState<KpiRow[]>([{ metric: "impressions", comparison: "gte", target: "" }]);
  const [error, setError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  function updateKpi(index: number, change: Partial<KpiRow>) {
    setKpis((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function kpiTarget(row: KpiRow): number | null {
    const unit = metrics.find((m) => m.value === row.metric)?.unit ?? "count";
    if (unit === "money") return toMinor(row.target, currency);
    const n = Number(row.target.replace(/,/g, ""));
    if (!row.target.trim() || !Number.isFinite(n)) return null;
    return unit === "fraction" ? n / 100 : n;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const budgetMinor = budget.trim() ? toMinor(budget, currency) : null;
    if (budget.trim() && budgetMinor === null) problems.budget = "Enter an amount such as 25000.00";
    const kpiValues = kpis
      .filter((k) => k.target.trim())
      .map((k, index) => {
        const target = kpiTarget(k);
        if (target === null) problems[`kpis.${index}.target`] = "Enter a number";
        return { metric: k.metric, comparison: k.comparison, target: target ?? 0 };
      });
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(null);
    try {
      const created = await post<Campaign>("/api/v1/campaigns", {
        name,
        goal,
        startDate,
        endDate,
        currency,
        ...(brand.trim() ? { brand } : {}),
        budget: budgetMinor,
        attributionWindowDays: Number(window),
        idealCustomerProfile: {
          countries: splitList(countries).map((c) => c.toUpperCase()),
          niches: splitList(niches),
          languages: splitList(languages).map((l) => l.toLowerCase()),
        },
        competitorBrands: splitList(competitors),
        kpis: kpiValues,
      });
      void navigate(`/campaigns/${created.id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) => localErrors[field] ?? fieldError(error, field);

  return (
    <>
      <PageHeader
        title="New campaign"
        description="Objectives first: the goal, who it is for, and how success is measured."
      />
      <form className="card" onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <h2 className="section-title">Objective</h2>
        <Field
          label="Campaign name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          error={err("name")}
        />
        <Field
          label="Brand"
          value={brand}
          onChange={(e) => setBrand(e.target.value)}
          hint="Defaults to your organisation's name"
        />
        <SelectField
          label="Primary goal"
          value={goal}
          onChange={setGoal}
          options={goals}
          error={err("goal")}
        />
        <div className="inline-form">
          <Field
            label="Start date"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            error={err("startDate")}
          />
          <Field
            label="End date"
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={err("endDate")}
          />
        </div>
        <div className="inline-form">
          <Field
            label="Currency"
            value={currency}
            maxLength={3}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            error={err("currency")}
          />
          <Field
            label="Budget"
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            hint="For example 50000.00"
            error={err("budget")}
          />
          <Field
            label="Attribution window (days)"
            type="number"
            min={1}
            max={365}
            value={window}
            onChange={(e) => setWindow(e.target.value)}
            error={err("attributionWindowDays")}
          />
        </div>
        <h2 className="section-title">Ideal customer</h2>
        <Field
          label="Target countries"
          value={countries}
          onChange={(e) => setCountries(e.target.value)}
          hint="ISO codes, comma-separated: DE, GB, US"
          error={err("idealCustomerProfile.countries")}
        />
        <Field
          label="Interests and niches"
          value={niches}
          onChange={(e) => setNiches(e.target.value)}
          hint="Comma-separated: hiking, camping"
        />
        <Field
          label="Languages"
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
          hint="ISO codes: en, de"
          error={err("idealCustomerProfile.languages")}
        />
        <Field
          label="Competitor brands"
          value={competitors}
          onChange={(e) => setCompetitors(e.target.value)}
          hint="Used for conflict checks"
        />
        <h2 className="section-title">KPIs</h2>
        {kpis.map((kpi, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own.
          <fieldset className="inline-form" key={index}>
            <legend className="muted">KPI {index + 1}</legend>
            <SelectField
              label="Metric"
              value={kpi.metric}
              onChange={(metric) => updateKpi(index, { metric })}
              options={metrics.map((m) => ({ value: m.value, label: m.label }))}
            />
            <SelectField
              label="Comparison"
              value={kpi.comparison}
              onChange={(comparison) => updateKpi(index, { comparison: comparison as KpiRow["comparison"] })}
              options={[
                { value: "gte", label: "at least" },
                { value: "lte", label: "at most" },
              ]}
            />
            <Field
              label="Target"
              inputMode="decimal"
              value={kpi.target}
              onChange={(e) => updateKpi(index, { target: e.target.value })}
              error={err(`kpis.${index}.target`)}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setKpis((rows) => rows.filter((_, i) => i !== index))}
            >
              Remove KPI {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            setKpis((rows) => [...rows, { metric: "conversions", comparison: "gte", target: "" }])
          }
        >
          Add a KPI
        </button>
        <div className="row-actions">
          <button className="button" type="submit" disabled={busy}>
            Create campaign
          </button>
        </div>
      </form>
    </>
  );
}
