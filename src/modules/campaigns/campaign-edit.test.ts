import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

describeEachDatabase(
  "campaigns: editing, archiving, duplicating, budget with costs (issue 21)",
  (dialect) => {
    let t: TestApp;
    let api: ReturnType<typeof asApiKey>;
    let otherApi: ReturnType<typeof asApiKey>;
    let campaignId: string;

    const profile = {
      countries: ["de", "AT"],
      ageMin: 25,
      ageMax: 44,
      genders: ["female"],
      niches: ["Hiking", "camping"],
      languages: ["DE"],
      tiers: ["micro", "mid"],
      personas: [
        {
          name: "Weekend hiker",
          description: "Plans trips on Thursday",
          motivations: ["fresh air", "friends"],
        },
        { name: "Gear nerd", motivations: ["lighter packs"] },
      ],
    };

    beforeAll(async () => {
      t = await openTestApp(dialect);
      api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
      otherApi = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
      const created = await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Trail Season",
          goal: "awareness",
          startDate: "2027-04-01",
          endDate: "2027-05-31",
          currency: "EUR",
          budget: 1_000_000,
          idealCustomerProfile: profile,
          competitorBrands: ["Rival Outdoors"],
          kpis: [{ metric: "reach", comparison: "gte", target: 500_000 }],
        },
      });
      expect(created.statusCode).toBe(201);
      campaignId = created.json().id;
    });
    afterAll(async () => t.close());

    const get = async (id = campaignId) =>
      (await api({ method: "GET", url: `/api/v1/campaigns/${id}` })).json();
    const patch = (payload: Record<string, unknown>, id = campaignId) =>
      api({ method: "PATCH", url: `/api/v1/campaigns/${id}`, payload });
    const list = async (query = "") =>
      (
        (await api({ method: "GET", url: `/api/v1/campaigns${query}` })).json().items as Array<{
          name: string;
        }>
      ).map((c) => c.name);

    it("keeps the whole ideal customer profile, personas with their motivations included", async () => {
      expect((await get()).idealCustomerProfile).toEqual({
        countries: ["DE", "AT"],
        ageMin: 25,
        ageMax: 44,
        genders: ["female"],
        niches: ["hiking", "camping"],
        languages: ["de"],
        tiers: ["micro", "mid"],
        personas: [
          {
            name: "Weekend hiker",
            description: "Plans trips on Thursday",
            motivations: ["fresh air", "friends"],
          },
          { name: "Gear nerd", description: null, motivations: ["lighter packs"] },
        ],
      });
    });

    it("changes every field PATCH accepts, one at a time, and keeps the others", async () => {
      const changes: Array<[Record<string, unknown>, Record<string, unknown>]> = [
        [{ name: "Trail Season 2027" }, { name: "Trail Season 2027" }],
        [{ brand: "Peak Gear" }, { brand: "Peak Gear" }],
        [{ goal: "conversion" }, { goal: "conversion" }],
        [{ startDate: "2027-04-15" }, { startDate: "2027-04-15" }],
        [{ endDate: "2027-06-30" }, { endDate: "2027-06-30" }],
        [{ budget: 1_250_000 }, { budget: 1_250_000 }],
        [{ currency: "GBP" }, { currency: "GBP" }],
        [{ attributionWindowDays: 14 }, { attributionWindowDays: 14 }],
        [
          { competitorBrands: ["Rival Outdoors", "Summit Co"] },
          { competitorBrands: ["Rival Outdoors", "Summit Co"] },
        ],
        [
          { kpis: [{ metric: "clicks", comparison: "gte", target: 20_000 }] },
          { kpis: [{ metric: "clicks", comparison: "gte", target: 20_000, unit: "count" }] },
        ],
        [
          { idealCustomerProfile: { ...profile, personas: [{ name: "Commuter", motivations: ["time"] }] } },
          {
            idealCustomerProfile: expect.objectContaining({
              personas: [{ name: "Commuter", description: null, motivations: ["time"] }],
              tiers: ["micro", "mid"],
            }),
          },
        ],
        [{ budget: null }, { budget: null }],
      ];
      for (const [payload, expected] of changes) {
        const response = await patch(payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(200);
        expect(response.json()).toMatchObject(expected);
      }
      expect(await get()).toMatchObject({
        name: "Trail Season 2027",
        brand: "Peak Gear",
        goal: "conversion",
        startDate: "2027-04-15",
        endDate: "2027-06-30",
        currency: "GBP",
        attributionWindowDays: 14,
      });
    });

    it("refuses a persona without a name and an end before the start, naming the field", async () => {
      const unnamed = await patch({ idealCustomerProfile: { personas: [{ name: " ", motivations: [] }] } });
      expect(unnamed.statusCode).toBe(400);
      expect(JSON.stringify(unnamed.json())).toContain("personas");
      const twins = await patch({
        idealCustomerProfile: { personas: [{ name: "Hiker" }, { name: "hiker ", motivations: ["views"] }] },
      });
      expect(twins.statusCode).toBe(400);
      expect(twins.json().errors[0]).toMatchObject({
        field: "idealCustomerProfile.personas.1.name",
        message: "another persona already has this name",
      });
      const backwards = await patch({ endDate: "2027-01-01" });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors[0].field).toBe("endDate");
    });

    describe("archiving", () => {
      let archivedId: string;
      beforeAll(async () => {
        archivedId = (
          await api({
            method: "POST",
            url: "/api/v1/campaigns",
            payload: {
              name: "Winter Past",
              goal: "loyalty",
              startDate: "2026-01-01",
              endDate: "2026-02-01",
              currency: "EUR",
            },
          })
        ).json().id;
      });

      it("hides an archived campaign from the list by default and shows it under the archived filter", async () => {
        const archived = await patch({ archived: true }, archivedId);
        expect(archived.statusCode).toBe(200);
        expect(archived.json().archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(await list()).not.toContain("Winter Past");
        expect(await list("?status=archived")).toEqual(["Winter Past"]);
        expect(await list("?status=all")).toEqual(
          expect.arrayContaining(["Winter Past", "Trail Season 2027"]),
        );
      });

      it("restores it", async () => {
        const restored = await patch({ archived: false }, archivedId);
        expect(restored.json().archivedAt).toBeNull();
        expect(await list()).toContain("Winter Past");
        expect(await list("?status=archived")).toEqual([]);
      });

      it("does not let another organisation archive it", async () => {
        const response = await otherApi({
          method: "PATCH",
          url: `/api/v1/campaigns/${archivedId}`,
          payload: { archived: true },
        });
        expect(response.statusCode).toBe(404);
      });
    });

    it("duplicates objectives, audience, KPIs, competitors and brief, but no creators or costs", async () => {
      const creator = await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ana",
          accounts: [{ platform: "instagram", handle: "ana.trails", followers: 40_000 }],
        },
      });
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators`,
        payload: { creatorId: creator.json().id },
      });
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/costs`,
        payload: { description: "Shoot", amount: 5_000, incurredOn: "2027-04-20" },
      });
      const brief = await api({
        method: "PUT",
        url: `/api/v1/campaigns/${campaignId}/brief`,
        payload: {
          objective: "Show the trail",
          requiredHashtags: ["#trail"],
          trackingLink: "https://example.com/x",
        },
      });
      expect(brief.statusCode).toBe(200);

      const response = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/duplicate`,
        payload: {},
      });
      expect(response.statusCode).toBe(201);
      const copy = response.json();
      const original = await get();
      expect(copy.id).not.toBe(original.id);
      expect(copy.name).toBe("Trail Season 2027 (copy)");
      expect(copy.slug).not.toBe(original.slug);
      for (const field of [
        "brand",
        "goal",
        "startDate",
        "endDate",
        "currency",
        "budget",
        "attributionWindowDays",
        "idealCustomerProfile",
        "competitorBrands",
        "kpis",
      ])
        expect(copy[field], field).toEqual(original[field]);
      const creators = await api({ method: "GET", url: `/api/v1/campaigns/${copy.id}/creators` });
      expect(creators.json().items).toEqual([]);
      const costs = await api({ method: "GET", url: `/api/v1/campaigns/${copy.id}/costs` });
      expect(costs.json().total).toBe(0);
      const copiedBrief = (await api({ method: "GET", url: `/api/v1/campaigns/${copy.id}/brief` })).json();
      expect(copiedBrief.content).toMatchObject({
        objective: "Show the trail",
        requiredHashtags: ["#trail"],
        trackingLink: "",
      });

      const named = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/duplicate`,
        payload: { name: "Trail Season 2028" },
      });
      expect(named.json().name).toBe("Trail Season 2028");
      const foreign = await otherApi({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/duplicate`,
        payload: {},
      });
      expect(foreign.statusCode).toBe(404);
    });

    it("counts campaign-level costs in the budget's committed and forecast spend", async () => {
      const id = (
        await api({
          method: "POST",
          url: "/api/v1/campaigns",
          payload: {
            name: "Budget With Costs",
            goal: "awareness",
            startDate: "2027-01-01",
            endDate: "2027-01-31",
            currency: "EUR",
            budget: 100_000,
          },
        })
      ).json().id;
      for (const [description, amount] of [
        ["Shoot", 12_500],
        ["Agency", 30_000],
      ] as const)
        await api({
          method: "POST",
          url: `/api/v1/campaigns/${id}/costs`,
          payload: { description, amount, incurredOn: "2027-01-10" },
        });
      const budget = (await api({ method: "GET", url: `/api/v1/campaigns/${id}/budget` })).json();
      // No contracts or offers: 12,500 + 30,000 = 42,500 committed and forecast; 100,000 − 42,500 = 57,500 left.
      expect(budget).toMatchObject({
        budget: 100_000,
        campaignCosts: 42_500,
        contracted: 0,
        committed: 42_500,
        forecast: 42_500,
        remaining: 57_500,
      });
    });
  },
);
