import highsModule, { type Highs } from "highs";
import type { Platform, Tier } from "../creators/tiers.js";

export interface PlanCandidate {
  /** Social account id: one creator may be a candidate once per account. */
  id: string;
  platform: Platform;
  tier: Tier;
  country: string | null;
  followers: number;
  /** Expected fee of one deliverable, minor units. */
  costPerDeliverable: number;
  /** Expected goal metric of one deliverable (reach, clicks, revenue…). */
  valuePerDeliverable: number;
  maxDeliverables: number;
}

export interface CountRange {
  min?: number;
  max?: number;
}

export interface PlanConstraints {
  /** Minor units. */
  budget: number;
  /** How many creators of each tier, platform or audience country to choose. */
  perTier?: Partial<Record<Tier, CountRange>>;
  perPlatform?: Partial<Record<Platform, CountRange>>;
  perCountry?: Record<string, CountRange>;
  /** No one creator may take more than this fraction of the budget. */
  maxShareOfBudget?: number;
  /** Pairs of candidates whose audiences overlap too much to choose both. */
  overlappingPairs?: Array<[string, string]>;
}

export interface PortfolioSelection {
  id: string;
  deliverables: number;
  cost: number;
  value: number;
}

export interface PortfolioPlan {
  /** optimal: proved; near-optimal: the core was solved exactly and `gap` bounds the rest; time-limit: best found in time. */
  status: "optimal" | "near-optimal" | "time-limit" | "infeasible";
  selections: PortfolioSelection[];
  objective: number;
  cost: number;
  /** An upper bound on the best achievable objective (the LP relaxation); the optimum lies between objective and it. */
  upperBound: number;
  /** (upperBound − objective) / upperBound: how far from optimal the plan can at most be. */
  gap: number;
}

// The package's types describe its CommonJS build; Node's ESM import resolves its .mjs build, whose default is the loader.
const loadHighs = highsModule as unknown as () => Promise<Highs>;
let highsInstance: Promise<Highs> | null = null;
function highs(): Promise<Highs> {
  highsInstance ??= loadHighs();
  return highsInstance;
}

function maxUnits(candidate: PlanCandidate, constraints: PlanConstraints): number {
  const cap = constraints.budget * (constraints.maxShareOfBudget ?? 1);
  if (candidate.costPerDeliverable <= 0) return candidate.maxDeliverables;
  return Math.max(0, Math.min(candidate.maxDeliverables, Math.floor(cap / candidate.costPerDeliverable)));
}

/** Variable names: u{i}_{k} = 1 when candidate i delivers at least k deliverables; u{i}_1 means "chosen". */
const unit = (i: number, k: number) => `u${i}_${k}`;

/**
 * The model in CPLEX LP format, one binary per possible deliverable with u{i}_{k+1} ≤ u{i}_{k}. This "unary" form
 * has no big-M links, so its LP relaxation is tight (a knapsack with a few side constraints). Variables in `fixed`
 * are folded into the constants, so a core problem stays small.
 */
