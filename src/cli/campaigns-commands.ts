import { writeFile } from "node:fs/promises";
import { type Command, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { type AmplioDatabase, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { systemActor } from "../modules/audit/actor.js";
import { addCampaignCost } from "../modules/campaigns/add-campaign-cost.js";
import { getCampaignPlan } from "../modules/campaigns/campaign-plan.js";
import { createCampaign } from "../modules/campaigns/create-campaign.js";
import { type CampaignGoal, campaignGoals } from "../modules/campaigns/goals.js";
import { listCampaignCosts } from "../modules/campaigns/list-campaign-costs.js";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { moveCreatorStage } from "../modules/campaigns/move-creator-stage.js";
import { removeCampaignCost } from "../modules/campaigns/remove-campaign-cost.js";
import { type Stage, stages } from "../modules/campaigns/stages.js";
import { renderContractPdf } from "../modules/contracts/render-contract-pdf.js";
import { findOrganisationBySlug } from "../modules/organisations/organisations.js";
import { formatMoney } from "../shared/money.js";

interface Common {
  org: string;
  database?: string;
  json?: boolean;
}

async function withOrganisation<T>(
  options: Common,
  work: (database: AmplioDatabase, organisationId: string) => Promise<T>,
) {
  const config = loadConfig(options.database ? { databaseUrl: options.database } : {});
  const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
  try {
    await migrateToLatest(database.db);
    const organisation = await findOrganisationBySlug(database.db, options.org);
    return await work(database, organisation.id);
  } finally {
    await database.destroy();
  }
}

const choice =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): T => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`one of ${allowed.join(", ")}`);
    return value as T;
  };

function minorUnits(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("a whole number of minor units (cents), zero or more");
  return n;
}

function positiveMinorUnits(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new InvalidArgumentError("a whole number of minor units (cents), more than zero");
  return n;
}

const shared = (command: Command) =>
  command
    .requiredOption("--org <slug>", "organisation slug")
    .addOption(
      new Option("--database <url>", "sqlite:<path> or postgres://… (default: $AMPLIO_DATABASE_URL)"),
    )
    .option("--json", "print the result as JSON");

const cli = systemActor("CLI");

