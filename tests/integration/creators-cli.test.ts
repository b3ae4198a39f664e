import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, runCli } from "../../src/test-support/cli.js";
import {
  describeEachDatabase,
  openTestDatabase,
  postgresTestUrl,
  type TestDatabase,
} from "../../src/test-support/databases.js";

assertBuilt();

const csv = [
  "\uFEFFProfile URL,Followers,ER,Country,Name,Categories,Email",
  "https://www.instagram.com/mia.berg/,12.5K,3.2%,Germany,Mia Berg,hiking;camping,mia@example.com",
  'https://www.tiktok.com/@benrides,"1,234",5%,us,"Ben, the Rider",cycling,',
  "https://www.youtube.com/@chefana,1.2M,0.021,ES,Ana Chef,food,",
  "https://example.com/nobody,100,1%,US,Nobody,,",
].join("\r\n");

describeEachDatabase("amplio creators CLI", (dialect) => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let pgSchema: TestDatabase | null = null;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "amplio-creators-cli-"));
    file = path.join(dir, "export.csv");
    writeFileSync(file, csv);
    if (dialect === "sqlite") env = { AMPLIO_DATABASE_URL: `sqlite:${path.join(dir, "amplio.db")}` };
    else {
      pgSchema = await openTestDatabase("postgres");
      const schema = (
        await pgSchema.database.db
          .selectNoFrom((eb) => eb.fn<string>("current_schema").as("s"))
          .executeTakeFirstOrThrow()
      ).s;
      env = { AMPLIO_DATABASE_URL: postgresTestUrl, AMPLIO_DATABASE_SCHEMA: schema };
    }
    const created = await runCli(["org", "create", "--name", "Import Brand", "--slug", "import-brand"], {
      env,
    });
    expect(created.code, created.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgSchema?.drop();
  });

  it("imports a file, reports rejected lines, and changes nothing on a second import", async () => {
    const first = await runCli(["creators", "import", file, "--org", "import-brand", "--json"], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      imported: 3,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      rejections: [
        {
          line: 5,
          field: "profileUrl",
          message: "is not an Instagram, TikTok, YouTube or LinkedIn profile URL",
        },
      ],
    });
    const again = await runCli(["creators", "import", file, "--org", "import-brand", "--json"], { env });
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, updated: 0, unchanged: 3, rejected: 1 });
    const text = await runCli(["creators", "import", file, "--org", "import-brand"], { env });
    expect(text.stdout).toContain("line 5: profileUrl:");
  });

  it("searches with the API's filters as kebab-case flags and prints the API's shape", async () => {
    const result = await runCli(
      [
        "creators",
        "search",
        "--org",
        "import-brand",
        "--min-followers",
        "1000",
        "--max-followers",
        "100000",
        "--json",
      ],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.total).toBe(2);
    expect(body.items.map((i: { handle: string }) => i.handle)).toEqual(["mia.berg", "benrides"]);
    expect(body.items[0]).toMatchObject({
      platform: "instagram",
      name: "Mia Berg",
      followers: 12_500,
      tier: "micro",
      country: "DE",
      niches: ["hiking", "camping"],
      qualityScore: 100,
    });
    expect(body.items[0].engagementRate).toBeCloseTo(0.032);

    const text = await runCli(
      ["creators", "search", "--org", "import-brand", "--q", "ben", "--niche", "cycling"],
      { env },
    );
    expect(text.stdout).toContain("1 accounts");
    expect(text.stdout).toContain("Ben, the Rider");

    const bad = await runCli(["creators", "search", "--org", "import-brand", "--min-followers", "-5"], {
      env,
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--min-followers");
    const rate = await runCli(
      ["creators", "search", "--org", "import-brand", "--min-engagement-rate", "3.2"],
      { env },
    );
    expect(rate.code).not.toBe(0);
    expect(rate.stderr).toContain("--min-engagement-rate");
  });

  it("gives a line number, not a stack trace, for a malformed file", async () => {
    const broken = path.join(dir, "broken.csv");
    writeFileSync(broken, 'handle,platform,followers\nok,instagram,100\nbad,"instagram,300\n');
    const result = await runCli(["creators", "import", broken, "--org", "import-brand"], { env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/malformed at line 3/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