function buildModel(
  candidates: PlanCandidate[],
  constraints: PlanConstraints,
  integral: boolean,
  fixed: ReadonlyMap<string, number> = new Map(),
): string {
  const units = candidates.map((c) => maxUnits(c, constraints));
  const free: Array<{ i: number; k: number; name: string }> = [];
  let fixedCost = 0;
  const fixedChosen = new Set<number>();
  candidates.forEach((c, i) => {
    for (let k = 1; k <= (units[i] ?? 0); k++) {
      const name = unit(i, k);
      const value = fixed.get(name);
      if (value === undefined) free.push({ i, k, name });
      else if (value === 1) {
        fixedCost += c.costPerDeliverable;
        if (k === 1) fixedChosen.add(i);
      }
    }
  });
  const freeNames = new Set(free.map((f) => f.name));
  const sum = (entries: Array<{ weight: number; name: string }>) =>
    entries.length > 0 ? entries.map((e) => `${e.weight} ${e.name}`).join(" + ") : "0 __none";
  const rows = [
    ` budget: ${sum(free.map((f) => ({ weight: candidates[f.i]?.costPerDeliverable ?? 0, name: f.name })))} <= ${constraints.budget - fixedCost}`,
  ];
  for (const f of free) {
    if (f.k === 1) continue;
    const previous = unit(f.i, f.k - 1);
    if (freeNames.has(previous)) rows.push(` order_${f.name}: ${f.name} - ${previous} <= 0`);
  }
  const groups = <K extends string>(
    prefix: string,
    key: (c: PlanCandidate) => K | null,
    ranges: Partial<Record<K, CountRange>> | undefined,
  ) => {
    Object.entries(ranges ?? {}).forEach(([group, value], g) => {
      const range = value as CountRange;
      const members = candidates.flatMap((c, i) => (key(c) === group ? [i] : []));
      const already = members.filter((i) => fixedChosen.has(i)).length;
      const open = members
        .filter((i) => freeNames.has(unit(i, 1)))
        .map((i) => ({ weight: 1, name: unit(i, 1) }));
      if (range.min !== undefined) rows.push(` ${prefix}${g}_min: ${sum(open)} >= ${range.min - already}`);
      if (range.max !== undefined) rows.push(` ${prefix}${g}_max: ${sum(open)} <= ${range.max - already}`);
    });
  };
  groups("tier", (c) => c.tier, constraints.perTier);
  groups("platform", (c) => c.platform, constraints.perPlatform);
  groups("country", (c) => c.country, constraints.perCountry);
  const index = new Map(candidates.map((c, i) => [c.id, i]));
  (constraints.overlappingPairs ?? []).forEach(([a, b], n) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return;
    const chosen = [i, j].filter((x) => fixedChosen.has(x)).length;
    const open = [i, j]
      .filter((x) => freeNames.has(unit(x, 1)))
      .map((x) => ({ weight: 1, name: unit(x, 1) }));
    rows.push(` overlap${n}: ${sum(open)} <= ${1 - chosen}`);
  });
  const lines = [
    "Maximize",
    ` value: ${sum(free.map((f) => ({ weight: candidates[f.i]?.valuePerDeliverable ?? 0, name: f.name })))}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...free.map((f) => ` 0 <= ${f.name} <= 1`),
    " __none = 0",
  ];
  if (integral) lines.push("Binaries", ` ${free.map((f) => f.name).join(" ")} __none`);
  lines.push("End");
  return lines.join("\n");
}

/** How many binaries, nearest to the LP's choice, the first core problem leaves free. */
const initialCoreSize = 200;

interface SolverColumn {
  Name: string;
  Primal: number;
  Dual?: number;
}

/**
 * Chooses creators and deliverables to maximise the goal within the budget and constraints: an integer programme.
 * The LP relaxation (HiGHS) gives a proved upper bound and reduced costs; variables far from the margin keep their LP
 * value and the few hundred nearest to it (the "core") are solved by branch-and-cut (HiGHS). While the plan is further
 * than `targetGap` from the bound and time remains, the core grows. The plan states its gap to the bound, so it says
 * how close to optimal it is proved to be.
 */
export async function optimisePortfolio(
  candidates: PlanCandidate[],
  constraints: PlanConstraints,
  options: { timeLimitSeconds?: number; targetGap?: number } = {},
): Promise<PortfolioPlan> {
  const solver = await highs();
  const deadline = performance.now() + (options.timeLimitSeconds ?? 1.5) * 1_000;
  const targetGap = options.targetGap ?? 0.002;
  const secondsLeft = () => Math.max(0.05, (deadline - performance.now()) / 1_000);
  const infeasible: PortfolioPlan = {
    status: "infeasible",
    selections: [],
    objective: 0,
    cost: 0,
    upperBound: 0,
    gap: 0,
  };

  const relaxation = solver.solve(buildModel(candidates, constraints, false), {
    output_flag: false,
    time_limit: secondsLeft(),
  });
  if (relaxation.Status === "Infeasible" || relaxation.Status === "Primal infeasible or unbounded")
    return infeasible;
  if (relaxation.Status !== "Optimal")
    throw new Error(`the LP relaxation stopped with status "${relaxation.Status}"`);
  const upperBound = relaxation.ObjectiveValue;
  const columns = (Object.values(relaxation.Columns) as SolverColumn[]).filter((c) => c.Name !== "__none");
  const byMargin = [...columns].sort((a, b) => Math.abs(a.Dual ?? 0) - Math.abs(b.Dual ?? 0));

  let best: PortfolioPlan | null = null;
  for (let coreSize = initialCoreSize; ; coreSize *= 4) {
    const free = new Set(byMargin.slice(0, coreSize).map((c) => c.Name));
    const fixed = new Map<string, number>();
    for (const column of columns) {
      const integral = Math.abs(column.Primal - Math.round(column.Primal)) < 1e-9;
      if (!free.has(column.Name) && integral) fixed.set(column.Name, Math.round(column.Primal));
    }
    // The core needs to be optimal only to a small share of the whole plan's value, not of its own.
    const solution = solver.solve(buildModel(candidates, constraints, true, fixed), {
      output_flag: false,
      time_limit: secondsLeft(),
      mip_abs_gap: Math.max(1e-6, upperBound * targetGap * 0.25),
    });
    const solved =
      (solution.Status === "Optimal" || solution.Status === "Time limit reached") &&
      Number.isFinite(solution.ObjectiveValue);
    if (solved) {
      const taken = (name: string) => fixed.get(name) ?? Math.round(solution.Columns[name]?.Primal ?? 0);
      const selections = candidates.flatMap((candidate, i) => {
        let deliverables = 0;
        while (taken(unit(i, deliverables + 1)) === 1) deliverables += 1;
        return deliverables > 0
          ? [
              {
                id: candidate.id,
                deliverables,
                cost: deliverables * candidate.costPerDeliverable,
                value: deliverables * candidate.valuePerDeliverable,
              },
            ]
          : [];
      });
      const objective = selections.reduce((sum, s) => sum + s.value, 0);
      const bound = Math.max(objective, upperBound);
      const plan: PortfolioPlan = {
        status: solution.Status !== "Optimal" ? "time-limit" : fixed.size === 0 ? "optimal" : "near-optimal",
        selections,
        objective,
        cost: selections.reduce((sum, s) => sum + s.cost, 0),
        upperBound: bound,
        gap: bound > 0 ? (bound - objective) / bound : 0,
      };
      if (!best || plan.objective > best.objective) best = plan;
    } else if (fixed.size === 0 && solution.Status === "Infeasible") {
      return infeasible;
    }
    const done =
      fixed.size === 0 || (best !== null && best.gap <= targetGap) || performance.now() >= deadline;
    if (done) return best ?? (fixed.size === 0 ? infeasible : { ...infeasible, status: "time-limit" });
  }
}

/** Every combination, for small instances: the proof that the optimiser finds the optimum (tests and the bench). */
export function exhaustiveOptimum(candidates: PlanCandidate[], constraints: PlanConstraints): number {
  const limits = candidates.map((c) => maxUnits(c, constraints));
  const counts = new Array<number>(candidates.length).fill(0);
  const within = (range: CountRange | undefined, n: number) =>
    !range || ((range.min ?? 0) <= n && n <= (range.max ?? Number.POSITIVE_INFINITY));
  let best = Number.NEGATIVE_INFINITY;
  const visit = (i: number, cost: number, value: number): void => {
    if (cost > constraints.budget) return;
    if (i === candidates.length) {
      const chosen = candidates.filter((_, k) => (counts[k] ?? 0) > 0);
      const countBy = <K extends string>(
        key: (c: PlanCandidate) => K | null,
        ranges: Partial<Record<K, CountRange>> | undefined,
      ) =>
        Object.entries(ranges ?? {}).every(([group, range]) =>
          within(range as CountRange, chosen.filter((c) => key(c) === group).length),
        );
      const pairsOk = (constraints.overlappingPairs ?? []).every(
        ([a, b]) => !(chosen.some((c) => c.id === a) && chosen.some((c) => c.id === b)),
      );
      if (
        countBy((c) => c.tier, constraints.perTier) &&
        countBy((c) => c.platform, constraints.perPlatform) &&
        countBy((c) => c.country, constraints.perCountry) &&
        pairsOk
      )
        best = Math.max(best, value);
      return;
    }
    const candidate = candidates[i] as PlanCandidate;
    for (let n = 0; n <= (limits[i] ?? 0); n++) {
      counts[i] = n;
      visit(i + 1, cost + n * candidate.costPerDeliverable, value + n * candidate.valuePerDeliverable);
    }
    counts[i] = 0;
  };
  visit(0, 0, 0);
  return best;
}
