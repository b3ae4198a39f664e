import { statSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { type Command, Option } from "commander";
import { loadConfig } from "../config.js";
import { type AmplioDatabase, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { AppError } from "../http/errors.js";
import { systemActor } from "../modules/audit/actor.js";
import { importCreators } from "../modules/creators/import-creators.js";
import { platforms } from "../modules/creators/tiers.js";
import { searchCreatorsQuery } from "../modules/discovery/routes.types.js";
import { searchCreators } from "../modules/discovery/search-creators.js";
import { findOrganisationBySlug } from "../modules/organisations/organisations.js";

async function withDatabase<T>(
  url: string | undefined,
  work: (database: AmplioDatabase) => Promise<T>,
): Promise<T> {
  const config = loadConfig(url ? { databaseUrl: url } : {});
  const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.destroy();
  }
}

const databaseOption = () =>
  new Option(
    "--database <url>",
    "sqlite:<path> or postgres://… (default: $AMPLIO_DATABASE_URL or sqlite:./data/amplio.db)",
  );

/** Search flags, kebab-case, named after the API's query parameters. */
const searchFlags: Array<[flag: string, parameter: string, description: string]> = [
  ["--q <text>", "q", "full text over name, handle and bio"],
  ["--platform <list>", "platform", `comma-separated: ${platforms.join(", ")}`],
  ["--niche <list>", "niche", "any of these niches, comma-separated"],
  ["--country <list>", "country", "ISO 3166-1 alpha-2 codes, comma-separated"],
  ["--language <list>", "language", "ISO 639-1 codes, comma-separated"],
  ["--tier <list>", "tier", "emerging, nano, micro, mid, macro, mega (M1)"],
  ["--min-followers <n>", "minFollowers", "at least this many followers"],
  ["--max-followers <n>", "maxFollowers", "at most this many followers"],
  ["--min-engagement-rate <fraction>", "minEngagementRate", "ERF at least this (0.03 = 3%)"],
  ["--max-engagement-rate <fraction>", "maxEngagementRate", "ERF at most this"],
  ["--min-quality <score>", "minQuality", "M4 quality score at least this (0–100)"],
  ["--has-email <bool>", "hasEmail", "true or false"],
  ["--audience-country <code>", "audienceCountry", "with --min-audience-country-share"],
  ["--min-audience-country-share <fraction>", "minAudienceCountryShare", ""],
  ["--audience-age <bucket>", "audienceAge", "13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+"],
  ["--min-audience-age-share <fraction>", "minAudienceAgeShare", ""],
  ["--audience-gender <gender>", "audienceGender", "female, male or other"],
  ["--min-audience-gender-share <fraction>", "minAudienceGenderShare", ""],
  ["--campaign-id <id>", "campaignId", "leave out the campaign's creators; enables --sort fit"],
  [
    "--exclude-conflicts <bool>",
    "excludeConflicts",
    "with --campaign-id: leave out competitor conflicts (M5)",
  ],
  ["--exclude-list-id <id>", "excludeListId", "leave out creators in this list"],
  ["--sort <sort>", "sort", "relevance, followers, engagementRate, quality or fit"],
  ["--limit <n>", "limit", "page size, 1–200 (default 50)"],
  ["--cursor <cursor>", "cursor", "the nextCursor of the previous page"],
];

const kebab = (parameter: string) => `--${parameter.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function registerCreatorsCommands(program: Command): void {
  const creators = program.command("creators").description("Creator database: import and search");

  creators
    .command("import")
    .description("Import creators from a CSV or JSON export (streamed; upserts by platform and handle)")
    .argument("<file>", "CSV file, or JSON array of objects (.json)")
    .requiredOption("--org <slug>", "organisation slug")
    .addOption(
      new Option("--format <format>", "file format (default: from the extension)").choices(["csv", "json"]),
    )
    .addOption(new Option("--platform <platform>", "platform of rows without one").choices([...platforms]))
    .option("--json", "print the summary as JSON")
    .addOption(databaseOption())
    .action(
      async (
        file: string,
        options: {
          org: string;
          format?: "csv" | "json";
          platform?: (typeof platforms)[number];
          json?: boolean;
          database?: string;
        },
      ) => {
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          throw new AppError("not_found", `No file at ${file}.`);
        }
        const format = options.format ?? (file.toLowerCase().endsWith(".json") ? "json" : "csv");
        await withDatabase(options.database, async ({ db }) => {
          const organisation = await findOrganisationBySlug(db, options.org);
          const bar = new SingleBar({
            format: "Importing |{bar}| {percentage}% | {rows} rows",
            stream: process.stderr,
            hideCursor: true,
            noTTYOutput: false,
          });
          const showBar = process.stderr.isTTY;
          if (showBar) bar.start(size, 0, { rows: 0 });
          const started = performance.now();
          try {
            const summary = await importCreators(
              db,
              { organisationId: organisation.id, actor: systemActor("CLI import") },
              // Read in a worker thread while the batch before is written (decision 0006).
              { file },
              {
                format,
                platform: options.platform,
                onProgress: (rows, bytesRead) => {
                  if (showBar) bar.update(bytesRead ?? 0, { rows });
                },
              },
            );
            if (showBar) {
              bar.update(size);
              bar.stop();
            }
            const seconds = (performance.now() - started) / 1000;
            if (options.json) console.log(JSON.stringify(summary, null, 2));
            else {
              console.log(
                `Imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected} in ${seconds.toFixed(1)} s.`,
              );
              for (const r of summary.rejections.slice(0, 50))
                console.log(`  line ${r.line}: ${r.field}: ${r.message}`);
              if (summary.rejected > 50)
                console.log(`  … and ${summary.rejected - 50} more (use --json for the first 1,000)`);
            }
          } finally {
            if (showBar) bar.stop();
          }
        });
      },
    );

  const search = creators
    .command("search")
    .description(
      "Search creator accounts with the API's filters; --json prints { total, items } as the API does",
    )
    .requiredOption("--org <slug>", "organisation slug")
    .option("--json", "print JSON")
    .addOption(databaseOption());
  for (const [flag, , description] of searchFlags) search.option(flag, description);
  search.action(async (options: Record<string, string | boolean | undefined>) => {
    const raw: Record<string, string> = {};
    for (const [, parameter] of searchFlags) {
      const value = options[parameter];
      if (typeof value === "string") raw[parameter] = value;
    }
    const parsed = searchCreatorsQuery.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const parameter = String(issue?.path[0] ?? "");
      throw new AppError("validation", `${kebab(parameter)}: ${issue?.message ?? "is invalid"}`);
    }
    await withDatabase(options.database as string | undefined, async ({ db }) => {
      const organisation = await findOrganisationBySlug(db, options.org as string);
      const result = await searchCreators(db, organisation.id, parsed.data);
      if (options.json) {
        console.log(
          JSON.stringify(
            { total: result.total, items: result.items, nextCursor: result.nextCursor },
            null,
            2,
          ),
        );
        return;
      }
      console.log(`${result.total} accounts`);
      for (const item of result.items)
        console.log(
          [
            item.name.padEnd(28).slice(0, 28),
            `${item.platform}:@${item.handle}`.padEnd(34).slice(0, 34),
            String(item.followers).padStart(10),
            item.tier.padEnd(8),
            item.engagementRate === null
              ? "     —"
              : `${(item.engagementRate * 100).toFixed(2)}%`.padStart(7),
            `Q${item.qualityScore}`,
            item.country ?? "",
          ].join("  "),
        );
      if (result.nextCursor) console.log(`More: --cursor ${result.nextCursor}`);
    });
  });
}
