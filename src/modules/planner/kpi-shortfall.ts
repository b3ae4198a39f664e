import type { PlanningGoal } from "./forecast-outcomes.js";

/** Deliverables a candidate could still add beyond the proposed mix: their price and the metric each brings. */
export interface SpareDeliverables {
  /** Minor units per deliverable. */
  cost: number;
  /** The metric one more deliverable is expected to add. */
  value: number;
  count: number;
}

export interface KpiReach {
  metric: PlanningGoal;
  /** The campaign's KPI target (at least this much). */
  target: number;
  /** What the proposed mix is expected to reach. */
  forecast: number;
  /** forecast ÷ target. */
  share: number;
  met: boolean;
  /**
   * Minor units more to close the gap: the cheapest spare deliverables per unit of the metric, whole ones, until the
   * gap is covered. 0 when met; null when every candidate's deliverables together still fall short.
   */
  extraBudget: number | null;
}

/**
 * How far the proposed mix goes towards an "at least" KPI target, and what it would cost to close the rest with
 * the candidates at hand (issue 21: say plainly when the budget cannot reach the targets, and by how much).
 */
export function kpiShortfall(
  metric: PlanningGoal,
  target: number,
  forecast: number,
  spare: SpareDeliverables[],
): KpiReach {
  const share = target > 0 ? forecast / target : 1;
  if (forecast >= target) return { metric, target, forecast, share, met: true, extraBudget: 0 };
  let gap = target - forecast;
  let extraBudget = 0;
  const cheapestFirst = spare
    .filter((s) => s.value > 0 && s.count > 0)
    .sort((a, b) => a.cost / a.value - b.cost / b.value);
  for (const s of cheapestFirst) {
    const needed = Math.min(s.count, Math.ceil(gap / s.value));
    extraBudget += needed * s.cost;
    gap -= needed * s.value;
    if (gap <= 0) return { metric, target, forecast, share, met: false, extraBudget };
  }
  return { metric, target, forecast, share, met: false, extraBudget: null };
}
