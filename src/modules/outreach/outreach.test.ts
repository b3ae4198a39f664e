import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";

interface Received {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string[]>;
}

/** Decodes RFC 2047 encoded words, as a mail client shows a header. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_all, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_h, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            "latin1",
          ).toString("utf8"),
    );
}

function parseHeaders(raw: string): Map<string, string[]> {
  const head = raw.split(/\r\n\r\n/)[0] ?? "";
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(line.slice(colon + 1).trim())]);
  }
  return headers;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          headers: parseHeaders(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000 + 60_000);

describeEachDatabase("outreach email", (dialect) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let test: TestApp;
  let user: SignedInUser;
  let as: ReturnType<typeof asUser>;
  let campaignId: string;
  let firstTemplate: string;
  let followUpTemplate: string;

  async function creatorInCampaign(name: string, email: string) {
    const created = await as({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name,
        email,
        accounts: [
          { platform: "tiktok", handle: email.split("@")[0]?.replace(/[^a-z0-9]/g, ""), followers: 40_000 },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const creatorId = (created.json() as { id: string }).id;
    expect(
      (await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } }))
        .statusCode,
    ).toBe(201);
    return creatorId;
  }

  const send = (creatorId: string, followUps: Array<{ templateId: string; afterDays: number }> = []) =>
    as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/emails`,
      payload: {
        subject: "{{brand.name}} × {{creator.firstName}}: {{campaign.name}}",
        body: "Hi {{creator.firstName}},\n\nWe'd love you in {{campaign.name}}.\n\n{{sender.name}}",
        templateId: firstTemplate,
        followUps,
      },
    });

  const thread = async (creatorId: string) =>
    (
      await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/thread` })
    ).json() as {
      status: string;
      messages: Array<{
        status: string;
        messageId: string;
        direction: string;
        followUpStep: number | null;
        subject: string;
      }>;
      followUps: Array<{ step: number; status: string; stoppedReason: string | null }>;
    };

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await openTestApp(dialect, { smtpUrl: smtp.url });
    user = await signUp(test.app, { organisationName: "Northwind Outdoor" });
    as = asUser(test.app, user);
    const campaign = await as({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Spring Trail",
        goal: "awareness",
        startDate: "2026-03-01",
        endDate: "2026-04-30",
        currency: "EUR",
      },
    });
    campaignId = (campaign.json() as { id: string }).id;
    const first = await as({
      method: "POST",
      url: "/api/v1/templates",
      payload: {
        name: "First contact",
        subject: "{{brand.name}} × {{creator.firstName}}",
        body: "Hi {{creator.firstName}}",
      },
    });
    expect(first.statusCode).toBe(201);
    firstTemplate = (first.json() as { id: string }).id;
    const follow = await as({
      method: "POST",
      url: "/api/v1/templates",
      payload: {
        name: "Nudge",
        subject: "Following up",
        body: "Hi {{creator.firstName}}, just checking you saw this.",
      },
    });
    followUpTemplate = (follow.json() as { id: string }).id;
    const bad = await as({
      method: "POST",
      url: "/api/v1/templates",
      payload: { name: "Bad", subject: "x", body: "{{{creator.name}}}" },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("body");
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it("previews per creator and delivers through SMTP with safe headers", async () => {
    const creatorId = await creatorInCampaign("Eve\r\nBcc: victim@example.com", "eve@example.com");
    const preview = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/email-preview`,
      payload: { subject: "Hi {{creator.name}}", body: "<b>{{brand.name}}</b> & {{creator.handle}}" },
    });
    expect(preview.json()).toMatchObject({
      subject: "Hi Eve Bcc: victim@example.com",
      text: "<b>Northwind Outdoor</b> & @eve",
      html: "<p>&#60;b&#62;Northwind Outdoor&#60;/b&#62; &#38; @eve</p>",
      to: "eve@example.com",
    });
    const sent = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/emails`,
      payload: { subject: "Hi {{creator.name}}", body: "Hello {{creator.firstName}}" },
    });
    expect(sent.statusCode).toBe(201);
    const message = sent.json() as { status: string; messageId: string };
    expect(message.status).toBe("queued");
    await test.app.amplio.jobs.runDue();
    const mail = smtp.received.find((m) => m.headers.get("message-id")?.[0] === message.messageId);
    expect(mail?.to).toEqual(["eve@example.com"]);
    expect(mail?.headers.get("bcc")).toBeUndefined();
    expect(mail?.headers.get("subject")).toEqual(["Hi Eve Bcc: victim@example.com"]);
    expect(mail?.headers.get("from")?.[0]).toContain("Northwind Outdoor");
    expect((await thread(creatorId)).messages[0]?.status).toBe("sent");
    const pipeline = (
      await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` })
    ).json() as {
      items: Array<{ creatorId: string; stage: string }>;
    };
    expect(pipeline.items.find((i) => i.creatorId === creatorId)?.stage).toBe("contacted");
  });

  it("sends follow-ups after N days without a reply, across a restart, and a reply stops the rest", async () => {
    const creatorId = await creatorInCampaign("Ava Stone", "ava@example.com");
    const first = (
      await send(creatorId, [
        { templateId: followUpTemplate, afterDays: 3 },
        { templateId: followUpTemplate, afterDays: 4 },
      ])
    ).json() as { messageId: string };
    await test.app.amplio.jobs.runDue();
    expect(await test.app.amplio.jobs.runDue(() => days(2))).toBe(0);

    // A second server process on the same database takes over the durable follow-up job.
    const restarted = await buildApp({
      logLevel: "silent",
      webRoot: null,
      smtpUrl: smtp.url,
      database: test.database,
    });
    try {
      expect(await restarted.amplio.jobs.runDue(() => days(3))).toBe(1);
      await restarted.amplio.jobs.runDue(() => days(3));
    } finally {
      await restarted.close();
    }
    const afterOne = await thread(creatorId);
    expect(afterOne.messages.map((m) => [m.followUpStep, m.status])).toEqual([
      [null, "sent"],
      [1, "sent"],
    ]);
    const followUp = smtp.received.find(
      (m) => m.headers.get("message-id")?.[0] === afterOne.messages[1]?.messageId,
    );
    expect(followUp?.headers.get("in-reply-to")).toEqual([first.messageId]);
    expect(followUp?.headers.get("subject")?.[0]).toBe("Re: Northwind Outdoor × Ava: Spring Trail");

    const key = await createApiKey(test.app, user, "Mail provider");
    const inbound = {
      from: "Ava Stone <AVA@example.com>",
      to: "outreach@amplio.test",
      subject: "Re: Northwind Outdoor × Ava: Spring Trail",
      text: "Sounds great, send me the brief!",
      messageId: "<reply-1@mail.example.com>",
      inReplyTo: afterOne.messages[1]?.messageId,
    };
    const reply = await asApiKey(
      test.app,
      key,
    )({ method: "POST", url: "/api/v1/inbound-email", payload: inbound });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ campaignId, creatorId, optedOut: false });
    const again = await asApiKey(
      test.app,
      key,
    )({ method: "POST", url: "/api/v1/inbound-email", payload: inbound });
    expect(again.statusCode).toBe(200);
    const before = smtp.received.length;
    expect(await test.app.amplio.jobs.runDue(() => days(20))).toBe(1);
    expect(smtp.received.length).toBe(before);
    const final = await thread(creatorId);
    expect(final.status).toBe("replied");
    expect(final.messages.filter((m) => m.direction === "inbound")).toHaveLength(1);
    expect(final.followUps.map((f) => [f.step, f.status, f.stoppedReason])).toEqual([
      [1, "sent", null],
      [2, "stopped", "the creator replied"],
    ]);
  });

  it("stops follow-ups on a stage change, and on a reply logged by hand", async () => {
    const moved = await creatorInCampaign("Ben Ridge", "ben@example.com");
    await send(moved, [{ templateId: followUpTemplate, afterDays: 2 }]);
    const patch = await as({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}/creators/${moved}`,
      payload: { stage: "negotiating" },
    });
    expect(patch.statusCode).toBe(200);
    const logged = await creatorInCampaign("Cleo Park", "cleo@example.com");
    await send(logged, [{ templateId: followUpTemplate, afterDays: 2 }]);
    const byHand = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${logged}/replies`,
      payload: { text: "Replied on Instagram: yes please" },
    });
    expect(byHand.statusCode).toBe(201);
    await test.app.amplio.jobs.runDue();
    const before = smtp.received.length;
    await test.app.amplio.jobs.runDue(() => days(3));
    await test.app.amplio.jobs.runDue(() => days(3));
    expect(smtp.received.length).toBe(before);
    expect((await thread(moved)).followUps[0]).toMatchObject({
      status: "stopped",
      stoppedReason: "the creator moved from contacted to negotiating",
    });
    expect((await thread(logged)).followUps[0]).toMatchObject({
      status: "stopped",
      stoppedReason: "the creator replied",
    });
    expect((await thread(logged)).messages.at(-1)).toMatchObject({ direction: "inbound", status: "logged" });
  });

  it("honours an opt-out reply and the do-not-contact list", async () => {
    const creatorId = await creatorInCampaign("Dev Rao", "dev@example.com");
    const first = (await send(creatorId, [{ templateId: followUpTemplate, afterDays: 1 }])).json() as {
      messageId: string;
    };
    const key = await createApiKey(test.app, user, "Inbound");
    const stop = await asApiKey(
      test.app,
      key,
    )({
      method: "POST",
      url: "/api/v1/inbound-email",
      payload: {
        from: "dev@example.com",
        to: "outreach@amplio.test",
        subject: "Re",
        text: "\nSTOP\n> quoted",
        messageId: "<stop-1@x.example>",
        inReplyTo: first.messageId,
      },
    });
    expect(stop.json()).toMatchObject({ optedOut: true });
    const again = await send(creatorId);
    expect(again.statusCode).toBe(409);
    expect((again.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("to");
    expect((await thread(creatorId)).followUps[0]).toMatchObject({
      status: "stopped",
      stoppedReason: "the creator opted out",
    });
    const list = (await as({ method: "GET", url: "/api/v1/outreach/do-not-contact" })).json() as {
      items: Array<{ email: string }>;
    };
    expect(list.items.map((i) => i.email)).toContain("dev@example.com");
    const manual = await as({
      method: "POST",
      url: "/api/v1/outreach/do-not-contact",
      payload: { email: "fay@example.com", reason: "asked by phone" },
    });
    expect(manual.statusCode).toBe(204);
    const fay = await creatorInCampaign("Fay Lin", "fay@example.com");
    expect((await send(fay)).statusCode).toBe(409);
    const unknown = await asApiKey(
      test.app,
      key,
    )({
      method: "POST",
      url: "/api/v1/inbound-email",
      payload: {
        from: "stranger@example.com",
        to: "outreach@amplio.test",
        subject: "Hi",
        text: "Who are you?",
        messageId: "<s@x.example>",
      },
    });
    expect(unknown.statusCode).toBe(404);
    const badFrom = await asApiKey(
      test.app,
      key,
    )({
      method: "POST",
      url: "/api/v1/inbound-email",
      payload: {
        from: "not an address",
        to: "outreach@amplio.test",
        subject: "Hi",
        text: "x",
        messageId: "<s2@x.example>",
      },
    });
    expect(badFrom.statusCode).toBe(400);
    expect((badFrom.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("from");
  });

  it("respects the per-day send limit", async () => {
    const creatorId = await creatorInCampaign("Gus Hale", "gus@example.com");
    const settings = (await as({ method: "GET", url: "/api/v1/outreach/settings" })).json() as {
      senderName: string;
      senderEmail: string;
    };
    const today = (await as({ method: "GET", url: "/api/v1/outreach/outbox" })).json();
    expect(today).toMatchObject({ smtpConfigured: true });
    const put = await as({
      method: "PUT",
      url: "/api/v1/outreach/settings",
      payload: { ...settings, dailySendLimit: 1 },
    });
    expect(put.statusCode).toBe(200);
    const limited = await send(creatorId);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    await as({
      method: "PUT",
      url: "/api/v1/outreach/settings",
      payload: { ...settings, dailySendLimit: 100 },
    });
    expect((await send(creatorId)).statusCode).toBe(201);
  });

  it("keeps mail in the outbox when no SMTP server is configured", async () => {
    // A second server on the same database, configured without SMTP.
    const offline = await buildApp({
      logLevel: "silent",
      webRoot: null,
      smtpUrl: null,
      database: test.database,
    });
    try {
      const owner = await signUp(offline);
      const asOwner = asUser(offline, owner);
      const campaign = (
        await asOwner({
          method: "POST",
          url: "/api/v1/campaigns",
          payload: {
            name: "Offline",
            goal: "loyalty",
            startDate: "2026-01-01",
            endDate: "2026-02-01",
            currency: "USD",
          },
        })
      ).json() as { id: string };
      const creator = (
        await asOwner({
          method: "POST",
          url: "/api/v1/creators",
          payload: {
            name: "Hana Ito",
            email: "hana@example.com",
            accounts: [{ platform: "youtube", handle: "hana", followers: 5000 }],
          },
        })
      ).json() as { id: string };
      await asOwner({
        method: "POST",
        url: `/api/v1/campaigns/${campaign.id}/creators`,
        payload: { creatorId: creator.id },
      });
      const before = smtp.received.length;
      const sent = await asOwner({
        method: "POST",
        url: `/api/v1/campaigns/${campaign.id}/creators/${creator.id}/emails`,
        payload: { subject: "Hello {{creator.firstName}}", body: "Body" },
      });
      expect(sent.json()).toMatchObject({ status: "outbox", subject: "Hello Hana" });
      await offline.amplio.jobs.runDue();
      expect(smtp.received.length).toBe(before);
      const outbox = (await asOwner({ method: "GET", url: "/api/v1/outreach/outbox" })).json() as {
        smtpConfigured: boolean;
        items: Array<{ id: string; to: string }>;
      };
      expect(outbox.smtpConfigured).toBe(false);
      expect(outbox.items.map((i) => i.to)).toEqual(["hana@example.com"]);
      const id = outbox.items[0]?.id;
      expect(
        (await asOwner({ method: "POST", url: `/api/v1/outreach/messages/${id}/mark-sent` })).statusCode,
      ).toBe(204);
      expect(
        ((await asOwner({ method: "GET", url: "/api/v1/outreach/outbox" })).json() as { items: unknown[] })
          .items,
      ).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it("answers 404 to another organisation", async () => {
    const creatorId = await creatorInCampaign("Ivy Moss", "ivy@example.com");
    const sent = (await send(creatorId)).json() as { messageId: string; id: string };
    const stranger = await signUp(test.app, { organisationName: "Rival" });
    const asStranger = asUser(test.app, stranger);
    for (const [method, url, payload] of [
      [
        "POST",
        `/api/v1/campaigns/${campaignId}/creators/${creatorId}/email-preview`,
        { subject: "x", body: "y" },
      ],
      ["POST", `/api/v1/campaigns/${campaignId}/creators/${creatorId}/emails`, { subject: "x", body: "y" }],
      ["GET", `/api/v1/campaigns/${campaignId}/creators/${creatorId}/thread`],
      ["GET", `/api/v1/templates/${firstTemplate}`],
      ["POST", `/api/v1/outreach/messages/${sent.id}/mark-sent`],
    ] as const) {
      const response = await asStranger({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirKey = await createApiKey(test.app, stranger);
    const hijack = await asApiKey(
      test.app,
      theirKey,
    )({
      method: "POST",
      url: "/api/v1/inbound-email",
      payload: {
        from: "ivy@example.com",
        to: "x@example.com",
        subject: "Re",
        text: "hi",
        messageId: "<h@x.example>",
        inReplyTo: sent.messageId,
      },
    });
    expect(hijack.statusCode).toBe(404);
    expect(
      ((await asStranger({ method: "GET", url: "/api/v1/templates" })).json() as { items: unknown[] }).items,
    ).toEqual([]);
  });
});
