/**
 * npm run bench:planner — the portfolio optimiser on 5,000 candidates with 6 constraints (issue 8 target: p95 ≤ 2 s),
 * beside a greedy value-per-cost baseline run on the same instances, and an exhaustive check of optimality on small
 * instances (target: within 1% of the optimum).
 */
import { performance } from "node:perf_hooks";
import type { Platform, Tier } from "../src/modules/creators/tiers.js";
import {
  exhaustiveOptimum,
  optimisePortfolio,
  type PlanCandidate,
  type PlanConstraints,
} from "../src/modules/planner/optimise-portfolio.js";

function generate(count: number, seed: number): PlanCandidate[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const tiers: Tier[] = ["nano", "micro", "mid", "macro", "mega"];
  const weights = [0.45, 0.35, 0.13, 0.05, 0.02];
  const platforms: Platform[] = ["instagram", "tiktok", "youtube", "linkedin"];
  const countries = ["US", "GB", "DE", "FR", "IN"];
  return Array.from({ length: count }, (_, i) => {
    let r = random();
    let tierIndex = 0;
    while (tierIndex < weights.length - 1 && r > (weights[tierIndex] ?? 1)) r -= weights[tierIndex++] ?? 0;
    const tier = tiers[tierIndex] as Tier;
    const followers = Math.round(
      ([3_000, 30_000, 200_000, 700_000, 2_000_000][tierIndex] as number) * (0.5 + random()),
    );
    const cost = Math.max(5_000, Math.round(followers * (0.6 + random() * 0.8)));
    return {
      id: `c${i}`,
      platform: platforms[Math.floor(random() * platforms.length)] as Platform,
      tier,
      country: countries[Math.floor(random() * countries.length)] as string,
      followers,
      costPerDeliverable: cost,
      valuePerDeliverable: Math.round(followers * 0.2 * (0.4 + random() * 1.6)),
      maxDeliverables: 1 + Math.floor(random() * 3),
    };
  });
}

function greedy(candidates: PlanCandidate[], budget: number): number {
  let spent = 0;
  let value = 0;
  for (const c of [...candidates].sort(
    (a, b) => b.valuePerDeliverable / b.costPerDeliverable - a.valuePerDeliverable / a.costPerDeliverable,
  )) {
    for (let n = 0; n < c.maxDeliverables && spent + c.costPerDeliverable <= budget; n++) {
      spent += c.costPerDeliverable;
      value += c.valuePerDeliverable;
    }
  }
  return value;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

const runs = Number(process.env.BENCH_RUNS ?? 20);
const optimiserTimes: number[] = [];
const greedyTimes: number[] = [];
const gaps: number[] = [];
const versusGreedy: number[] = [];
for (let run = 0; run < runs; run++) {
  const candidates = generate(5_000, 1_000 + run);
  const constraints: PlanConstraints = {
    budget: 5_000_000 + run * 250_000,
    perTier: { nano: { min: 10 }, mega: { max: 1 } },
    perPlatform: { tiktok: { min: 5 }, linkedin: { max: 10 } },
    perCountry: { US: { max: 40 } },
    maxShareOfBudget: 0.2,
  };
  let start = performance.now();
  const greedyValue = greedy(candidates, constraints.budget);
  greedyTimes.push(performance.now() - start);
  start = performance.now();
  const plan = await optimisePortfolio(candidates, constraints, { timeLimitSeconds: 1.8 });
  optimiserTimes.push(performance.now() - start);
  gaps.push(plan.gap);
  versusGreedy.push(plan.objective / greedyValue);
}

let worstSmall = 1;
for (let seed = 1; seed <= 10; seed++) {
  const candidates = generate(12, seed).map((c) => ({
    ...c,
    maxDeliverables: Math.min(c.maxDeliverables, 2),
  }));
  const constraints: PlanConstraints = {
    budget: 800_000,
    perTier: { nano: { min: 1 } },
    maxShareOfBudget: 0.5,
  };
  const optimum = exhaustiveOptimum(candidates, constraints);
  const plan = await optimisePortfolio(candidates, constraints);
  if (optimum > 0) worstSmall = Math.min(worstSmall, plan.objective / optimum);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`planner: 5,000 candidates, 6 constraints, ${runs} instances`);
console.log(`| figure | optimiser (HiGHS) | greedy baseline | ratio |`);
console.log(`| --- | --- | --- | --- |`);
console.log(
  `| p50 time | ${ms(percentile(optimiserTimes, 50))} | ${ms(percentile(greedyTimes, 50))} | ${(percentile(optimiserTimes, 50) / percentile(greedyTimes, 50)).toFixed(0)}× |`,
);
console.log(
  `| p95 time | ${ms(percentile(optimiserTimes, 95))} | ${ms(percentile(greedyTimes, 95))} | ${(percentile(optimiserTimes, 95) / percentile(greedyTimes, 95)).toFixed(0)}× |`,
);
console.log(
  `| objective vs greedy that ignores the 6 constraints (min) | ${Math.min(...versusGreedy).toFixed(4)}× | 1× | |`,
);
console.log(`| proved optimality gap (max) | ${(Math.max(...gaps) * 100).toFixed(3)}% | unknown | |`);
console.log(`| small instances vs exhaustive optimum (worst) | ${(worstSmall * 100).toFixed(2)}% | | |`);
const pass = percentile(optimiserTimes, 95) <= 2_000 && worstSmall >= 0.99 && Math.max(...gaps) <= 0.01;
console.log(
  pass
    ? "targets met: p95 ≤ 2 s, proved gap ≤ 1%, small instances within 1% of the exhaustive optimum"
    : "TARGETS MISSED",
);
process.exitCode = pass ? 0 : 1;
