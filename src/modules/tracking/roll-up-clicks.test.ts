import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type AmplioDatabase, openDatabase } from "../../db/database.js";
import {
  describeEachDatabase,
  openTestApp,
  postgresTestUrl,
  type TestApp,
} from "../../test-support/databases.js";
import { asUser, signUp } from "../../test-support/http.js";
import { batchOf } from "./click-batch.js";
import type { ClickEvent } from "./click-event.js";
import { newClickId } from "./click-id.js";
import { getLinkAnalytics } from "./link-analytics.js";
import { RecentClicks } from "./recent-clicks.js";
import { ClickRollup } from "./roll-up-clicks.js";
import { ClickWriter } from "./write-clicks.js";

const agents = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
];

describeEachDatabase("click rollups", (dialect) => {
  let test: TestApp;
  let second: AmplioDatabase;
  let links: Array<{ linkId: string; organisationId: string }>;
  let campaignId: string;

  beforeAll(async () => {
    test = await openTestApp(dialect);
    const user = await signUp(test.app);
    const as = asUser(test.app, user);
    const creatorId = (
      await as({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Roll Up",
          accounts: [{ platform: "instagram", handle: "roll.up", followers: 9_000 }],
        },
      })
    ).json().id as string;
    campaignId = (
      await as({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Rollups",
          goal: "conversion",
          startDate: "2026-11-01",
          endDate: "2026-12-31",
          currency: "EUR",
        },
      })
    ).json().id as string;
    await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    links = [];
    for (let i = 0; i < 3; i++) {
      const link = await as({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/links`,
        payload: { creatorId, destinationUrl: `https://shop.example.com/${i}` },
      });
      links.push({ linkId: link.json().id, organisationId: user.organisationId });
    }
    // A second process's own connection: on PostgreSQL another pool on the same schema.
    second =
      dialect === "postgres"
        ? openDatabase(postgresTestUrl, {
            schema: (await sql<{ s: string }>`select current_schema() as s`.execute(test.database.db)).rows[0]
              ?.s,
          })
        : test.database;
  });
  afterAll(async () => {
    if (second !== test.database) await second.destroy();
    await test.close();
  });

  const events = (count: number, offset: number): ClickEvent[] =>
    Array.from({ length: count }, (_, i) => {
      const n = offset + i;
      const at = Date.parse("2026-11-20T10:00:00Z") + n * 97_000;
      const link = links[n % links.length] as (typeof links)[number];
      return {
        clickId: newClickId(at),
        ...link,
        at,
        ip: `203.0.113.${n % 7}`,
        userAgent: agents[n % agents.length] as string,
        referer: n % 2 ? "https://www.instagram.com/p/abc" : undefined,
        country: n % 3 ? "DE" : null,
      };
    });

  it("counts every click exactly once while two processes append and roll up at the same time", async () => {
    // Each process's rollup takes its own writer's clicks from memory (SQLite) and reads the other's from the table.
    const recent = [new RecentClicks(), new RecentClicks()];
    const writers = [
      new ClickWriter(test.database.db, test.database.sqlite, recent[0]),
      new ClickWriter(second.db, second.sqlite, recent[1]),
    ];
    const rollups = [
      new ClickRollup(test.database.db, test.database.sqlite, recent[0]),
      new ClickRollup(second.db, second.sqlite, recent[1]),
    ];
    let writing = true;
    const appending = (async () => {
      for (let batch = 0; batch < 10; batch++)
        await Promise.all(writers.map((w, i) => w.write(batchOf(events(40, (batch * 2 + i) * 40)))));
      writing = false;
    })();
    const rolling = rollups.map(async (rollup) => {
      while (writing) {
        await rollup.run();
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
    });
    await Promise.all([appending, ...rolling]);
    // Then in turn, so that each rollup meets its own writer's clicks right after the watermark and the other's too.
    for (let batch = 0; batch < 4; batch++) {
      await (writers[batch % 2] as ClickWriter).write(batchOf(events(40, 800 + batch * 40)));
      await (rollups[batch % 2] as ClickRollup).run();
    }
    // A process that never saw these clicks (a restart) brings the rest in.
    await new ClickRollup(test.database.db, test.database.sqlite).run();

    const { db } = test.database;
    const clicks = await db.selectFrom("tracking_clicks").selectAll().execute();
    expect(clicks).toHaveLength(960);
    const humans = clicks.filter((c) => c.is_bot === 0);
    const hourly = await db.selectFrom("tracking_link_hourly").selectAll().execute();
    const sum = (pick: (row: (typeof hourly)[number]) => number) =>
      hourly.reduce((s, r) => s + Number(pick(r)), 0);
    expect(sum((r) => r.clicks)).toBe(humans.length);
    expect(sum((r) => r.bot_clicks)).toBe(clicks.length - humans.length);
    expect(sum((r) => r.desktop_clicks + r.mobile_clicks + r.tablet_clicks + r.other_clicks)).toBe(
      humans.length,
    );
    const distinctVisitors = new Set(
      humans.map((c) => `${c.link_id}|${c.occurred_at.slice(0, 10)}|${c.visitor_hash}`),
    );
    expect(sum((r) => r.unique_visitors)).toBe(distinctVisitors.size);
    const breakdown = await db
      .selectFrom("tracking_link_daily_breakdown")
      .select(["dimension", "clicks"])
      .execute();
    const byDimension = (d: string) =>
      breakdown.filter((b) => b.dimension === d).reduce((s, b) => s + Number(b.clicks), 0);
    expect(byDimension("country")).toBe(humans.filter((c) => c.country).length);
    expect(byDimension("referrer")).toBe(humans.filter((c) => c.referrer_host).length);
    const state = await db.selectFrom("tracking_rollup_state").selectAll().executeTakeFirstOrThrow();
    expect(Number(state.rolled_up_through)).toBe(Math.max(...clicks.map((c) => Number(c.seq))));
    // Nothing left: another run counts nothing and changes nothing.
    expect(await new ClickRollup(db, test.database.sqlite).run()).toBe(0);

    // The daily rows are the hourly ones summed per link and day.
    const byDay = new Map<string, number[]>();
    for (const r of hourly) {
      const key = `${r.link_id}|${r.hour.slice(0, 10)}`;
      const row = [r.clicks, r.bot_clicks, r.unique_visitors, r.mobile_clicks].map(Number);
      const sums = byDay.get(key);
      byDay.set(key, sums ? sums.map((sum, i) => sum + (row[i] as number)) : row);
    }
    const daily = await db.selectFrom("tracking_link_daily").selectAll().execute();
    expect(
      new Map(
        daily.map((r) => [
          `${r.link_id}|${r.day}`,
          [r.clicks, r.bot_clicks, r.unique_visitors, r.mobile_clicks].map(Number),
        ]),
      ),
    ).toEqual(byDay);

    // Analytics over whole days (daily rows) agree with the same range read hour by hour.
    const range = { from: "2026-11-20T00:00:00.000Z", to: "2026-11-22T00:00:00.000Z" };
    const scope = { campaignId };
    const organisationId = links[0]?.organisationId as string;
    const byDays = await getLinkAnalytics(db, organisationId, scope, { ...range, granularity: "day" });
    const byHours = await getLinkAnalytics(db, organisationId, scope, { ...range, granularity: "hour" });
    expect(byDays.totals).toEqual(byHours.totals);
    expect(byDays.totals.clicks).toBe(humans.length);
    expect(byDays.byCreator).toEqual(byHours.byCreator);
    expect(byDays.byDevice).toEqual(byHours.byDevice);
    expect(byDays.series.map((d) => d.bucket)).toEqual(["2026-11-20", "2026-11-21"]);
  });

  it("counts nothing of a batch whose transaction failed halfway, though the writer had begun to count it", async () => {
    const { db } = test.database;
    const counted = async () => {
      const clicks = await db
        .selectFrom("tracking_clicks")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      const hourly = await db
        .selectFrom("tracking_link_hourly")
        .select((eb) => eb.fn.sum<number>(eb("clicks", "+", eb.ref("bot_clicks"))).as("n"))
        .executeTakeFirstOrThrow();
      return [Number(clicks.n), Number(hourly.n)];
    };
    const recent = new RecentClicks();
    const writer = new ClickWriter(db, test.database.sqlite, recent);
    const rollup = new ClickRollup(db, test.database.sqlite, recent);
    await rollup.run();
    const [before] = await counted();
    await writer.write(batchOf(events(30, 2_000)));
    // The 21st click repeats the first one's id: the unique index refuses it and the whole batch rolls back.
    const failing = events(30, 2_100);
    (failing[20] as ClickEvent).clickId = (failing[0] as ClickEvent).clickId;
    await expect(writer.write(batchOf(failing))).rejects.toThrow();
    await writer.write(batchOf(events(25, 2_200)));
    await rollup.run();
    expect(await counted()).toEqual([(before as number) + 55, (before as number) + 55]);
  });
});
