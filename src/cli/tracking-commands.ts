import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { loadConfig } from "../config.js";
import { type AmplioDatabase, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { systemActor } from "../modules/audit/actor.js";
import { getCampaignConversions } from "../modules/conversions/campaign-conversions.js";
import { exportDiscountCodesCsv } from "../modules/discount-codes/export-discount-codes-csv.js";
import { findOrganisationBySlug } from "../modules/organisations/organisations.js";
import { createLink } from "../modules/tracking/create-link.js";
import { listLinks } from "../modules/tracking/list-links.js";

interface Common {
  org: string;
  campaign: string;
  database?: string;
  json?: boolean;
}

async function withOrganisation<T>(
  options: Common,
  work: (database: AmplioDatabase, organisationId: string, publicUrl: string) => Promise<T>,
) {
  const config = loadConfig(options.database ? { databaseUrl: options.database } : {});
  const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
  try {
    await migrateToLatest(database.db);
    const organisation = await findOrganisationBySlug(database.db, options.org);
    return await work(database, organisation.id, config.publicUrl);
  } finally {
    await database.destroy();
  }
}

const shared = (command: Command) =>
  command
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--campaign <id>", "campaign id")
    .addOption(
      new Option("--database <url>", "sqlite:<path> or postgres://… (default: $AMPLIO_DATABASE_URL)"),
    )
    .option("--json", "print the result as JSON");

/** `amplio tracking …`: links, discount-code export and attribution, through the same domain functions as the API. */
export function registerTrackingCommands(program: Command): void {
  const tracking = program.command("tracking").description("Tracking links, discount codes and conversions");

  shared(tracking.command("links").description("The campaign's tracking links with click counts")).action(
    async (options: Common) => {
      await withOrganisation(options, async ({ db }, organisationId, publicUrl) => {
        const { items: links } = await listLinks(db, organisationId, options.campaign, publicUrl);
        if (options.json) return console.log(JSON.stringify(links, null, 2));
        for (const l of links)
          console.log(
            `${l.shortUrl}  ${l.status.padEnd(8)} ${String(l.clicks).padStart(7)} clicks  ${l.destinationUrl}`,
          );
      });
    },
  );

  shared(tracking.command("link").description("Create a tracking link for a creator in the campaign"))
    .requiredOption("--creator <id>", "creator id")
    .requiredOption("--url <destination>", "http or https destination")
    .option("--slug <slug>", "custom code instead of a random one")
    .action(async (options: Common & { creator: string; url: string; slug?: string }) => {
      await withOrganisation(options, async ({ db }, organisationId, publicUrl) => {
        const link = await createLink(
          db,
          { organisationId, actor: systemActor("CLI") },
          options.campaign,
          { creatorId: options.creator, destinationUrl: options.url, slug: options.slug },
          publicUrl,
        );
        console.log(options.json ? JSON.stringify(link, null, 2) : link.shortUrl);
      });
    });

  shared(tracking.command("export-codes").description("Discount codes as CSV for a Shopify discount import"))
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (options: Common & { out?: string }) => {
      await withOrganisation(options, async ({ db }, organisationId) => {
        const csv = await exportDiscountCodesCsv(db, organisationId, options.campaign);
        if (options.out) await writeFile(options.out, csv);
        else process.stdout.write(csv);
      });
    });

  shared(
    tracking.command("attribution").description("Conversions by reason (code, click) and creator"),
  ).action(async (options: Common) => {
    await withOrganisation(options, async ({ db }, organisationId) => {
      const summary = await getCampaignConversions(db, organisationId, options.campaign);
      if (options.json) return console.log(JSON.stringify(summary, null, 2));
      const t = summary.totals;
      console.log(
        `${t.conversions} conversions (${t.byCode} by code, ${t.byClick} by click, ${t.conflicts} code-vs-click conflicts), revenue ${t.revenue} ${summary.currency} minor units after ${t.refunded} refunded`,
      );
      for (const c of summary.byCreator)
        console.log(`  ${c.creatorId}  ${c.conversions} conversions  ${c.revenue} revenue`);
    });
  });
}
