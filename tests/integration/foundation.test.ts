import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import {
  asApiKey,
  asUser,
  createApiKey,
  createInvite,
  sessionCookie,
  signUp,
  uniqueEmail,
} from "../../src/test-support/http.js";

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers["content-type"])).toContain("application/problem+json");
  const body = response.json() as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: Array<{ field: string; message: string }>;
  };
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^urn:amplio:problem:/);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body;
}

describeEachDatabase("accounts, sessions and CSRF", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect, { loginMaxAttempts: 3 });
  });
  afterAll(async () => t.close());

  it("signs up with an httpOnly, SameSite=Lax session cookie and founds an organisation as owner", async () => {
    const email = uniqueEmail("founder");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: {
        name: "Ada Founder",
        email: email.toUpperCase(),
        password: "a long password",
        organisationName: "Acme Outdoors",
      },
    });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === "amplio_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
    const body = response.json();
    expect(body.user.email).toBe(email);
    expect(body.organisations).toEqual([
      expect.objectContaining({ name: "Acme Outdoors", slug: "acme-outdoors", role: "owner" }),
    ]);
    expect(body.activeOrganisationId).toBe(body.organisations[0].id);

    const session = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: sessionCookie(response) },
    });
    expect(session.json().user.email).toBe(email);
  });

  it("stores passwords hashed with scrypt, never in clear", async () => {
    const user = await signUp(t.app);
    const row = await t.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.userId)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(user.password);
  });

  it("refuses a duplicate email with 409 naming the field", async () => {
    const user = await signUp(t.app);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { name: "Again", email: user.email, password: "another password", organisationName: "Other" },
    });
    expect(expectProblem(response, 409).errors).toEqual([
      { field: "email", message: "already has an account" },
    ]);
  });

  it("signs in and out; a signed-out cookie no longer works", async () => {
    const user = await signUp(t.app);
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: user.password },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = sessionCookie(signIn);
    const csrfToken = signIn.json().csrfToken as string;
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/organisation", headers: { cookie } });
    expectProblem(after, 401);
  });

  it("rejects cookie-authenticated writes without the CSRF token", async () => {
    const user = await signUp(t.app);
    const withoutToken = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: { cookie: user.cookie },
      payload: { name: "x" },
    });
    expectProblem(withoutToken, 403);
    const wrongToken = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: { cookie: user.cookie, "x-csrf-token": "not-the-token" },
      payload: { name: "x" },
    });
    expectProblem(wrongToken, 403);
    const reads = await t.app.inject({
      method: "GET",
      url: "/api/v1/api-keys",
      headers: { cookie: user.cookie },
    });
    expect(reads.statusCode).toBe(200);
  });

  it("rate-limits failed sign-ins per email with 429 and Retry-After, even for the right password", async () => {
    const user = await signUp(t.app);
    for (let i = 0; i < 3; i++) {
      const wrong = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: user.email, password: "wrong password" },
      });
      expectProblem(wrong, 401);
    }
    const blocked = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: user.password },
    });
    expectProblem(blocked, 429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("answers the same 401 for an unknown email and a wrong password", async () => {
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: uniqueEmail("nobody"), password: "whatever it is" },
    });
    expect(expectProblem(unknown, 401).detail).toBe("The email or password is not right.");
  });
});

