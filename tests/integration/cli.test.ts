import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { openDatabase } from "../../src/db/database.js";
import { assertBuilt, runCli, spawnCli } from "../../src/test-support/cli.js";
import {
  describeEachDatabase,
  openTestDatabase,
  postgresTestUrl,
  type TestDatabase,
} from "../../src/test-support/databases.js";

assertBuilt();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address !== "string" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

describeEachDatabase("amplio CLI", (dialect) => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let pgSchema: TestDatabase | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "amplio-cli-"));
    if (dialect === "sqlite") {
      env = { AMPLIO_DATABASE_URL: `sqlite:${path.join(dir, "amplio.db")}` };
    } else {
      // A schema of this test's own; the CLI migrates it like any database.
      pgSchema = await openTestDatabase("postgres");
      const schema = (
        await pgSchema.database.db
          .selectNoFrom((eb) => eb.fn<string>("current_schema").as("s"))
          .executeTakeFirstOrThrow()
      ).s;
      env = { AMPLIO_DATABASE_URL: postgresTestUrl, AMPLIO_DATABASE_SCHEMA: schema };
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgSchema?.drop();
  });

  it("migrates, creates an organisation and a user, and prints JSON", async () => {
    const migrated = await runCli(["migrate", "--json"], { env });
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toHaveProperty("applied");

    const org = await runCli(["org", "create", "--name", "CLI Brand", "--slug", "cli-brand", "--json"], {
      env,
    });
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout)).toMatchObject({ name: "CLI Brand", slug: "cli-brand", kind: "brand" });

    const user = await runCli(
      [
        "user",
        "create",
        "--email",
        "Ops@Example.com",
        "--name",
        "Ops Person",
        "--password",
        "a long password",
        "--org",
        "cli-brand",
        "--role",
        "admin",
        "--json",
      ],
      { env },
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      email: "ops@example.com",
      organisation: "cli-brand",
      role: "admin",
    });
    expect(user.stdout).not.toContain("a long password");
  });

  // Eight runs of the binary, each opening and migrating the database.
  it("enters, lists and removes campaign-level costs", async () => {
    const created = await runCli(
      [
        "campaign",
        "create",
        "--org",
        "cli-brand",
        "--name",
        "CLI Costs",
        "--goal",
        "conversion",
        "--start",
        "2026-11-01",
        "--end",
        "2026-11-30",
        "--currency",
        "EUR",
        "--json",
      ],
      { env },
    );
    expect(created.code).toBe(0);
    const campaignId = JSON.parse(created.stdout).id as string;
    const add = (description: string, amount: string, on: string) =>
      runCli(
        [
          "campaign",
          "cost",
          "add",
          "--org",
          "cli-brand",
          "--campaign",
          campaignId,
          "--description",
          description,
          "--amount",
          amount,
          "--on",
          on,
          "--json",
        ],
        { env },
      );
    const shoot = await add("Photo shoot", "25000", "2026-11-05");
    expect(shoot.code).toBe(0);
    expect(JSON.parse(shoot.stdout)).toMatchObject({
      amount: 25_000,
      currency: "EUR",
      incurredOn: "2026-11-05",
    });
    expect((await add("Agency fee", "40000", "2026-11-20")).code).toBe(0);
    const zero = await add("Nothing", "0", "2026-11-20");
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toContain("--amount");

    const list = ["campaign", "cost", "list", "--org", "cli-brand", "--campaign", campaignId];
    const text = await runCli(list, { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Photo shoot");
    expect(text.stdout).toContain("Total: €650.00");
    const removed = await runCli(
      [
        "campaign",
        "cost",
        "remove",
        "--org",
        "cli-brand",
        "--campaign",
        campaignId,
        "--cost",
        JSON.parse(shoot.stdout).id,
      ],
      { env },
    );
    expect(removed.code).toBe(0);
    const after = JSON.parse((await runCli([...list, "--json"], { env })).stdout);
    expect(after).toMatchObject({ total: 40_000, currency: "EUR" });
    expect(after.items.map((c: { description: string }) => c.description)).toEqual(["Agency fee"]);
  }, 120_000);

  it("prints an API key alone on standard output, and the key works against the API", async () => {
    const created = await runCli(["apikey", "create", "--org", "cli-brand", "--name", "CI"], { env });
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^amp_[A-Za-z0-9_-]+\n$/);
    const key = created.stdout.trim();

    const app = await buildApp({
      databaseUrl: env.AMPLIO_DATABASE_URL,
      databaseSchema: env.AMPLIO_DATABASE_SCHEMA,
      logLevel: "silent",
      webRoot: null,
    });
    try {
      const response = await app.inject({
        method: "GET",
        url: "/api/v1/organisation",
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.json()).toMatchObject({ slug: "cli-brand" });
    } finally {
      await app.close();
    }
  });

  it("sets a user's password and signs them out everywhere", async () => {
    const app = await buildApp({
      databaseUrl: env.AMPLIO_DATABASE_URL,
      databaseSchema: env.AMPLIO_DATABASE_SCHEMA,
      logLevel: "silent",
      webRoot: null,
    });
    const signIn = (password: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: "ops@example.com", password },
      });
    try {
      const before = await signIn("a long password");
      expect(before.statusCode).toBe(200);
      const cookie = before.cookies.map((c) => `${c.name}=${c.value}`).join("; ");

      const set = await runCli(["user", "set-password", "--email", "ops@example.com", "--json"], { env });
      expect(set.code).toBe(0);
      const { password } = JSON.parse(set.stdout);
      expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);

      expect(
        (await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } })).statusCode,
      ).toBe(401);
      expect((await signIn("a long password")).statusCode).toBe(401);
      expect((await signIn(password)).statusCode).toBe(200);
      const unknown = await runCli(["user", "set-password", "--email", "nobody@example.com"], { env });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain("User was not found");
    } finally {
      await app.close();
    }
  });

  it("explains usage errors instead of failing silently", async () => {
    const missing = await runCli(["org", "create", "--slug", "x"], { env });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("--name");
    const unknownOrg = await runCli(["apikey", "create", "--org", "no-such-org", "--name", "x"], { env });
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toContain('No organisation with slug "no-such-org"');
    const duplicate = await runCli(["org", "create", "--name", "Again", "--slug", "cli-brand"], { env });
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("taken");
  });

  it("creates the demo workspace once and reports the sign-in", async () => {
    const first = await runCli(["demo", "--json"], { env });
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({
      created: true,
      organisationSlug: "northwind-outdoor",
      email: "demo@amplio.example",
    });
    // Every workspace has its own password, given once.
    expect(result.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(result.password).not.toBe("amplio-demo-2026");
    expect(result.creators).toBeGreaterThanOrEqual(2_000);
    // The measured campaign has the traffic its report and charts are about: ~200,000 clicks, ~5,000 orders.
    const database =
      dialect === "sqlite" ? openDatabase(env.AMPLIO_DATABASE_URL as string) : pgSchema?.database;
    if (!database) throw new Error("no database");
    const clicks = await database.db
      .selectFrom("tracking_link_hourly")
      .select((eb) => eb.fn.sum<number>("clicks").as("n"))
      .executeTakeFirstOrThrow();
    const orders = await database.db
      .selectFrom("conversions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("type", "=", "order")
      .where("attribution", "!=", "none")
      .executeTakeFirstOrThrow();
    if (dialect === "sqlite") await database.destroy();
    expect(Number(clicks.n)).toBeGreaterThan(150_000);
    expect(Number(orders.n)).toBeGreaterThan(4_000);
    const second = await runCli(["demo", "--json"], { env });
    expect(JSON.parse(second.stdout)).toMatchObject({ created: false, password: null });
    // It prints the address `amplio serve` answers on with the same environment, not a fixed one.
    const onPort = await runCli(["demo"], { env: { ...env, PORT: "4321", AMPLIO_PUBLIC_URL: undefined } });
    expect(onPort.stdout).toContain("Sign in at http://localhost:4321 as demo@amplio.example");
    const published = await runCli(["demo"], {
      env: { ...env, PORT: "4321", AMPLIO_PUBLIC_URL: "https://amplio.example.com" },
    });
    expect(published.stdout).toContain("Sign in at https://amplio.example.com as");
    // `npm run demo -- --port 4555` reaches `amplio demo --serve --port 4555`: the sign-in names that port.
    const flagged = await runCli(["demo", "--port", "4555"], {
      env: { ...env, AMPLIO_PUBLIC_URL: undefined },
    });
    expect(flagged.stdout).toContain("Sign in at http://localhost:4555 as");
  }, 180_000);
});

