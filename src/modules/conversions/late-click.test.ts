import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { newClickId } from "../tracking/click-id.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";
import { lateClicksJobKind } from "./attribute-late-clicks.js";

const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

describeEachDatabase("attribution sees every answered click (M11)", (dialect) => {
  let t: TestApp;
  let second: FastifyInstance;
  let api: ReturnType<typeof asApiKey>;
  let creatorId: string;
  let code: string;
  let orders = 0;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    // Another Amplio process on the same database: its own redirect, click buffer and link cache.
    second = await buildApp({ logLevel: "silent", webRoot: null, rateLimits: false, database: t.database });
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Fast Buyers",
          goal: "conversion",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
        },
      })
    ).json().id as string;
    creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Quick Quinn",
          accounts: [{ platform: "instagram", handle: "quick.quinn", followers: 12_000 }],
        },
      })
    ).json().id as string;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    code = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/links`,
        payload: { creatorId, destinationUrl: "https://shop.example.com/" },
      })
    ).json().code as string;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  /** Follows the link on `app` and returns the click id the shop would receive. */
  async function click(app: FastifyInstance): Promise<string> {
    const response = await app.inject({
      method: "GET",
      url: `/r/${code}`,
      headers: { "user-agent": chrome },
    });
    expect(response.statusCode).toBe(302);
    return new URL(response.headers.location as string).searchParams.get("amp_cid") as string;
  }
  const convert = (clickId: string) => {
    orders += 1;
    return api({
      method: "POST",
      url: "/api/v1/conversions",
      payload: {
        orderId: `fast-${orders}`,
        occurredAt: new Date().toISOString(),
        amount: 4_900,
        currency: "EUR",
        landingUrl: `https://shop.example.com/?amp_cid=${clickId}`,
      },
    });
  };
  const lateClickJobs = () =>
    t.database.db
      .selectFrom("jobs")
      .select(["status", "payload"])
      .where("kind", "=", lateClicksJobKind)
      .execute();

  it("attributes a conversion recorded the moment after its click, in the process that answered it", async () => {
    for (let n = 0; n < 4; n++) {
      const clickId = await click(t.app);
      const response = await convert(clickId);
      expect(response.statusCode).toBe(201);
      expect(response.json().attribution).toMatchObject({ reason: "click", creatorId, clickId });
    }
    expect(await lateClickJobs()).toEqual([]);
  });

  it("attributes a click answered by another process once that process has written it", async () => {
    // The other process holds its clicks until the test lets its write through: a flush still to come.
    const store = trackingRuntime(second.amplio).store;
    const write = store.write.bind(store);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    store.write = async (batch) => {
      await held;
      return write(batch);
    };
    const clickId = await click(second);
    const recorded = await convert(clickId);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().attribution.reason).toBe("none");
    const orderId = `fast-${orders}`;

    // A second after the conversion the click is still unwritten: the job looks, and will look again.
    expect(await t.app.amplio.jobs.runDue(() => new Date(Date.now() + 2_000))).toBe(1);
    expect((await lateClickJobs()).map((j) => j.status)).toEqual(["pending"]);

    release();
    await trackingRuntime(second.amplio).writeAnsweredClicks();
    store.write = write;
    // The retry (30 s later) finds the click and credits it.
    expect(await t.app.amplio.jobs.runDue(() => new Date(Date.now() + 31_000))).toBe(1);
    const conversion = (await api({ method: "GET", url: `/api/v1/conversions/${orderId}` })).json();
    expect(conversion.attribution).toMatchObject({ reason: "click", creatorId, clickId });
    expect((await lateClickJobs()).map((j) => j.status)).toEqual(["done"]);
  });

  it("waits for no click whose id is unknown and too old to be on its way", async () => {
    const stale = newClickId(Date.now() - 60 * 60_000);
    const response = await convert(stale);
    expect(response.json().attribution.reason).toBe("none");
    expect((await lateClickJobs()).map((j) => j.status)).toEqual(["done"]);
  });
});