describeEachDatabase("organisations, members, invites and roles", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect);
  });
  afterAll(async () => t.close());

  it("invites by link; the invitee signs up into the organisation with the invited role, once", async () => {
    const owner = await signUp(t.app, { organisationName: "Invite Co" });
    const created = await asUser(
      t.app,
      owner,
    )({ method: "POST", url: "/api/v1/invites", payload: { email: "new.hire@example.com", role: "viewer" } });
    expect(created.statusCode).toBe(201);
    const { url } = created.json() as { url: string };
    expect(url).toMatch(/^http:\/\/amplio\.test\/invite\//);
    const token = url.split("/invite/")[1] as string;

    const described = await t.app.inject({ method: "GET", url: `/api/auth/invites/${token}` });
    expect(described.json()).toMatchObject({
      organisationName: "Invite Co",
      email: "new.hire@example.com",
      role: "viewer",
    });

    const invitee = await signUp(t.app, { email: "New.Hire@example.com", inviteToken: token });
    expect(invitee.organisationId).toBe(owner.organisationId);
    const members = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/members" });
    expect(members.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: invitee.userId, role: "viewer" })]),
    );
    const again = await t.app.inject({ method: "GET", url: `/api/auth/invites/${token}` });
    expectProblem(again, 404);
  });

  it("refuses an invitation accepted under another email, signing up or signed in", async () => {
    const owner = await signUp(t.app, { organisationName: "Bound Co" });
    const token = await createInvite(asUser(t.app, owner), "invited.person@example.com", "admin");
    const stranger = uniqueEmail("stranger");
    const signUpAsOther = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { name: "Stranger", email: stranger, password: "correct horse battery", inviteToken: token },
    });
    expectProblem(signUpAsOther, 403);
    expect(signUpAsOther.json().detail).toContain("invited.person@example.com");
    const noAccount = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: stranger, password: "correct horse battery" },
    });
    expect(noAccount.statusCode).toBe(401);

    const other = await signUp(t.app, { organisationName: "Other Co" });
    const acceptAsOther = await asUser(
      t.app,
      other,
    )({ method: "POST", url: `/api/auth/invites/${token}/accept` });
    expectProblem(acceptAsOther, 403);
    expect(acceptAsOther.json().detail).toContain("invited.person@example.com");
    const members = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/members" });
    expect(members.json().items.map((m: { userId: string }) => m.userId)).not.toContain(other.userId);
    expect((await t.app.inject({ method: "GET", url: `/api/auth/invites/${token}` })).statusCode).toBe(200);

    const invited = await signUp(t.app, { organisationName: "Own Co", email: "invited.person@example.com" });
    const accepted = await asUser(
      t.app,
      invited,
    )({ method: "POST", url: `/api/auth/invites/${token}/accept` });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().activeOrganisationId).toBe(owner.organisationId);
  });

  it("lets a viewer read but not write, and only admins manage keys and members", async () => {
    const owner = await signUp(t.app);
    const email = uniqueEmail("viewer");
    const viewer = await signUp(t.app, {
      email,
      inviteToken: await createInvite(asUser(t.app, owner), email, "viewer"),
    });
    const asViewer = asUser(t.app, viewer);
    expect((await asViewer({ method: "GET", url: "/api/v1/creators" })).statusCode).toBe(200);
    expectProblem(
      await asViewer({
        method: "POST",
        url: "/api/v1/creators",
        payload: { name: "X", accounts: [{ platform: "instagram", handle: "x", followers: 10 }] },
      }),
      403,
    );
    expectProblem(
      await asViewer({ method: "POST", url: "/api/v1/api-keys", payload: { name: "nope" } }),
      403,
    );
    expectProblem(
      await asViewer({
        method: "PATCH",
        url: `/api/v1/members/${owner.userId}`,
        payload: { role: "viewer" },
      }),
      403,
    );
  });

  it("keeps at least one owner and lets only owners grant ownership", async () => {
    const owner = await signUp(t.app);
    const asOwner = asUser(t.app, owner);
    expectProblem(
      await asOwner({ method: "PATCH", url: `/api/v1/members/${owner.userId}`, payload: { role: "admin" } }),
      409,
    );
    const email = uniqueEmail("admin");
    const admin = await signUp(t.app, { email, inviteToken: await createInvite(asOwner, email, "admin") });
    expectProblem(
      await asUser(
        t.app,
        admin,
      )({ method: "PATCH", url: `/api/v1/members/${admin.userId}`, payload: { role: "owner" } }),
      403,
    );
    const promoted = await asOwner({
      method: "PATCH",
      url: `/api/v1/members/${admin.userId}`,
      payload: { role: "owner" },
    });
    expect(promoted.json()).toMatchObject({ userId: admin.userId, role: "owner" });
    const removed = await asUser(t.app, admin)({ method: "DELETE", url: `/api/v1/members/${owner.userId}` });
    expect(removed.statusCode).toBe(204);
  });

  it("switches between organisations a user belongs to, and not into others", async () => {
    const user = await signUp(t.app, { organisationName: "First Brand" });
    const second = await asUser(
      t.app,
      user,
    )({ method: "POST", url: "/api/v1/organisations", payload: { name: "Second Brand", kind: "agency" } });
    expect(second.statusCode).toBe(201);
    const current = await asUser(t.app, user)({ method: "GET", url: "/api/v1/organisation" });
    expect(current.json()).toMatchObject({ name: "Second Brand", kind: "agency" });
    const back = await asUser(
      t.app,
      user,
    )({
      method: "POST",
      url: "/api/auth/active-organisation",
      payload: { organisationId: user.organisationId },
    });
    expect(back.json().activeOrganisationId).toBe(user.organisationId);

    const stranger = await signUp(t.app);
    const intrusion = await asUser(
      t.app,
      stranger,
    )({
      method: "POST",
      url: "/api/auth/active-organisation",
      payload: { organisationId: user.organisationId },
    });
    expectProblem(intrusion, 404);
  });
});