/** `amplio campaign …`: the same domain functions the API calls. */
export function registerCampaignsCommands(program: Command): void {
  const campaign = program.command("campaign").description("Campaigns, their pipeline and contracts");

  shared(campaign.command("list").description("Campaigns with their current planning phase")).action(
    async (options: Common) => {
      await withOrganisation(options, async ({ db }, organisationId) => {
        const { items } = await listCampaigns(db, organisationId);
        const rows = [];
        for (const c of items) rows.push({ ...c, plan: await getCampaignPlan(db, organisationId, c.id) });
        if (options.json) return console.log(JSON.stringify(rows, null, 2));
        for (const c of rows)
          console.log(
            `${c.id}  ${c.slug.padEnd(28)} ${c.goal.padEnd(13)} ${c.startDate}–${c.endDate}  phase: ${c.plan.currentPhase}`,
          );
      });
    },
  );

  shared(campaign.command("create").description("Create a campaign"))
    .requiredOption("--name <name>", "campaign name")
    .requiredOption("--goal <goal>", `primary goal: ${campaignGoals.join(", ")}`, choice(campaignGoals))
    .requiredOption("--start <date>", "start date, YYYY-MM-DD")
    .requiredOption("--end <date>", "end date, YYYY-MM-DD")
    .requiredOption("--currency <code>", "ISO 4217 currency, e.g. EUR")
    .option("--budget <minor>", "budget in minor units (cents)", minorUnits)
    .option("--attribution-window <days>", "attribution window in days (default 30)", (v) => Number(v))
    .action(
      async (
        options: Common & {
          name: string;
          goal: CampaignGoal;
          start: string;
          end: string;
          currency: string;
          budget?: number;
          attributionWindow?: number;
        },
      ) => {
        await withOrganisation(options, async ({ db }, organisationId) => {
          const created = await createCampaign(
            db,
            { organisationId, actor: cli },
            {
              name: options.name,
              goal: options.goal,
              startDate: options.start,
              endDate: options.end,
              currency: options.currency,
              budget: options.budget ?? null,
              ...(options.attributionWindow !== undefined
                ? { attributionWindowDays: options.attributionWindow }
                : {}),
            },
          );
          console.log(
            options.json
              ? JSON.stringify(created, null, 2)
              : `Created campaign "${created.name}" (${created.id}).`,
          );
        });
      },
    );

  shared(campaign.command("move").description("Move a creator through a campaign's pipeline"))
    .requiredOption("--campaign <id>", "campaign id")
    .requiredOption("--creator <id>", "creator id")
    .requiredOption("--stage <stage>", `one of ${stages.join(", ")}`, choice(stages))
    .option("--reason <text>", "why (required for declined and dropped)")
    .action(
      async (options: Common & { campaign: string; creator: string; stage: Stage; reason?: string }) => {
        await withOrganisation(options, async ({ db }, organisationId) => {
          const moved = await moveCreatorStage(
            db,
            { organisationId, actor: cli },
            options.campaign,
            options.creator,
            {
              stage: options.stage,
              reason: options.reason,
            },
          );
          console.log(options.json ? JSON.stringify(moved) : `Moved from ${moved.from} to ${moved.to}.`);
        });
      },
    );

  const cost = campaign
    .command("cost")
    .description("Campaign-level costs (M7): counted in the report's cost and spend by day");

  shared(cost.command("add").description("Enter a campaign-level cost in the campaign's currency"))
    .requiredOption("--campaign <id>", "campaign id")
    .requiredOption("--description <text>", "what the cost was for")
    .requiredOption(
      "--amount <minor>",
      "amount in minor units (cents) of the campaign currency",
      positiveMinorUnits,
    )
    .requiredOption("--on <date>", "the day the cost fell on, YYYY-MM-DD")
    .action(
      async (options: Common & { campaign: string; description: string; amount: number; on: string }) => {
        await withOrganisation(options, async ({ db }, organisationId) => {
          const added = await addCampaignCost(db, { organisationId, actor: cli }, options.campaign, {
            description: options.description,
            amount: options.amount,
            incurredOn: options.on,
          });
          console.log(
            options.json
              ? JSON.stringify(added, null, 2)
              : `Added ${formatMoney(added.amount, added.currency)} on ${added.incurredOn} (${added.id}).`,
          );
        });
      },
    );

  shared(cost.command("list").description("A campaign's costs, latest day first, and their total"))
    .requiredOption("--campaign <id>", "campaign id")
    .action(async (options: Common & { campaign: string }) => {
      await withOrganisation(options, async ({ db }, organisationId) => {
        const costs = await listCampaignCosts(db, organisationId, options.campaign);
        if (options.json)
          return console.log(
            JSON.stringify({ items: costs.items, total: costs.total, currency: costs.currency }, null, 2),
          );
        for (const c of costs.items)
          console.log(
            `${c.id}  ${c.incurredOn}  ${formatMoney(c.amount, c.currency).padStart(14)}  ${c.description}`,
          );
        console.log(`Total: ${formatMoney(costs.total, costs.currency)}`);
      });
    });

  shared(cost.command("remove").description("Delete a campaign-level cost"))
    .requiredOption("--campaign <id>", "campaign id")
    .requiredOption("--cost <id>", "cost id (from `amplio campaign cost list`)")
    .action(async (options: Common & { campaign: string; cost: string }) => {
      await withOrganisation(options, async ({ db }, organisationId) => {
        await removeCampaignCost(db, { organisationId, actor: cli }, options.campaign, options.cost);
        console.log(options.json ? JSON.stringify({ removed: options.cost }) : "Removed.");
      });
    });

  shared(campaign.command("contract-pdf").description("Write a contract's PDF to a file"))
    .requiredOption("--contract <id>", "contract id")
    .requiredOption("--out <file>", "where to write the PDF")
    .action(async (options: Common & { contract: string; out: string }) => {
      await withOrganisation(options, async ({ db }, organisationId) => {
        await writeFile(options.out, await renderContractPdf(db, organisationId, options.contract));
        console.log(options.json ? JSON.stringify({ file: options.out }) : `Wrote ${options.out}.`);
      });
    });
}
