import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../../test-support/databases.js";
import { systemActor } from "../audit/actor.js";
import { createOrganisation } from "../organisations/organisations.js";
import { getAccountsByIds } from "./get-accounts-by-ids.js";
import { type ImportOptions, importCreators as importCreatorsFrom } from "./import-creators.js";
import {
  importFields,
  parseCount,
  parseCountry,
  parseImportFields,
  parseProfileUrl,
  parseRate,
} from "./import-row.js";

const parseImportRow = (record: Record<string, unknown>) => parseImportFields(importFields(record));

describe("import values", () => {
  it("reads counts written as 12.5K, 1.2M, 1,234 and 1 234", () => {
    expect(parseCount("12.5K")).toBe(12_500);
    expect(parseCount("1.2M")).toBe(1_200_000);
    expect(parseCount("1,234")).toBe(1_234);
    expect(parseCount("1 234")).toBe(1_234);
    expect(parseCount("3b")).toBe(3_000_000_000);
    expect(parseCount("-5")).toBeNull();
    expect(parseCount("lots")).toBeNull();
  });

  it("reads engagement as a fraction or a percent", () => {
    expect(parseRate("3.2%")).toBeCloseTo(0.032);
    expect(parseRate("0.032")).toBeCloseTo(0.032);
    expect(parseRate("3.2")).toBeCloseTo(0.032);
    expect(parseRate("150%")).toBeNull();
    expect(parseRate("high")).toBeNull();
  });

  it("reads countries as ISO codes or English names", () => {
    expect(parseCountry("us")).toBe("US");
    expect(parseCountry("Germany")).toBe("DE");
    expect(parseCountry("GBR")).toBe("GB");
    expect(parseCountry("Atlantis")).toBeNull();
    expect(parseCountry("XX")).toBeNull();
  });

  it("reads platform and handle from profile URLs", () => {
    expect(parseProfileUrl("https://www.instagram.com/mia.berg/")).toEqual({
      platform: "instagram",
      handle: "mia.berg",
    });
    expect(parseProfileUrl("tiktok.com/@benrides")).toEqual({ platform: "tiktok", handle: "@benrides" });
    expect(parseProfileUrl("https://www.linkedin.com/in/dana-w")).toEqual({
      platform: "linkedin",
      handle: "dana-w",
    });
    expect(parseProfileUrl("https://example.com/x")).toBeNull();
  });

  it("accepts the headers of common exports and names the field at fault", () => {
    const row = parseImportRow({ "@handle": "@Mia", Subscribers: "12K", ER: "4%", Network: "YouTube" });
    expect(row).toMatchObject({
      ok: true,
      account: { platform: "youtube", handle: "mia", followers: 12_000 },
    });
    expect(parseImportRow({ username: "x", platform: "instagram", followers: "many" })).toEqual({
      ok: false,
      field: "followers",
      message: '"many" is not a count',
    });
  });
});

const csv = [
  "\uFEFFUsername,Platform,Follower Count,Engagement Rate,Country,Full Name,Niche,Bio",
  '@Trail.Mia,Instagram,12.5K,3.2%,Germany,Mia Berg,"hiking; camping","Alps, lakes',
  'and 🏔️ peaks"',
  'benrides,tiktok,"1,234",0.05,us,Ben Ride,cycling,',
  "bad,myspace,100,1%,US,X,,",
  "",
  "nofollow,instagram,,1%,US,Y,,",
  "https://www.youtube.com/@ChefAna,,1.2M,2.1,ES,Ana Chef,food,Recetas 🌮",
  "weird,instagram,100,1%,Narnia,Z,,",
].join("\n");

