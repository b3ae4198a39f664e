import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaignBudget } from "./campaign-budget.js";
import { getCampaign } from "./get-campaign.js";
import { funnelRoles } from "./goals.js";
import type { Stage } from "./stages.js";

export const planningPhases = [
  "objectives",
  "discovery",
  "collaboration",
  "activation",
  "measurement",
] as const;
export type PlanningPhase = (typeof planningPhases)[number];

export interface PhaseView {
  phase: PlanningPhase;
  question: string;
  keyActions: string[];
  primaryMetrics: string[];
  /** What must be done before moving on, in plain words; empty when the phase is complete. */
  missing: string[];
  status: "done" | "current" | "upcoming";
}

export interface CampaignPlan {
  campaignId: string;
  currentPhase: PlanningPhase;
  phases: PhaseView[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The planning framework: Objectives → Discovery → Collaboration → Activation → Measurement, and what each still lacks. */
export async function getCampaignPlan(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<CampaignPlan> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const stages = await db
    .selectFrom("campaign_creators")
    .select("stage")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .execute();
  const count = (...wanted: Stage[]) => stages.filter((s) => wanted.includes(s.stage as Stage)).length;
  const budget = await getCampaignBudget(db, organisationId, campaignId);
  const profile = campaign.idealCustomerProfile;
  const hasProfile =
    profile.countries.length + profile.niches.length + profile.languages.length + profile.tiers.length > 0 ||
    profile.ageMin !== null ||
    profile.ageMax !== null;

  const active = stages.length - count("declined", "dropped");
  const notContacted = count("shortlisted");
  const withoutContract = count("contacted", "negotiating");
  const notLive = count("contracted", "in_production");
  const liveNotDone = count("live");

  const phases: Array<Omit<PhaseView, "status">> = [
    {
      phase: "objectives",
      question: "What must this campaign achieve, for whom, and how will we know?",
      keyActions: [
        "Choose one primary goal",
        "Describe the ideal customer",
        "Set KPIs with targets",
        "Set budget and dates",
      ],
      primaryMetrics: funnelRoles[campaign.goal].primaryMetrics,
      missing: [
        ...(campaign.kpis.length === 0 ? ["no KPI set"] : []),
        ...(campaign.budget === null ? ["no budget set"] : []),
        ...(hasProfile ? [] : ["no ideal customer profile"]),
      ],
    },
    {
      phase: "discovery",
      question: "Which creators reach that audience, credibly?",
      keyActions: ["Search creators", "Check audience fit and engagement quality", "Shortlist creators"],
      primaryMetrics: ["audience fit", "engagement rate", "quality score"],
      missing: active === 0 ? ["no creators shortlisted"] : [],
    },
    {
      phase: "collaboration",
      question: "On what terms will each creator work with us?",
      keyActions: ["Email creators from a template", "Negotiate offers", "Sign contracts"],
      primaryMetrics: ["creators contracted", "committed budget"],
      missing: [
        ...(notContacted > 0 ? [`${plural(notContacted, "creator", "creators")} not contacted yet`] : []),
        ...(withoutContract > 0
          ? [`${plural(withoutContract, "creator", "creators")} without a contract`]
          : []),
        ...(active > 0 && active === notContacted + withoutContract ? ["no contract signed"] : []),
        ...(budget.remaining !== null && budget.remaining < 0 ? ["the forecast spend is over budget"] : []),
      ],
    },
    {
      phase: "activation",
      question: "Is the content being made and published as agreed?",
      keyActions: [
        "Share the brief",
        "Review drafts",
        "Hand out tracking links and codes",
        "Confirm posts are live",
      ],
      primaryMetrics: ["deliverables live", "on-time rate"],
      missing:
        notLive > 0 ? [`${plural(notLive, "contracted creator", "contracted creators")} not live yet`] : [],
    },
    {
      phase: "measurement",
      question: "Did it work, and what did it cost?",
      keyActions: ["Compare results with the KPIs", "Compute cost and return", "Rank creators for renewal"],
      primaryMetrics: campaign.kpis.length ? campaign.kpis.map((k) => k.metric) : ["roi", "cac"],
      missing: [
        ...(today <= campaign.endDate ? [`the campaign runs until ${campaign.endDate}`] : []),
        ...(liveNotDone > 0 ? [`${plural(liveNotDone, "live creator", "live creators")} not completed`] : []),
      ],
    },
  ];
  const currentIndex = phases.findIndex((p) => p.missing.length > 0);
  const current = currentIndex === -1 ? phases.length - 1 : currentIndex;
  return {
    campaignId,
    currentPhase: planningPhases[current] as PlanningPhase,
    phases: phases.map((p, index) => ({
      ...p,
      status:
        index < current || (currentIndex === -1 && index === current)
          ? "done"
          : index === current
            ? "current"
            : "upcoming",
    })),
  };
}