describeEachDatabase("API keys and tenant isolation", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect);
  });
  afterAll(async () => t.close());

  it("shows a key once, stores only its hash, records last use, and stops it when revoked", async () => {
    const owner = await signUp(t.app);
    const created = await asUser(
      t.app,
      owner,
    )({ method: "POST", url: "/api/v1/api-keys", payload: { name: "Shop" } });
    const { id, key, prefix } = created.json() as { id: string; key: string; prefix: string };
    expect(key).toMatch(/^amp_[A-Za-z0-9_-]{40,}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const stored = await t.database.db
      .selectFrom("api_keys")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key);

    const listed = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/api-keys" });
    expect(JSON.stringify(listed.json())).not.toContain(key);
    expect(listed.json().items[0].lastUsedAt).toBeNull();

    expect((await asApiKey(t.app, key)({ method: "GET", url: "/api/v1/creators" })).statusCode).toBe(200);
    const used = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/api-keys" });
    expect(used.json().items[0].lastUsedAt).not.toBeNull();

    expect((await asUser(t.app, owner)({ method: "DELETE", url: `/api/v1/api-keys/${id}` })).statusCode).toBe(
      204,
    );
    expectProblem(await asApiKey(t.app, key)({ method: "GET", url: "/api/v1/creators" }), 401);
    expectProblem(await asApiKey(t.app, "amp_made_up_key")({ method: "GET", url: "/api/v1/creators" }), 401);
  });

  it("never shows one organisation's data to another: foreign ids answer 404", async () => {
    const alpha = await signUp(t.app, { organisationName: "Alpha" });
    const beta = await signUp(t.app, { organisationName: "Beta" });
    const alphaKey = await createApiKey(t.app, alpha);
    const betaKey = await createApiKey(t.app, beta);

    const creator = await asApiKey(
      t.app,
      alphaKey,
    )({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name: "Mira Alpha",
        accounts: [{ platform: "instagram", handle: "@Mira.Alpha", followers: 25_000 }],
      },
    });
    expect(creator.statusCode).toBe(201);
    const creatorId = creator.json().id as string;
    expect(creator.json().accounts[0]).toMatchObject({ handle: "mira.alpha", tier: "micro" });

    expect(
      (await asApiKey(t.app, alphaKey)({ method: "GET", url: `/api/v1/creators/${creatorId}` })).statusCode,
    ).toBe(200);
    expectProblem(
      await asApiKey(t.app, betaKey)({ method: "GET", url: `/api/v1/creators/${creatorId}` }),
      404,
    );
    expectProblem(await asUser(t.app, beta)({ method: "GET", url: `/api/v1/creators/${creatorId}` }), 404);
    expect((await asApiKey(t.app, betaKey)({ method: "GET", url: "/api/v1/creators" })).json().total).toBe(0);

    const alphaKeys = (await asUser(t.app, alpha)({ method: "GET", url: "/api/v1/api-keys" })).json()
      .items as Array<{ id: string }>;
    expectProblem(
      await asUser(t.app, beta)({ method: "DELETE", url: `/api/v1/api-keys/${alphaKeys[0]?.id}` }),
      404,
    );
    expectProblem(
      await asUser(t.app, beta)({ method: "DELETE", url: `/api/v1/members/${alpha.userId}` }),
      404,
    );
    expectProblem(
      await asUser(
        t.app,
        beta,
      )({ method: "PATCH", url: `/api/v1/members/${alpha.userId}`, payload: { role: "viewer" } }),
      404,
    );

    const betaAudit = (await asUser(t.app, beta)({ method: "GET", url: "/api/v1/audit-events" })).json()
      .items as Array<{ targetId: string }>;
    expect(betaAudit.some((e) => e.targetId === creatorId)).toBe(false);
    // The same handle in another organisation is that organisation's own creator, not a conflict.
    const betaCreator = await asApiKey(
      t.app,
      betaKey,
    )({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name: "Mira in Beta",
        accounts: [{ platform: "instagram", handle: "mira.alpha", followers: 10 }],
      },
    });
    expect(betaCreator.statusCode).toBe(201);
  });

  it("records who changed what in the audit log", async () => {
    const owner = await signUp(t.app, { name: "Audra Owner" });
    const key = await createApiKey(t.app, owner, "Integration");
    await asApiKey(
      t.app,
      key,
    )({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name: "Logged Creator",
        accounts: [{ platform: "tiktok", handle: "logged", followers: 1_500 }],
      },
    });
    const events = (await asUser(t.app, owner)({ method: "GET", url: "/api/v1/audit-events" })).json()
      .items as Array<{
      action: string;
      actor: { type: string; label: string };
    }>;
    expect(events.map((e) => e.action)).toEqual([
      "creator.created",
      "api_key.created",
      "organisation.created",
    ]);
    expect(events[0]?.actor).toMatchObject({ type: "api_key", label: 'API key "Integration"' });
    expect(events[1]?.actor).toMatchObject({ type: "user", label: "Audra Owner" });
  });
});

