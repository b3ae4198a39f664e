import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { campaignWindowEnd, dayOf, daysFrom, startOfDay } from "../../shared/time.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listCampaignCosts } from "../campaigns/list-campaign-costs.js";
import { listCampaignCreators } from "../campaigns/list-campaign-creators.js";
import { costOfCreator, productValue } from "../contracts/compensation.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { ContractView } from "../contracts/offer-view.js";
import { tookEffectByCreator } from "../contracts/took-effect.js";
import {
  type OtherCurrencyOrders,
  summariseCampaignConversions,
} from "../conversions/summarise-campaign-conversions.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import type { LivePostView } from "../posts/post-view.js";
import { firstLinkCreatedAt } from "../tracking/first-link-created.js";
import { getLinkAnalytics } from "../tracking/link-analytics.js";
import {
  buildCampaignReport,
  type CampaignReport,
  type ReportCreatorInput,
} from "./build-campaign-report.js";

export interface CampaignReportResponse extends CampaignReport {
  campaignId: string;
  /** Cost by the day it was incurred (M7), adding up to the total cost: what "spend vs results over time" plots. */
  spendByDay: Array<{ day: string; cost: number }>;
  /** Orders in other currencies (counted in orders): count and net revenue per currency, never converted (M13). */
  otherCurrencies: OtherCurrencyOrders[];
  codeClickConflicts: number;
  clicksFromBots: number;
}

/**
 * When the campaign's cost fell (M7): fixed fees and seeded products on the day their trigger happened (signing, or
 * the creator's first live post for approval and going live, as the payout ledger has it), paid amplification spread
 * evenly over its dates, campaign-level costs on the day entered for them, and the rest of the cost — commissions and bonuses, which follow sales — spread over the
 * days in proportion to their attributed revenue (on the campaign's last day when there was none). The days add up
 * to the report's total cost.
 */
function spendByDay(
  report: CampaignReport,
  contracts: ContractView[],
  posts: LivePostView[],
  campaignCosts: Array<{ incurredOn: string; amount: number }>,
  endDate: string,
): Array<{ day: string; cost: number }> {
  const spend = new Map<string, number>();
  const add = (day: string, amount: number) => spend.set(day, (spend.get(day) ?? 0) + amount);
  for (const cost of campaignCosts) add(cost.incurredOn, cost.amount);
  const firstLive = new Map<string, string>();
  for (const post of posts) {
    const known = firstLive.get(post.creatorId);
    if (!known || post.postedAt < known) firstLive.set(post.creatorId, post.postedAt);
  }
  for (const contract of contracts) {
    for (const installment of contract.installments) {
      const at =
        installment.trigger === "on_signing" ? contract.acceptedAt : firstLive.get(contract.creatorId);
      if (at) add(dayOf(at), installment.amount);
    }
    const products = productValue(contract.terms.compensation);
    if (products > 0) add(dayOf(contract.acceptedAt), products);
  }
  for (const post of posts)
    for (const paid of post.amplifications) {
      const days = daysFrom(paid.startDate, paid.endDate);
      const each = Math.floor(paid.spend / days.length);
      for (const [i, day] of days.entries())
        add(day, i === days.length - 1 ? paid.spend - each * (days.length - 1) : each);
    }
  let rest = report.totals.cost - [...spend.values()].reduce((sum, cost) => sum + cost, 0);
  const revenueDays = report.byDay.filter((d) => d.revenue > 0);
  const revenue = revenueDays.reduce((sum, d) => sum + d.revenue, 0);
  if (rest !== 0 && revenue > 0) {
    const total = rest;
    for (const [i, d] of revenueDays.entries()) {
      const share = i === revenueDays.length - 1 ? rest : Math.round((total * d.revenue) / revenue);
      add(d.day, share);
      rest -= share;
    }
  } else if (rest !== 0) add(endDate, rest);
  return [...spend].map(([day, cost]) => ({ day, cost })).sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Loads what the report needs through each module's own functions (pipeline, contracts, posts, clicks rolled up per
 * hour, conversions aggregated per creator) and hands it to the pure report builder.
 */