describe("amplio serve", () => {
  it("serves, then shuts down gracefully on SIGTERM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "amplio-serve-"));
    const port = await freePort();
    const child = spawnCli(["serve", "--port", String(port), "--host", "127.0.0.1"], {
      AMPLIO_DATABASE_URL: `sqlite:${path.join(dir, "amplio.db")}`,
      AMPLIO_LOG_LEVEL: "info",
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    try {
      let healthy = false;
      for (let i = 0; i < 100 && !healthy; i++) {
        healthy = await fetch(`http://127.0.0.1:${port}/healthz`)
          .then((r) => r.ok)
          .catch(() => false);
        if (!healthy) await new Promise((r) => setTimeout(r, 100));
      }
      expect(healthy).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(output).toContain("shutting down");
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits at once with a plain message when its port is taken", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "amplio-serve-"));
    const taken = createServer(() => {});
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    if (!address || typeof address === "string") throw new Error("no TCP address");
    try {
      const started = Date.now();
      const result = await runCli(["serve", "--port", String(address.port), "--host", "127.0.0.1"], {
        env: { AMPLIO_DATABASE_URL: `sqlite:${path.join(dir, "amplio.db")}` },
      });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`Port ${address.port} on 127.0.0.1 is already in use`);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      taken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers --help for every command", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["serve", "migrate", "demo", "org", "user", "apikey"])
      expect(help.stdout).toContain(command);
  });
});
