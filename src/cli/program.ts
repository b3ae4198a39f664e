import { randomBytes } from "node:crypto";
import { SingleBar } from "cli-progress";
import { Command, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { type AmplioDatabase, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { AppError } from "../http/errors.js";
import { setPassword } from "../modules/accounts/set-password.js";
import { createUser, findUserByEmail } from "../modules/accounts/users.js";
import { createApiKey } from "../modules/api-keys/api-keys.js";
import { systemActor } from "../modules/audit/actor.js";
import { addMember } from "../modules/organisations/members.js";
import { createOrganisation, findOrganisationBySlug } from "../modules/organisations/organisations.js";
import { roles } from "../modules/organisations/roles.js";
import type { Role } from "../modules/organisations/schema.js";
import { startServer } from "../server.js";
import { registerCampaignsCommands } from "./campaigns-commands.js";
import { registerComplianceCommands } from "./compliance-commands.js";
import { registerCreatorsCommands } from "./creators-commands.js";
import { registerPlannerCommands } from "./planner-commands.js";
import { registerTrackingCommands } from "./tracking-commands.js";

interface DatabaseOptions {
  database?: string;
}

function databaseOption(): Option {
  return new Option(
    "--database <url>",
    "sqlite:<path> or postgres://… (default: $AMPLIO_DATABASE_URL or sqlite:./data/amplio.db)",
  );
}

async function withDatabase<T>(
  options: DatabaseOptions,
  work: (database: AmplioDatabase) => Promise<T>,
): Promise<T> {
  const config = loadConfig(options.database ? { databaseUrl: options.database } : {});
  const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.destroy();
  }
}

function print(json: boolean | undefined, value: unknown, text: string): void {
  console.log(json ? JSON.stringify(value, null, 2) : text);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return port;
}

function parseRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${roles.join(", ")}`);
  return value as Role;
}

export function buildProgram(): Command {
  const program = new Command("amplio")
    .description("Amplio: influencer campaigns from objectives to payouts, self-hosted.")
    .showHelpAfterError()
    .configureOutput({
      outputError: (message, write) => write(message),
    });

  program
    .command("serve")
    .description("Start the web app and API (migrates the database first)")
    .option("--port <port>", "port to listen on (default: $PORT or 3000)", parsePort)
    .option("--host <host>", "address to bind (default 0.0.0.0)")
    .addOption(databaseOption())
    .action(async (options: DatabaseOptions & { port?: number; host?: string }) => {
      const app = await startServer({
        ...(options.database ? { databaseUrl: options.database } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
      });
      const { config } = app.amplio;
      console.error(`Amplio is running on ${config.publicUrl} (${app.amplio.database.dialect})`);
    });

  program
    .command("migrate")
    .description("Apply pending database migrations")
    .addOption(databaseOption())
    .option("--json", "print the result as JSON")
    .action(async (options: DatabaseOptions & { json?: boolean }) => {
      const config = loadConfig(options.database ? { databaseUrl: options.database } : {});
      const database = openDatabase(config.databaseUrl, { schema: config.databaseSchema });
      try {
        const result = await migrateToLatest(database.db);
        const applied = (result.results ?? [])
          .filter((r) => r.status === "Success")
          .map((r) => r.migrationName);
        print(
          options.json,
          { applied },
          applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.",
        );
      } finally {
        await database.destroy();
      }
    });

  program
    .command("demo")
    .description("Create the demo organisation with realistic data and print its sign-in")
    .addOption(databaseOption())
    .option("--json", "print the result as JSON")
    .option("--serve", "then serve it, as `amplio serve` would (npm run demo does)")
    .option("--port <port>", "with --serve: port to listen on (default: $PORT or 3000)", parsePort)
    .option("--host <host>", "with --serve: address to bind (default 0.0.0.0)")
    .action(
      async (
        options: DatabaseOptions & { json?: boolean; serve?: boolean; port?: number; host?: string },
      ) => {
        // Loaded here, not at start-up: the demo's generator (faker) is a development dependency, not needed to serve.
        const { seedDemo } = await import("../demo/seed-demo.js");
        await withDatabase(options, async ({ db }) => {
          const bar = new SingleBar({
            format: "Demo data |{bar}| {value}/{total} creators",
            stream: process.stderr,
            hideCursor: true,
          });
          let started = false;
          // The URL `amplio serve` will answer on with the same environment: printed below, and in the demo's links.
          const config = loadConfig({
            ...(options.database ? { databaseUrl: options.database } : {}),
            ...(options.port !== undefined ? { port: options.port } : {}),
          });
          const result = await seedDemo(db, {
            publicUrl: config.publicUrl,
            onProgress: (done, total) => {
              if (!started && process.stderr.isTTY) {
                bar.start(total, 0);
                started = true;
              }
              if (started) bar.update(done);
            },
          });
          if (started) bar.stop();
          print(
            options.json,
            result,
            result.password
              ? [
                  `Demo workspace created with ${result.creators} creators.`,
                  `Sign in at ${config.publicUrl} with`,
                  `  email:    ${result.email}`,
                  `  password: ${result.password}`,
                  `The password is shown only now. To choose another: amplio user set-password --email ${result.email}`,
                ].join("\n")
              : [
                  "The demo workspace is already there.",
                  `Sign in at ${config.publicUrl} as ${result.email} with the password printed when it was created,`,
                  `or choose a new one: amplio user set-password --email ${result.email}`,
                ].join("\n"),
          );
        });
        if (options.serve) {
          const app = await startServer({
            ...(options.database ? { databaseUrl: options.database } : {}),
            ...(options.port !== undefined ? { port: options.port } : {}),
            ...(options.host ? { host: options.host } : {}),
          });
          const { config } = app.amplio;
          console.error(`Amplio is running on ${config.publicUrl} (${app.amplio.database.dialect})`);
        }
      },
    );

  const org = program.command("org").description("Organisations");
  org
    .command("create")
    .description("Create an organisation (a brand, or an agency)")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--slug <slug>", "short id used in URLs and the CLI")
    .addOption(new Option("--kind <kind>", "brand or agency").choices(["brand", "agency"]).default("brand"))
    .option("--owner <email>", "make this existing user its owner")
    .addOption(databaseOption())
    .option("--json", "print the result as JSON")
    .action(
      async (
        options: DatabaseOptions & {
          name: string;
          slug: string;
          kind: "brand" | "agency";
          owner?: string;
          json?: boolean;
        },
      ) => {
        await withDatabase(options, async ({ db }) => {
          const created = await db.transaction().execute(async (trx) => {
            const owner = options.owner ? await findUserByEmail(trx, options.owner) : undefined;
            if (options.owner && !owner)
              throw new AppError("not_found", `No user with email ${options.owner}.`);
            return createOrganisation(trx, {
              name: options.name,
              slug: options.slug,
              kind: options.kind,
              ownerUserId: owner?.id,
              actor: systemActor("CLI"),
            });
          });
          print(options.json, created, `Created ${created.kind} "${created.name}" (${created.slug}).`);
        });
      },
    );

  const user = program.command("user").description("Users");
  user
    .command("create")
    .description("Create a user, optionally as a member of an organisation")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--name <name>", "full name")
    .option(
      "--password <password>",
      "at least 10 characters (default: $AMPLIO_PASSWORD, else a generated one is printed)",
    )
    .option("--org <slug>", "add to this organisation")
    .option("--role <role>", `role in --org: ${roles.join(", ")}`, parseRole, "member" as Role)
    .addOption(databaseOption())
    .option("--json", "print the result as JSON")
    .action(
      async (
        options: DatabaseOptions & {
          email: string;
          name: string;
          password?: string;
          org?: string;
          role: Role;
          json?: boolean;
        },
      ) => {
        const generated = !options.password && !process.env.AMPLIO_PASSWORD;
        const password =
          options.password ?? process.env.AMPLIO_PASSWORD ?? randomBytes(12).toString("base64url");
        await withDatabase(options, async ({ db }) => {
          const created = await db.transaction().execute(async (trx) => {
            const newUser = await createUser(trx, { email: options.email, name: options.name, password });
            if (options.org) {
              const organisation = await findOrganisationBySlug(trx, options.org);
              await addMember(trx, {
                organisationId: organisation.id,
                userId: newUser.id,
                role: options.role,
                actor: systemActor("CLI"),
                createdAt: new Date().toISOString(),
              });
            }
            return newUser;
          });
          const result = {
            ...created,
            ...(options.org ? { organisation: options.org, role: options.role } : {}),
            ...(generated ? { password } : {}),
          };
          print(
            options.json,
            result,
            `Created ${created.email}${options.org ? ` as ${options.role} of ${options.org}` : ""}.${generated ? `\nPassword: ${password}` : ""}`,
          );
        });
      },
    );

  user
    .command("set-password")
    .description("Set a user's password and sign them out everywhere")
    .requiredOption("--email <email>", "sign-in email")
    .option(
      "--password <password>",
      "at least 10 characters (default: $AMPLIO_PASSWORD, else a generated one is printed)",
    )
    .addOption(databaseOption())
    .option("--json", "print the result as JSON")
    .action(async (options: DatabaseOptions & { email: string; password?: string; json?: boolean }) => {
      const generated = !options.password && !process.env.AMPLIO_PASSWORD;
      const password =
        options.password ?? process.env.AMPLIO_PASSWORD ?? randomBytes(12).toString("base64url");
      await withDatabase(options, async ({ db }) => {
        await setPassword(db, { email: options.email, password });
        const result = { email: options.email, ...(generated ? { password } : {}) };
        print(
          options.json,
          result,
          `Password set for ${options.email}; their sessions are signed out.${generated ? `\nPassword: ${password}` : ""}`,
        );
      });
    });

  const apikey = program.command("apikey").description("API keys");
  apikey
    .command("create")
    .description("Create an API key and print it alone on standard output (shown once)")
    .requiredOption("--org <slug>", "organisation slug")
    .requiredOption("--name <name>", "what the key is for")
    .addOption(databaseOption())
    .action(async (options: DatabaseOptions & { org: string; name: string }) => {
      await withDatabase(options, async ({ db }) => {
        const created = await db.transaction().execute(async (trx) => {
          const organisation = await findOrganisationBySlug(trx, options.org);
          return createApiKey(trx, {
            organisationId: organisation.id,
            name: options.name,
            actor: systemActor("CLI"),
            createdBy: null,
          });
        });
        process.stdout.write(`${created.key}\n`);
      });
    });

  registerCampaignsCommands(program);
  registerComplianceCommands(program);
  registerCreatorsCommands(program);
  registerPlannerCommands(program);
  registerTrackingCommands(program);

  return program;
}
