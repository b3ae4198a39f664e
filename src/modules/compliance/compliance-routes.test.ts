import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";

function problem(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(String(response.headers["content-type"])).toContain("application/problem+json");
  return response.json() as {
    status: number;
    detail: string;
    errors?: Array<{ field: string; message: string }>;
  };
}

describeEachDatabase("POST /api/v1/compliance/check", (dialect) => {
  let test: TestApp;
  let app: FastifyInstance;
  let owner: SignedInUser;

  beforeAll(async () => {
    test = await openTestApp(dialect);
    app = test.app;
    owner = await signUp(app);
  });
  afterAll(async () => test.close());

  const check = (payload: unknown) =>
    asUser(app, owner)({ method: "POST", url: "/api/v1/compliance/check", payload: payload as object });

  it("answers the checker's result for a signed-in person", async () => {
    const caption = "Loving the new serum from @glow #sp";
    const response = await check({ caption, jurisdiction: "us", platform: "instagram", connection: "paid" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      compliant: false,
      findings: [
        {
          rule: "disclosure.ambiguous",
          severity: "error",
          message: expect.stringContaining("#sp"),
          start: caption.indexOf("#sp"),
          end: caption.length,
        },
      ],
    });
  });

  it("checks brief requirements and the jurisdiction given", async () => {
    const caption = "Werbung | Neues Serum, ein Wundermittel! #glowsommer";
    const response = await check({
      caption,
      jurisdiction: "de",
      platform: "youtube",
      brand: "Glow",
      requiredHashtags: ["#GlowSommer"],
      requiredMentions: ["@glow"],
      forbiddenTerms: ["Wundermittel"],
      discountCode: "GLOW10",
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { compliant: boolean; findings: Array<{ rule: string; start: number }> };
    expect(body.compliant).toBe(false);
    expect(body.findings.map((f) => f.rule)).toEqual([
      "disclosure.video-unverified",
      "brief.mention-missing",
      "brief.code-missing",
      "brief.forbidden-term",
    ]);
    expect(body.findings.at(-1)?.start).toBe(caption.indexOf("Wundermittel"));
  });

  it("works with an API key and for a viewer", async () => {
    const key = await createApiKey(app, owner);
    const byKey = await asApiKey(
      app,
      key,
    )({
      method: "POST",
      url: "/api/v1/compliance/check",
      payload: { caption: "#ad new drop", jurisdiction: "uk", platform: "linkedin" },
    });
    expect(byKey.statusCode).toBe(200);
    expect(byKey.json()).toEqual({ compliant: true, findings: [] });

    const viewer = await signUp(app);
    await test.database.db
      .updateTable("memberships")
      .set({ role: "viewer" })
      .where("user_id", "=", viewer.userId)
      .execute();
    const byViewer = await asUser(
      app,
      viewer,
    )({
      method: "POST",
      url: "/api/v1/compliance/check",
      payload: { caption: "Anzeige: Serum", jurisdiction: "de", platform: "instagram" },
    });
    expect(byViewer.statusCode).toBe(200);
    expect(byViewer.json()).toEqual({ compliant: true, findings: [] });
  });

  it("refuses anonymous callers", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/compliance/check",
      payload: { caption: "#ad", jurisdiction: "us", platform: "instagram" },
    });
    expect(response.statusCode).toBe(401);
    expect(problem(response).status).toBe(401);
  });

  it.each([
    [{ jurisdiction: "us", platform: "instagram" }, "caption"],
    [{ caption: "#ad", jurisdiction: "es", platform: "instagram" }, "jurisdiction"],
    [{ caption: "#ad", jurisdiction: "us", platform: "myspace" }, "platform"],
    [{ caption: "#ad", jurisdiction: "us", platform: "instagram", connection: "friend" }, "connection"],
    [{ caption: 42, jurisdiction: "us", platform: "instagram" }, "caption"],
    [
      { caption: "#ad", jurisdiction: "us", platform: "instagram", requiredHashtags: "#glow" },
      "requiredHashtags",
    ],
    [
      { caption: "#ad", jurisdiction: "us", platform: "instagram", requiredHashtags: ["ok", "two words"] },
      "requiredHashtags.1",
    ],
    [
      { caption: "#ad", jurisdiction: "us", platform: "instagram", requiredMentions: ["@"] },
      "requiredMentions.0",
    ],
    [
      { caption: "#ad", jurisdiction: "us", platform: "instagram", forbiddenTerms: ["?!"] },
      "forbiddenTerms.0",
    ],
    [{ caption: "#ad", jurisdiction: "us", platform: "instagram", trackingLink: "nope" }, "trackingLink"],
    [{ caption: "#ad", jurisdiction: "us", platform: "instagram", colour: "red" }, "colour"],
  ])("answers 400 problem+json naming the field for %j", async (payload, field) => {
    const response = await check(payload);
    expect(response.statusCode).toBe(400);
    const body = problem(response);
    expect(body.errors?.map((e) => e.field)).toContain(field);
  });

  it("handles a 100 KB caption with odd Unicode", async () => {
    const caption = `#ad ${"שלום \u200F👩‍👩‍👧‍👦 e\u0301 \u200D ".repeat(6_000)}`.slice(0, 100_000);
    const response = await check({
      caption,
      jurisdiction: "fr",
      platform: "tiktok",
      forbiddenTerms: ["שלום"],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { findings: Array<{ rule: string; start: number; end: number }> };
    const forbidden = body.findings.filter((f) => f.rule === "brief.forbidden-term");
    expect(forbidden.length).toBeGreaterThan(1_000);
    expect(forbidden.every((f) => caption.slice(f.start, f.end) === "שלום")).toBe(true);
  });

  it("lists the jurisdictions from the data files", async () => {
    const response = await asUser(app, owner)({ method: "GET", url: "/api/v1/compliance/jurisdictions" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: Array<{ code: string; name: string }> };
    expect(body.items.map((j) => j.code)).toEqual(["de", "fr", "in", "uk", "us"]);
    expect(body.items.find((j) => j.code === "de")?.name).toBe("Germany");
  });
});
