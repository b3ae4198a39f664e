import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { addDays, dayOf, daysBetween } from "../../shared/time.js";
import { getCampaignBudget } from "../campaigns/campaign-budget.js";
import type { CampaignView } from "../campaigns/campaign-view.js";
import { listCampaigns } from "../campaigns/list-campaigns.js";
import { listConnectors } from "../connectors/connector-settings.js";
import { countOffersAwaitingResponse } from "../contracts/count-offers-awaiting-response.js";
import { countRepliesToAnswer } from "../outreach/count-replies-to-answer.js";
import { bringLedgerUpToDate } from "../payouts/bring-ledger-up-to-date.js";
import { countPayoutsToApprove } from "../payouts/count-payouts-to-approve.js";
import type { CampaignReport } from "../reports/build-campaign-report.js";
import { getCampaignReport } from "../reports/get-campaign-report.js";
import { countDraftsAwaitingReview } from "../review/count-drafts-awaiting-review.js";
import { countExpiringUsageRights } from "../review/count-expiring-usage-rights.js";
import { countOverdueDeliverables } from "../review/count-overdue-deliverables.js";

/** A campaign starting within this many days is shown beside the live ones. */
const startingWithinDays = 14;
/** Usage rights lapsing within this many days need the user (to renew them or take the content down). */
const usageRightsWarningDays = 30;

export interface TodayCampaign {
  id: string;
  name: string;
  /** live: today lies between its start and end dates (both included); starting: it starts within 14 days. */
  status: "live" | "starting";
  startDate: string;
  endDate: string;
  /** Live: days to its end date, today included (1 on its last day); null while starting. */
  daysLeft: number | null;
  /** Starting: days until its start date (1 = tomorrow); null while live. */
  daysUntilStart: number | null;
  currency: string;
  /** The currency of EMV, the rate card's (M9): an EMV KPI is in it. */
  emvCurrency: string;
  budget: number | null;
  /** Contracts in force: fixed fees and product value (the campaign budget's committed figure). */
  committed: number;
  /** The report's cost incurred up to today, by the day it fell (docs/domain/metrics.md M7, spent so far). */
  spent: number;
  /** The report's KPI progress (M13 KPI progress), each with the unit its figures are in. */
  kpis: CampaignReport["kpis"];
}

export const actionKinds = [
  "draftsAwaitingReview",
  "overdueDeliverables",
  "repliesToAnswer",
  "offersAwaitingResponse",
  "payoutsToApprove",
  "usageRightsExpiring",
  "connectorErrors",
] as const;
export type ActionKind = (typeof actionKinds)[number];

export interface TodayAction {
  kind: ActionKind;
  count: number;
  label: string;
  /** The web app's page where the user acts on it. */
  path: string;
  /** The campaign it belongs to; null for the organisation's own (connectors). */
  campaignId: string | null;
  campaignName: string | null;
}

export interface Today {
  today: string;
  campaigns: TodayCampaign[];
  actions: TodayAction[];
}

const phrases: Record<ActionKind, (n: number) => string> = {
  draftsAwaitingReview: (n) => (n === 1 ? "1 draft awaiting review" : `${n} drafts awaiting review`),
  overdueDeliverables: (n) => (n === 1 ? "1 overdue deliverable" : `${n} overdue deliverables`),
  repliesToAnswer: (n) => (n === 1 ? "1 reply to answer" : `${n} replies to answer`),
  offersAwaitingResponse: (n) =>
    n === 1 ? "1 counter-offer awaiting your response" : `${n} counter-offers awaiting your response`,
  payoutsToApprove: (n) => (n === 1 ? "1 payout to approve" : `${n} payouts to approve`),
  usageRightsExpiring: (n) =>
    `Usage rights of ${n === 1 ? "1 piece" : `${n} pieces`} of content expire within ${usageRightsWarningDays} days`,
  connectorErrors: (n) => (n === 1 ? "1 connector failed" : `${n} connectors failed`),
};

/**
 * Where each kind is acted on: one creator's review page or their page in the campaign when the items are all one
 * creator's, else the campaign's page with its pipeline; payouts on the report's ledger.
 */
function pathFor(
  kind: Exclude<ActionKind, "connectorErrors">,
  campaignId: string,
  creatorIds: string[],
): string {
  const campaign = `/campaigns/${campaignId}`;
  const only = creatorIds.length === 1 ? `${campaign}/creators/${creatorIds[0]}` : null;
  switch (kind) {
    case "draftsAwaitingReview":
    case "overdueDeliverables":
      return only ? `${only}/review` : campaign;
    case "repliesToAnswer":
    case "offersAwaitingResponse":
      return only ?? campaign;
    case "payoutsToApprove":
      return `/reports/${campaignId}#payouts-title`;
    case "usageRightsExpiring":
      return "/content-library";
  }
}

