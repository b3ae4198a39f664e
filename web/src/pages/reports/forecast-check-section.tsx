import { useEffect, useState } from "react";
import { get } from "../../api";
import { ErrorAlert } from "../../components/ui";
import { formatCount, formatRate } from "../../format";

const checkedMetrics = ["reach", "engagements", "clicks", "conversions"] as const;
type CheckedMetric = (typeof checkedMetrics)[number];

interface MetricCheck {
  forecast: { expected: number; low: number; high: number };
  actual: number | null;
  withinInterval: boolean | null;
  ratio: number | null;
}

interface ForecastCheck {
  basedOnCampaigns: number;
  byCreator: Array<{
    creatorId: string;
    name: string;
    posts: number;
    metrics: Record<CheckedMetric, MetricCheck>;
  }>;
  summary: Record<
    CheckedMetric,
    { creators: number; withinInterval: number | null; medianRatio: number | null }
  >;
}

const labels: Record<CheckedMetric, string> = {
  reach: "Reach",
  engagements: "Engagements",
  clicks: "Clicks",
  conversions: "Orders",
};

function MetricCell({ check }: { check: MetricCheck }) {
  const { forecast, actual, withinInterval } = check;
  return (
    <td className="num">
      {actual === null ? (
        <span
          className="muted small"
          title="only an estimate was reported; an estimate cannot check a forecast"
        >
          — not measured
        </span>
      ) : (
        <>
          {formatCount(actual)}{" "}
          <span
            className={withinInterval ? "badge forecast-in" : "badge forecast-out"}
            title={withinInterval ? "inside the forecast's 80% range" : "outside the forecast's 80% range"}
          >
            {withinInterval ? "in range" : actual > forecast.high ? "above" : "below"}
          </span>
        </>
      )}
      <div className="muted small">
        forecast {formatCount(forecast.low)}–{formatCount(forecast.high)}
      </div>
    </td>
  );
}

/** The planner's forecast for the posts made, beside what was measured: how far the model can be trusted. */
export function ForecastCheckSection({ campaignId }: { campaignId: string }) {
  const [check, setCheck] = useState<ForecastCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<ForecastCheck>(`/api/v1/campaigns/${campaignId}/forecast-check`).then(setCheck, setError);
  }, [campaignId]);
  if (error) return <ErrorAlert error={error} />;
  if (!check || check.byCreator.length === 0) return null;
  return (
    <section aria-labelledby="forecast-check-title">
      <h2 id="forecast-check-title" className="section-title">
        Forecast vs actual
      </h2>
      <p className="muted">
        What the planner forecasts for the posts each creator made
        {check.basedOnCampaigns > 0
          ? `, learning from ${check.basedOnCampaigns} campaigns that ended before this one began`
          : ", from its priors alone (no measured campaign ended before this one began)"}
        . An honest 80% range holds about 8 actuals in 10.
      </p>
      <ul className="forecast-summary">
        {checkedMetrics.map((metric) => {
          const s = check.summary[metric];
          return (
            <li key={metric}>
              <strong>{labels[metric]}</strong>:{" "}
              {s.withinInterval === null
                ? "not measured"
                : `${formatRate(s.withinInterval, 0)} of ${s.creators} inside the range`}
              {s.medianRatio !== null ? `, median actual ÷ forecast ${s.medianRatio.toFixed(2)}×` : ""}
            </li>
          );
        })}
      </ul>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col" className="num">
                Posts
              </th>
              {checkedMetrics.map((metric) => (
                <th key={metric} scope="col" className="num">
                  {labels[metric]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {check.byCreator.map((row) => (
              <tr key={row.creatorId}>
                <td>{row.name}</td>
                <td className="num">{row.posts}</td>
                {checkedMetrics.map((metric) => (
                  <MetricCell key={metric} check={row.metrics[metric]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