export async function getCampaignReport(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  now = new Date(),
): Promise<CampaignReportResponse> {
  const [campaign, firstLink] = await Promise.all([
    getCampaign(db, organisationId, campaignId),
    firstLinkCreatedAt(db, organisationId, campaignId),
  ]);
  const to = new Date(Math.max(now.getTime(), Date.parse(campaignWindowEnd(campaign)))).toISOString();
  // M13 One window: clicks through the campaign's links count from the first link's creation, as orders, leads,
  // costs and posts do (none of them is cut at the start date), so the report and link analytics agree.
  const fromDay = firstLink && dayOf(firstLink) < campaign.startDate ? dayOf(firstLink) : campaign.startDate;
  const [{ items: pipeline }, { items: contractVersions }, { items: posts }, clicks, conversions, costs] =
    await Promise.all([
      listCampaignCreators(db, organisationId, campaignId),
      listContracts(db, organisationId, { campaignId }),
      listCampaignPosts(db, organisationId, campaignId),
      getLinkAnalytics(
        db,
        organisationId,
        { campaignId },
        { from: startOfDay(fromDay), to, granularity: "day" },
        { now, breakdowns: false },
      ),
      summariseCampaignConversions(db, organisationId, campaignId, campaign.currency),
      listCampaignCosts(db, organisationId, campaignId),
    ]);
  const contracts = contractVersions.filter((c) => c.status === "in_force");
  const tookEffect = tookEffectByCreator(contractVersions);

  const clicksByCreator = new Map(clicks.byCreator.map((c) => [c.creatorId, c.clicks]));
  const conversionsByCreator = new Map(conversions.byCreator.map((c) => [c.creatorId, c]));
  const contractByCreator = new Map(contracts.map((c) => [c.creatorId, c]));
  const active = pipeline.filter(
    (p) =>
      contractByCreator.has(p.creatorId) ||
      posts.some((post) => post.creatorId === p.creatorId) ||
      clicksByCreator.has(p.creatorId) ||
      conversionsByCreator.has(p.creatorId),
  );

  const creators: ReportCreatorInput[] = active.map((entry) => {
    const sales = conversionsByCreator.get(entry.creatorId);
    const own = posts.filter((p) => p.creatorId === entry.creatorId);
    const metricTotals = own.reduce(
      (sum, p) => ({
        impressions: sum.impressions + (p.latestMetrics?.impressions ?? 0),
        reach: sum.reach + (p.latestMetrics?.reach ?? 0),
        views: sum.views + (p.latestMetrics?.views ?? 0),
        engagements:
          sum.engagements +
          (p.latestMetrics
            ? (p.latestMetrics.likes ?? 0) +
              (p.latestMetrics.comments ?? 0) +
              (p.latestMetrics.shares ?? 0) +
              (p.latestMetrics.saves ?? 0)
            : 0),
      }),
      { impressions: 0, reach: 0, views: 0, engagements: 0 },
    );
    const contract = contractByCreator.get(entry.creatorId);
    const clickCount = clicksByCreator.get(entry.creatorId) ?? 0;
    // M7: fees and commissions under the terms in force, plus paid amplification behind the creator's posts;
    // commissions only on orders dated on or after the contract took effect (M13 Commissions).
    const effectiveDay = dayOf(tookEffect.get(entry.creatorId) ?? now);
    const commissionable = (sales?.orderDays ?? []).filter((d) => d.day >= effectiveDay);
    const fees = contract
      ? costOfCreator(contract.terms.compensation, {
          netRevenue: commissionable.reduce((sum, d) => sum + d.netRevenue, 0),
          orders: commissionable.reduce((sum, d) => sum + d.orders, 0),
          metrics: {
            ...metricTotals,
            clicks: clickCount,
            conversions: sales?.orders ?? 0,
            leads: sales?.leads ?? 0,
          },
        })
      : 0;
    const account = entry.primaryAccount;
    return {
      creatorId: entry.creatorId,
      name: entry.name,
      platform: account?.platform ?? own[0]?.platform ?? "instagram",
      tier: account?.tier ?? "emerging",
      cost: fees + own.reduce((sum, p) => sum + p.paidSpend, 0),
      posts: own.map((p) => ({
        platform: p.platform,
        format: p.format,
        postedAt: p.postedAt,
        followers: account && account.platform === p.platform ? account.followers : null,
        impressions: p.latestMetrics?.impressions ?? null,
        reach: p.latestMetrics?.reach ?? null,
        views: p.latestMetrics?.views ?? null,
        likes: p.latestMetrics?.likes ?? null,
        comments: p.latestMetrics?.comments ?? null,
        shares: p.latestMetrics?.shares ?? null,
        saves: p.latestMetrics?.saves ?? null,
        paidSpend: p.paidSpend,
      })),
      clicks: clickCount,
      leads: sales?.leads ?? 0,
      orders: sales?.orders ?? 0,
      newCustomers: sales?.newCustomers ?? 0,
      revenue: sales?.netRevenue ?? 0,
      attribution: sales?.attribution ?? { orders: { code: 0, click: 0 }, leads: { code: 0, click: 0 } },
      daily: [],
    };
  });

  const days = new Map<string, { day: string; clicks: number; orders: number; revenue: number }>();
  for (const bucket of clicks.series)
    days.set(bucket.bucket.slice(0, 10), {
      day: bucket.bucket.slice(0, 10),
      clicks: bucket.clicks,
      orders: 0,
      revenue: 0,
    });
  for (const d of conversions.daily) {
    const entry = days.get(d.day) ?? { day: d.day, clicks: 0, orders: 0, revenue: 0 };
    entry.orders = d.orders;
    entry.revenue = d.revenue;
    days.set(d.day, entry);
  }

  const report = buildCampaignReport({
    currency: campaign.currency,
    creators,
    campaignLevelCost: costs.total,
    kpis: campaign.kpis.map((k) => ({ metric: k.metric, comparison: k.comparison, target: k.target })),
    daily: [...days.values()]
      .filter((d) => d.clicks || d.orders || d.revenue)
      .sort((a, b) => a.day.localeCompare(b.day)),
  });
  return {
    ...report,
    campaignId,
    spendByDay: spendByDay(report, contracts, posts, costs.items, campaign.endDate),
    otherCurrencies: conversions.otherCurrencies,
    codeClickConflicts: conversions.codeClickConflicts,
    clicksFromBots: clicks.totals.botClicks,
  };
}
