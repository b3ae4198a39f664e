import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../../test-support/databases.js";
import { seedLightDemo } from "../../test-support/demo.js";
import { listAccountsForPlanning } from "../creators/list-accounts-for-planning.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import { getCampaignReport } from "../reports/get-campaign-report.js";
import { forecastOutcomes } from "./forecast-outcomes.js";
import { checkedMetrics, checkForecasts } from "./forecast-vs-actual.js";

describeEachDatabase("forecast vs actual on the measured demo campaign", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("forecasts each creator's posts from what was known before, beside the measured figures", async () => {
    const { db } = test.database;
    const { organisationId, measured: summit } = await seedLightDemo(db);
    const report = await getCampaignReport(db, organisationId, summit.id);
    const result = await checkForecasts(db, organisationId, report);

    // Nothing ended before the demo's first campaign: its forecasts are the planner's priors alone.
    expect(result.basedOnCampaigns).toBe(0);
    const posted = report.byCreator.filter((row) => row.posts > 0);
    expect(result.byCreator.map((c) => c.creatorId).sort()).toEqual(posted.map((r) => r.creatorId).sort());

    const { items: posts } = await listCampaignPosts(db, organisationId, summit.id);
    const accounts = await listAccountsForPlanning(db, organisationId, {
      creatorIds: posted.map((r) => r.creatorId),
      limit: 1_000,
    });
    const averageOrderValue = report.totals.revenue / report.totals.orders;
    for (const checked of result.byCreator) {
      const row = posted.find((r) => r.creatorId === checked.creatorId);
      if (!row) throw new Error("creator not in the report");
      // The forecast is the planner's, summed over the creator's own posts.
      const expected = { reach: 0, engagements: 0, clicks: 0, conversions: 0 };
      for (const post of posts.filter((p) => p.creatorId === checked.creatorId)) {
        const account = accounts.find(
          (a) => a.creatorId === checked.creatorId && a.platform === post.platform,
        );
        if (!account) throw new Error("post without an account on its platform");
        const one = forecastOutcomes({
          platform: post.platform,
          format: post.format,
          followers: account.followers,
          engagementRate: account.engagementRate,
          postsObserved: Math.min(account.postsCount ?? 12, 30),
          averageOrderValue,
          paidSpend: post.paidSpend,
        });
        for (const metric of checkedMetrics) expected[metric] += one[metric].expected;
      }
      for (const metric of checkedMetrics)
        expect(checked.metrics[metric].forecast.expected).toBeCloseTo(expected[metric], 6);
      // The actuals are the report's measured figures.
      expect(checked.metrics.clicks.actual).toBe(row.clicks);
      expect(checked.metrics.conversions.actual).toBe(row.orders);
      expect(checked.metrics.reach.actual).toBe(row.basis.reach === "measured" ? row.reach : null);
      const clicks = checked.metrics.clicks;
      expect(clicks.withinInterval).toBe(
        row.clicks >= clicks.forecast.low && row.clicks <= clicks.forecast.high,
      );
      expect(clicks.ratio).toBeCloseTo(row.clicks / clicks.forecast.expected, 9);
    }

    // The demo posts carry measured metrics, so reach is checked for every creator who posted.
    expect(result.summary.reach.creators).toBe(result.byCreator.length);
    for (const metric of checkedMetrics) {
      const checked = result.byCreator.map((c) => c.metrics[metric]).filter((m) => m.actual !== null);
      expect(result.summary[metric].creators).toBe(checked.length);
      expect(result.summary[metric].withinInterval).toBeCloseTo(
        checked.filter((m) => m.withinInterval).length / checked.length,
        9,
      );
    }
  });
});
