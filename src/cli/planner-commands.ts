import { type Command, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { findCampaignOrganisation } from "../modules/campaigns/find-campaign-organisation.js";
import { getCampaign } from "../modules/campaigns/get-campaign.js";
import { type PlanningGoal, planningGoals } from "../modules/planner/forecast-outcomes.js";
import { planCampaign } from "../modules/planner/plan-campaign.js";
import { formatMoney, fromMajor } from "../shared/money.js";

function parseAmount(value: string): number {
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0)
    throw new InvalidArgumentError("the budget is a positive amount, such as 25000 or 25000.50");
  return amount;
}

/** `amplio plan`: the planner from the command line. The budget is in major units (25000 = 25,000.00 of the currency). */
export function registerPlannerCommands(program: Command): void {
  program
    .command("plan")
    .description(
      "Propose the creator mix for a campaign's goal and budget (with forecasts and the optimality gap)",
    )
    .requiredOption("--campaign <id>", "campaign id")
    .option(
      "--budget <amount>",
      "budget in major units of the campaign currency (default: the campaign budget)",
      parseAmount,
    )
    .addOption(new Option("--goal <metric>", "what to maximise").choices([...planningGoals]))
    .addOption(
      new Option("--database <url>", "sqlite:<path> or postgres://… (default: $AMPLIO_DATABASE_URL)"),
    )
    .option("--json", "print the plan as JSON")
    .action(
      async (options: {
        campaign: string;
        budget?: number;
        goal?: PlanningGoal;
        database?: string;
        json?: boolean;
      }) => {
        const config = loadConfig(options.database ? { databaseUrl: options.database } : {});
        const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
        try {
          await migrateToLatest(database.db);
          const organisationId = await findCampaignOrganisation(database.db, options.campaign);
          const campaign = await getCampaign(database.db, organisationId, options.campaign);
          const budget =
            options.budget === undefined ? undefined : fromMajor(options.budget, campaign.currency);
          const plan = await planCampaign(database.db, organisationId, options.campaign, {
            budget,
            goal: options.goal,
          });
          if (options.json) {
            console.log(JSON.stringify(plan, null, 2));
            return;
          }
          const money = (minor: number) => formatMoney(minor, plan.currency);
          const count = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(n);
          console.log(
            `Plan for ${campaign.name}: maximise ${plan.goal} within ${money(plan.budget)} (${plan.candidates} candidates)`,
          );
          for (const choice of [plan.proposed, ...plan.alternatives]) {
            console.log(
              `\n${choice.label}: ${choice.creators.length} creators, ${money(choice.cost)}, ${plan.goal} ${count(choice.forecast.expected)} (80%: ${count(choice.forecast.low)}–${count(choice.forecast.high)})`,
            );
            for (const c of choice.creators.slice(0, 15))
              console.log(
                `  @${c.handle} (${c.platform}, ${c.tier}) × ${c.deliverables} ${c.format}: ${money(c.cost)} → ${count(c.forecast[plan.goal].expected)}`,
              );
            if (choice.creators.length > 15) console.log(`  … and ${choice.creators.length - 15} more`);
          }
          console.log(
            `\nOptimality gap: at most ${(plan.proposed.gap * 100).toFixed(2)}% below the best possible mix.`,
          );
        } finally {
          await database.destroy();
        }
      },
    );
}
