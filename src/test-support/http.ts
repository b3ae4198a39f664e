import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

export interface SignedInUser {
  cookie: string;
  csrfToken: string;
  userId: string;
  organisationId: string;
  email: string;
  password: string;
}

let counter = 0;

export function uniqueEmail(label = "user"): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}.${counter}@example.com`;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "amplio_session");
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `amplio_session=${cookie.value}`;
}

/** Signs up a new person who founds an organisation; returns what a browser would hold. */
export async function signUp(
  app: FastifyInstance,
  input: {
    name?: string;
    email?: string;
    password?: string;
    organisationName?: string;
    inviteToken?: string;
  } = {},
): Promise<SignedInUser> {
  const email = input.email ?? uniqueEmail();
  const password = input.password ?? "correct horse battery";
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up",
    payload: {
      name: input.name ?? "Test Person",
      email,
      password,
      ...(input.inviteToken
        ? { inviteToken: input.inviteToken }
        : { organisationName: input.organisationName ?? "Test Brand" }),
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed ${response.statusCode}: ${response.body}`);
  const body = response.json() as { user: { id: string }; activeOrganisationId: string; csrfToken: string };
  return {
    cookie: sessionCookie(response),
    csrfToken: body.csrfToken,
    userId: body.user.id,
    organisationId: body.activeOrganisationId,
    email,
    password,
  };
}

/** An authenticated request as a browser sends it: session cookie plus the CSRF header on writes. */
export function asUser(app: FastifyInstance, user: SignedInUser) {
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { cookie: user.cookie, "x-csrf-token": user.csrfToken, ...(options.headers ?? {}) },
    });
}

/** An authenticated request as an integration sends it: a Bearer API key. */
export function asApiKey(app: FastifyInstance, key: string) {
  return (options: InjectOptions) =>
    app.inject({ ...options, headers: { authorization: `Bearer ${key}`, ...(options.headers ?? {}) } });
}

export async function createApiKey(
  app: FastifyInstance,
  user: SignedInUser,
  name = "Test key",
): Promise<string> {
  const response = await asUser(app, user)({ method: "POST", url: "/api/v1/api-keys", payload: { name } });
  if (response.statusCode !== 201)
    throw new Error(`API key creation failed ${response.statusCode}: ${response.body}`);
  return (response.json() as { key: string }).key;
}

/** An invitation by `inviter` (an owner or admin's requests) for `email`; returns the token from its link. */
export async function createInvite(
  inviter: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  email: string,
  role: "owner" | "admin" | "member" | "viewer",
): Promise<string> {
  const response = await inviter({ method: "POST", url: "/api/v1/invites", payload: { email, role } });
  if (response.statusCode !== 201)
    throw new Error(`invite creation failed ${response.statusCode}: ${response.body}`);
  return ((response.json() as { url: string }).url.split("/invite/")[1] ?? "") as string;
}