describeEachDatabase("problem+json for bad input", (dialect) => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await openTestApp(dialect);
    key = await createApiKey(t.app, await signUp(t.app));
  });
  afterAll(async () => t.close());

  it("names the field for wrong types and missing fields", async () => {
    const response = await asApiKey(
      t.app,
      key,
    )({
      method: "POST",
      url: "/api/v1/creators",
      payload: { name: 42, accounts: [{ platform: "myspace", handle: "x", followers: -5 }] },
    });
    const body = expectProblem(response, 400);
    const fields = body.errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["name", "accounts.0.platform", "accounts.0.followers"]));
  });

  it("names unknown fields and query parameters", async () => {
    const body = expectProblem(
      await asApiKey(
        t.app,
        key,
      )({ method: "POST", url: "/api/v1/api-keys", payload: { name: "k", scope: "all" } }),
      400,
    );
    expect(body.errors?.[0]?.field).toBe("scope");
    const query = expectProblem(
      await asApiKey(t.app, key)({ method: "GET", url: "/api/v1/creators?limit=0" }),
      400,
    );
    expect(query.errors?.[0]?.field).toBe("limit");
  });

  it("answers malformed JSON with 400 and the body named", async () => {
    const body = expectProblem(
      await asApiKey(
        t.app,
        key,
      )({
        method: "POST",
        url: "/api/v1/creators",
        headers: { "content-type": "application/json" },
        payload: '{"name": ',
      }),
      400,
    );
    expect(body.errors).toEqual([{ field: "body", message: "malformed JSON" }]);
  });

  it("answers an oversized body with 413 and an unsupported type with 415", async () => {
    const huge = JSON.stringify({ name: "x".repeat(1_100_000), accounts: [] });
    expectProblem(
      await asApiKey(
        t.app,
        key,
      )({
        method: "POST",
        url: "/api/v1/creators",
        headers: { "content-type": "application/json" },
        payload: huge,
      }),
      413,
    );
    expectProblem(
      await asApiKey(
        t.app,
        key,
      )({ method: "POST", url: "/api/v1/creators", headers: { "content-type": "text/csv" }, payload: "a,b" }),
      415,
    );
  });

  it("answers unknown ids and routes with 404 problems", async () => {
    expectProblem(await asApiKey(t.app, key)({ method: "GET", url: "/api/v1/creators/does-not-exist" }), 404);
    expectProblem(await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" }), 404);
  });

  it("answers unauthenticated API calls with 401", async () => {
    expectProblem(await t.app.inject({ method: "GET", url: "/api/v1/creators" }), 401);
  });
});

describe("HTTP surface", () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    if (!address || typeof address === "string") throw new Error("no TCP address");
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => t.close());

  it("serves health, the OpenAPI document and its interactive reference over real HTTP", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toEqual({ status: "ok", database: "sqlite" });
    expect(health.headers.get("x-request-id")).toBeTruthy();

    const openapi = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/auth/sign-up",
        "/api/v1/api-keys",
        "/api/v1/creators",
        "/api/v1/members/{userId}",
      ]),
    );
    const docs = await fetch(`${base}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger");
  });

  it("signs up, creates a key and calls the API with it over real HTTP", async () => {
    const signUpResponse = await fetch(`${base}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Wire Test",
        email: uniqueEmail("wire"),
        password: "over the wire",
        organisationName: "Wire Co",
      }),
    });
    expect(signUpResponse.status).toBe(201);
    const setCookie = signUpResponse.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0] as string;
    const { csrfToken } = (await signUpResponse.json()) as { csrfToken: string };
    const keyResponse = await fetch(`${base}/api/v1/api-keys`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ name: "wire" }),
    });
    const { key } = (await keyResponse.json()) as { key: string };
    const organisation = await fetch(`${base}/api/v1/organisation`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(await organisation.json()).toMatchObject({ name: "Wire Co", slug: "wire-co" });
  });
});