const scratch = mkdtempSync(path.join(tmpdir(), "amplio-import-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;

// Every case runs twice: with a stream, read on the calling thread, and with a file, read in a worker thread
// (decision 0006).
for (const fromFile of [false, true])
  describeEachDatabase(
    `creator import, ${fromFile ? "a file read in a worker thread" : "a stream read inline"}`,
    (dialect) => {
      let test: TestDatabase;
      let organisationId: string;
      const ctx = () => ({ organisationId, actor: systemActor("test") });
      const importCreators = async (
        db: Kysely<Database>,
        context: ReturnType<typeof ctx>,
        input: Readable,
        options: ImportOptions,
      ) => {
        if (!fromFile) return importCreatorsFrom(db, context, input, options);
        const file = path.join(scratch, `import-${files++}.${options.format}`);
        await pipeline(input, createWriteStream(file));
        return importCreatorsFrom(db, context, { file }, options);
      };

      beforeAll(async () => {
        test = await openTestDatabase(dialect);
        const organisation = await test.database.db.transaction().execute((trx) =>
          createOrganisation(trx, {
            name: "Import Co",
            slug: `import-${dialect}-${fromFile ? "file" : "stream"}`,
            kind: "brand",
            actor: systemActor(),
          }),
        );
        organisationId = organisation.id;
      });
      afterAll(async () => test.drop());

      it("imports valid rows, rejects invalid ones with line and field, and a re-import changes nothing", async () => {
        const { db } = test.database;
        const first = await importCreators(db, ctx(), Readable.from([csv]), { format: "csv" });
        expect(first).toMatchObject({ imported: 3, updated: 0, unchanged: 0, rejected: 3 });
        expect(first.rejections).toEqual([
          {
            line: 5,
            field: "platform",
            message: '"myspace" is not one of instagram, tiktok, youtube, linkedin',
          },
          { line: 7, field: "followers", message: "is missing" },
          { line: 9, field: "country", message: '"Narnia" is not a country' },
        ]);
        const accounts = await db
          .selectFrom("social_accounts")
          .select("id")
          .where("organisation_id", "=", organisationId)
          .orderBy("handle")
          .execute();
        const views = await getAccountsByIds(
          db,
          organisationId,
          accounts.map((a) => a.id),
        );
        expect(views.map((v) => [v.platform, v.handle, v.followers, v.tier, v.country])).toEqual([
          ["tiktok", "benrides", 1_234, "nano", "US"],
          ["youtube", "chefana", 1_200_000, "mega", "ES"],
          ["instagram", "trail.mia", 12_500, "micro", "DE"],
        ]);
        const mia = views.find((v) => v.handle === "trail.mia");
        expect(mia).toMatchObject({
          name: "Mia Berg",
          niches: ["hiking", "camping"],
          bio: "Alps, lakes\nand 🏔️ peaks",
        });
        expect(mia?.engagementRate).toBeCloseTo(0.032);

        const again = await importCreators(db, ctx(), Readable.from([csv]), { format: "csv" });
        expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3, rejected: 3 });
        const seqBefore = await db
          .selectFrom("creator_change_counters")
          .select("seq")
          .executeTakeFirstOrThrow();

        const changed = csv.replace("12.5K", "13.1K");
        const third = await importCreators(db, ctx(), Readable.from([changed]), { format: "csv" });
        expect(third).toMatchObject({ imported: 0, updated: 1, unchanged: 2 });
        const seqAfter = await db
          .selectFrom("creator_change_counters")
          .select("seq")
          .executeTakeFirstOrThrow();
        expect(Number(seqAfter.seq)).toBeGreaterThan(Number(seqBefore.seq));
      });

      it("imports JSON arrays streamed, in batches, with positions for rejected records", async () => {
        const { db } = test.database;
        const rows = Array.from({ length: 25 }, (_, i) => ({
          handle: `json_creator_${i}`,
          platform: "tiktok",
          followers: i === 7 ? "-3" : `${i + 1}K`,
          niches: ["gaming", "tech"],
        }));
        const summary = await importCreators(db, ctx(), Readable.from([JSON.stringify(rows)]), {
          format: "json",
          batchSize: 10,
        });
        expect(summary).toMatchObject({ imported: 24, rejected: 1 });
        expect(summary.rejections).toEqual([{ line: 8, field: "followers", message: '"-3" is not a count' }]);
      });

      it("reports progress after each batch: rows read and, for a file, bytes read", async () => {
        const { db } = test.database;
        const lines = ["handle,platform,followers"];
        for (let i = 0; i < 25; i++) lines.push(`progress_${i},youtube,${2_000 + i}`);
        const text = `${lines.join("\n")}\n`;
        const progress: Array<[number, number | null]> = [];
        await importCreators(db, ctx(), Readable.from([text]), {
          format: "csv",
          batchSize: 10,
          onProgress: (rows, bytesRead) => progress.push([rows, bytesRead]),
        });
        expect(progress.map(([rows]) => rows)).toEqual([10, 20, 25]);
        expect(progress.at(-1)?.[1]).toBe(fromFile ? Buffer.byteLength(text) : null);
      });

      it("leaves nothing of a batch whose write fails, keeping the batches before it", async () => {
        const { db } = test.database;
        // A database-side failure on one account of the second batch, after its creators are written.
        if (dialect === "sqlite")
          await sql`create trigger refuse_boom before insert on social_accounts when new.handle = 'half_boom'
        begin select raise(abort, 'refused'); end`.execute(db);
        else {
          await sql`create function refuse_boom() returns trigger language plpgsql as $$
        begin raise exception 'refused'; end $$`.execute(db);
          await sql`create trigger refuse_boom before insert on social_accounts for each row
        when (new.handle = 'half_boom') execute function refuse_boom()`.execute(db);
        }
        const lines = ["handle,platform,followers,name"];
        for (let i = 0; i < 30; i++)
          lines.push(`${i === 14 ? "half_boom" : `half_${i}`},instagram,${1_000 + i},Half ${i}`);
        try {
          await expect(
            importCreators(db, ctx(), Readable.from([lines.join("\r\n")]), { format: "csv", batchSize: 10 }),
          ).rejects.toThrow(/refused/);
        } finally {
          await sql`drop trigger refuse_boom ${sql.raw(dialect === "postgres" ? "on social_accounts" : "")}`.execute(
            db,
          );
          if (dialect === "postgres") await sql`drop function refuse_boom()`.execute(db);
        }
        const accounts = await db
          .selectFrom("social_accounts")
          .select("handle")
          .where("organisation_id", "=", organisationId)
          .where("handle", "like", "half%")
          .orderBy("followers")
          .execute();
        expect(accounts.map((a) => a.handle)).toEqual(Array.from({ length: 10 }, (_, i) => `half_${i}`));
        const creators = await db
          .selectFrom("creators")
          .select("name")
          .where("organisation_id", "=", organisationId)
          .where("name", "like", "Half %")
          .execute();
        expect(creators).toHaveLength(10);
      });

      it("stops at a malformed file with the line, keeping earlier batches whole", async () => {
        const { db } = test.database;
        const lines = ["handle,platform,followers"];
        for (let i = 0; i < 3_000; i++) lines.push(`chunked_${i},instagram,${1_000 + i}`);
        lines.push('bad,"instagram,300');
        const text = lines.join("\n");
        async function* slowly() {
          for (let i = 0; i < text.length; i += 4_096) {
            yield text.slice(i, i + 4_096);
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        await expect(
          importCreators(db, ctx(), Readable.from(slowly()), { format: "csv", batchSize: 500 }),
        ).rejects.toThrow(/malformed at line 3002/);
        const kept = await db
          .selectFrom("social_accounts")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("organisation_id", "=", organisationId)
          .where("handle", "like", "chunked_%")
          .executeTakeFirstOrThrow();
        expect(Number(kept.n)).toBeGreaterThan(0);
        expect(Number(kept.n) % 500).toBe(0);
        await expect(
          importCreators(db, ctx(), Readable.from(['[{"handle": "x",']), { format: "json" }),
        ).rejects.toThrow(/JSON file is malformed/);
      });

      if (fromFile)
        it("fails on a file it cannot read, with the reason", async () => {
          const { db } = test.database;
          await expect(
            importCreatorsFrom(db, ctx(), { file: path.join(scratch, "missing.csv") }, { format: "csv" }),
          ).rejects.toThrow(/ENOENT|no such file/);
        });
    },
  );