function sortKey(campaign: CampaignView, today: string): string {
  return campaign.startDate <= today ? `0${campaign.endDate}` : `1${campaign.startDate}`;
}

async function summarise(
  db: Kysely<Database>,
  organisationId: string,
  campaign: CampaignView,
  today: string,
  now: Date,
): Promise<TodayCampaign> {
  const live = campaign.startDate <= today;
  const [budget, report] = await Promise.all([
    getCampaignBudget(db, organisationId, campaign.id),
    getCampaignReport(db, organisationId, campaign.id, now),
  ]);
  // The ledger follows the report, so payouts that fell due in a live campaign are counted below.
  await bringLedgerUpToDate(db, organisationId, campaign.id, report, now);
  return {
    id: campaign.id,
    name: campaign.name,
    status: live ? "live" : "starting",
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    daysLeft: live ? daysBetween(today, campaign.endDate) + 1 : null,
    daysUntilStart: live ? null : daysBetween(today, campaign.startDate),
    currency: campaign.currency,
    budget: campaign.budget,
    // Today's "committed" is what the contracts in force fix (M7); campaign-level costs show in spent so far.
    committed: budget.contracted,
    spent: report.spendByDay.filter((d) => d.day <= today).reduce((sum, d) => sum + d.cost, 0),
    emvCurrency: report.emvCurrency,
    kpis: report.kpis,
  };
}

/**
 * The home page: the organisation's live campaigns and those starting within 14 days, each with budget and KPI
 * progress from the campaign and report modules, and what needs the user across all its campaigns, one item per kind
 * and campaign. A kind with nothing to do is left out, so an empty list means nothing waits.
 */
export async function getToday(
  db: Kysely<Database>,
  organisationId: string,
  now = new Date(),
): Promise<Today> {
  const today = dayOf(now);
  const { items: all } = await listCampaigns(db, organisationId);
  const shown = all
    .filter((c) => c.endDate >= today && c.startDate <= addDays(today, startingWithinDays))
    // Live ones first, the nearest end first; then those starting, the nearest start first.
    .sort((a, b) => sortKey(a, today).localeCompare(sortKey(b, today)));
  // One campaign at a time: each brings its payout ledger up to date in a transaction of its own.
  const campaigns: TodayCampaign[] = [];
  for (const campaign of shown) campaigns.push(await summarise(db, organisationId, campaign, today, now));

  const [drafts, overdue, replies, offers, payouts, rights, connectors] = await Promise.all([
    countDraftsAwaitingReview(db, organisationId),
    countOverdueDeliverables(db, organisationId, now),
    countRepliesToAnswer(db, organisationId),
    countOffersAwaitingResponse(db, organisationId),
    countPayoutsToApprove(db, organisationId, now),
    countExpiringUsageRights(db, organisationId, usageRightsWarningDays, now),
    listConnectors(db, organisationId),
  ]);
  const names = new Map(all.map((c) => [c.id, c.name]));
  const actions: TodayAction[] = [];
  const perCampaign: Array<
    [Exclude<ActionKind, "connectorErrors">, Array<{ campaignId: string; creatorId: string; count: number }>]
  > = [
    ["draftsAwaitingReview", drafts],
    ["overdueDeliverables", overdue],
    ["repliesToAnswer", replies],
    ["offersAwaitingResponse", offers],
    ["payoutsToApprove", payouts],
    ["usageRightsExpiring", rights],
  ];
  for (const [kind, rows] of perCampaign) {
    const groups = new Map<string, { count: number; creatorIds: string[] }>();
    for (const row of rows) {
      const group = groups.get(row.campaignId) ?? { count: 0, creatorIds: [] };
      group.count += row.count;
      group.creatorIds.push(row.creatorId);
      groups.set(row.campaignId, group);
    }
    const items = [...groups].map(([campaignId, group]) => ({
      kind,
      count: group.count,
      label: phrases[kind](group.count),
      path: pathFor(kind, campaignId, group.creatorIds),
      campaignId,
      campaignName: names.get(campaignId) ?? null,
    }));
    actions.push(...items.sort((a, b) => (a.campaignName ?? "").localeCompare(b.campaignName ?? "")));
  }
  const failed = connectors.filter((c) => c.status === "error").length;
  if (failed > 0)
    actions.push({
      kind: "connectorErrors",
      count: failed,
      label: phrases.connectorErrors(failed),
      path: "/creators/connectors",
      campaignId: null,
      campaignName: null,
    });
  return { today, campaigns, actions };
}
