import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, signUp } from "../../test-support/http.js";

const days = (n: number) => new Date(Date.now() + n * 86_400_000 + 60_000);

interface Thread {
  status: string;
  messages: Array<{ subject: string; text: string; followUpStep: number | null; status: string }>;
  followUps: Array<{
    step: number;
    status: string;
    dueAt: string | null;
    stoppedReason: string | null;
    templateName: string | null;
    sequenceName: string | null;
  }>;
}

describeEachDatabase("outreach in bulk, with sequences", (dialect) => {
  let test: TestApp;
  let as: ReturnType<typeof asUser>;
  let campaignId: string;
  let firstContact: string;
  let nudge: string;
  let lastCall: string;

  async function creatorInCampaign(name: string, email: string | null, handle: string, platform = "tiktok") {
    const created = await as({
      method: "POST",
      url: "/api/v1/creators",
      payload: { name, ...(email ? { email } : {}), accounts: [{ platform, handle, followers: 40_000 }] },
    });
    expect(created.statusCode).toBe(201);
    const creatorId = (created.json() as { id: string }).id;
    const added = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators`,
      payload: { creatorId },
    });
    expect(added.statusCode).toBe(201);
    return creatorId;
  }

  const template = async (name: string, subject: string, body: string) => {
    const created = await as({ method: "POST", url: "/api/v1/templates", payload: { name, subject, body } });
    expect(created.statusCode).toBe(201);
    return (created.json() as { id: string }).id;
  };

  const thread = async (creatorId: string) =>
    (
      await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/thread` })
    ).json() as Thread;

  beforeAll(async () => {
    test = await openTestApp(dialect);
    as = asUser(test.app, await signUp(test.app, { organisationName: "Northwind Outdoor" }));
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
    firstContact = await template(
      "First contact",
      "{{brand.name}} × {{creator.firstName}}",
      "Hi {{creator.firstName}}",
    );
    nudge = await template("Nudge", "Following up", "Hi {{creator.firstName}}, just checking.");
    lastCall = await template(
      "Last call",
      "Last call",
      "Last call for {{campaign.name}}, {{creator.firstName}}.",
    );
  });
  afterAll(async () => test.close());

  it("validates the outreach settings field by field and keeps the signature", async () => {
    const bad = await as({
      method: "PUT",
      url: "/api/v1/outreach/settings",
      payload: {
        senderName: " ",
        senderEmail: "not-an-address",
        dailySendLimit: 0,
        signature: "x".repeat(2_001),
      },
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(["dailySendLimit", "senderEmail", "senderName", "signature"]);
    const saved = await as({
      method: "PUT",
      url: "/api/v1/outreach/settings",
      payload: {
        senderName: "Dana Whitfield",
        senderEmail: "Dana@Northwind.example",
        dailySendLimit: 50,
        signature: "Dana Whitfield\nNorthwind Outdoor",
      },
    });
    expect(saved.statusCode).toBe(200);
    expect((await as({ method: "GET", url: "/api/v1/outreach/settings" })).json()).toEqual({
      senderName: "Dana Whitfield",
      senderEmail: "dana@northwind.example",
      dailySendLimit: 50,
      signature: "Dana Whitfield\nNorthwind Outdoor",
    });
  });

  it("gives the handle with and without its @ and the platform as it writes its name", async () => {
    const fields = (await as({ method: "GET", url: "/api/v1/outreach/merge-fields" })).json() as {
      items: Array<{ field: string; example: string }>;
    };
    expect(fields.items.map((f) => f.field)).toContain("creator.handleWithoutAt");
    const typedWithAt = await creatorInCampaign("Maya Lind", "maya@example.com", "@maya.trails", "tiktok");
    const plain = await creatorInCampaign("Yusuf Ade", "yusuf@example.com", "yusufmakes", "youtube");
    const body = "{{creator.handle}}|{{creator.handleWithoutAt}}|{{creator.platform}}";
    const preview = async (creatorId: string) =>
      (
        await as({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/email-preview`,
          payload: { subject: "x", body },
        })
      ).json() as { text: string };
    expect((await preview(typedWithAt)).text.split("\n")[0]).toBe("@maya.trails|maya.trails|TikTok");
    expect((await preview(plain)).text.split("\n")[0]).toBe("@yusufmakes|yusufmakes|YouTube");
  });

  it("previews many creators, sends each on its own with edits, skips with reasons, and never twice", async () => {
    const ok = await creatorInCampaign("Ava Stone", "ava@example.com", "ava.trails");
    const edited = await creatorInCampaign("Ben Ridge", "ben@example.com", "benridge");
    const listed = await creatorInCampaign("Cleo Park", "cleo@example.com", "cleopark");
    const noEmail = await creatorInCampaign("Dev Rao", null, "devrao");
    expect(
      (
        await as({
          method: "POST",
          url: "/api/v1/outreach/do-not-contact",
          payload: { email: "CLEO@example.com", reason: "asked us not to write" },
        })
      ).statusCode,
    ).toBe(204);
    const creatorIds = [ok, edited, listed, noEmail];
    const template = { subject: "{{brand.name}} × {{creator.firstName}}", body: "Hi {{creator.firstName}}" };
    const preview = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/emails/preview`,
      payload: { ...template, creatorIds },
    });
    expect(preview.statusCode).toBe(200);
    const items = (preview.json() as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((i) => [i.name, i.to, i.subject, i.skipReason])).toEqual([
      ["Ava Stone", "ava@example.com", "Northwind Outdoor × Ava", null],
      ["Ben Ridge", "ben@example.com", "Northwind Outdoor × Ben", null],
      [
        "Cleo Park",
        "cleo@example.com",
        "Northwind Outdoor × Cleo",
        "on the do-not-contact list (asked us not to write)",
      ],
      ["Dev Rao", null, "Northwind Outdoor × Dev", "no email address"],
    ]);
    expect(items[0]?.text).toBe("Hi Ava\n\n-- \nDana Whitfield\nNorthwind Outdoor");

    const batch = {
      batchId: randomUUID(),
      templateId: firstContact,
      ...template,
      recipients: [
        { creatorId: ok },
        {
          creatorId: edited,
          subject: "Ben, a quick one",
          body: "Hi Ben, loved your {{trail}} video.\n\n-- \nDana",
        },
        { creatorId: listed },
        { creatorId: noEmail },
      ],
    };
    const sent = await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/emails`, payload: batch });
    expect(sent.statusCode).toBe(200);
    const results = (
      sent.json() as { items: Array<{ creatorId: string; outcome: string; reason: string | null }> }
    ).items;
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ["sent", null],
      ["sent", null],
      ["skipped", "on the do-not-contact list (asked us not to write)"],
      ["skipped", "no email address"],
    ]);
    expect((await thread(ok)).messages.map((m) => [m.subject, m.text, m.status])).toEqual([
      ["Northwind Outdoor × Ava", "Hi Ava\n\n-- \nDana Whitfield\nNorthwind Outdoor", "outbox"],
    ]);
    // An edited message is sent as written: braces stay braces, and the signature is not added twice.
    expect((await thread(edited)).messages.map((m) => [m.subject, m.text])).toEqual([
      ["Ben, a quick one", "Hi Ben, loved your {{trail}} video.\n\n-- \nDana"],
    ]);

    const again = await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/emails`, payload: batch });
    expect((again.json() as { items: Array<{ outcome: string }> }).items.map((r) => r.outcome)).toEqual([
      "already_sent",
      "already_sent",
      "skipped",
      "skipped",
    ]);
    expect((await thread(ok)).messages).toHaveLength(1);

    const half = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/emails`,
      payload: {
        ...batch,
        batchId: randomUUID(),
        recipients: [{ creatorId: ok, subject: "Only a subject" }],
      },
    });
    expect(half.statusCode).toBe(400);
  });

  it("schedules a saved sequence's steps as durable jobs and stops them on a reply", async () => {
    const refused = await as({
      method: "POST",
      url: "/api/v1/outreach/sequences",
      payload: { name: "Broken", steps: [{ templateId: "nope", afterDays: 3 }] },
    });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe(
      "steps.0.templateId",
    );
    const created = await as({
      method: "POST",
      url: "/api/v1/outreach/sequences",
      payload: {
        name: "Two nudges",
        steps: [
          { templateId: nudge, afterDays: 3 },
          { templateId: lastCall, afterDays: 2 },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const sequence = created.json() as {
      id: string;
      steps: Array<{ templateName: string; afterDays: number }>;
    };
    expect(sequence.steps).toEqual([
      { templateId: nudge, templateName: "Nudge", afterDays: 3 },
      { templateId: lastCall, templateName: "Last call", afterDays: 2 },
    ]);
    const listed = (await as({ method: "GET", url: "/api/v1/outreach/sequences" })).json() as {
      items: Array<{ name: string }>;
    };
    expect(listed.items.map((s) => s.name)).toEqual(["Two nudges"]);

    const replies = await creatorInCampaign("Eve Moss", "eve@example.com", "evemoss");
    const silent = await creatorInCampaign("Finn Lake", "finn@example.com", "finnlake");
    const sent = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/emails`,
      payload: {
        batchId: randomUUID(),
        templateId: firstContact,
        subject: "{{brand.name}} × {{creator.firstName}}",
        body: "Hi {{creator.firstName}}",
        sequenceId: sequence.id,
        recipients: [{ creatorId: replies }, { creatorId: silent }],
      },
    });
    expect((sent.json() as { items: Array<{ outcome: string }> }).items.map((r) => r.outcome)).toEqual([
      "sent",
      "sent",
    ]);
    const scheduled = (await thread(silent)).followUps;
    expect(scheduled.map((f) => [f.step, f.status, f.templateName, f.sequenceName])).toEqual([
      [1, "scheduled", "Nudge", "Two nudges"],
      [2, "scheduled", "Last call", "Two nudges"],
    ]);
    expect(Date.parse(scheduled[0]?.dueAt ?? "")).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);
    expect(scheduled[1]?.dueAt).toBeNull();

    const jobs = test.app.amplio.jobs;
    expect(await jobs.runDue(() => days(2))).toBe(0);
    expect(await jobs.runDue(() => days(3))).toBe(2);
    const afterFirst = (await thread(silent)).followUps;
    expect(afterFirst.map((f) => f.status)).toEqual(["sent", "scheduled"]);
    expect(Date.parse(afterFirst[1]?.dueAt ?? "")).toBeGreaterThan(Date.now() + 1.9 * 86_400_000);

    const reply = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${replies}/replies`,
      payload: { text: "Yes please, send the brief" },
    });
    expect(reply.statusCode).toBe(201);
    await jobs.runDue(() => days(6));
    const stopped = await thread(replies);
    expect(stopped.followUps.map((f) => [f.step, f.status, f.stoppedReason])).toEqual([
      [1, "sent", null],
      [2, "stopped", "the creator replied"],
    ]);
    const finished = await thread(silent);
    expect(finished.messages.map((m) => [m.followUpStep, m.subject])).toEqual([
      [null, "Northwind Outdoor × Finn"],
      [1, "Re: Northwind Outdoor × Finn"],
      [2, "Re: Northwind Outdoor × Finn"],
    ]);
    expect(finished.messages[2]?.text).toBe(
      "Last call for Spring Trail, Finn.\n\n-- \nDana Whitfield\nNorthwind Outdoor",
    );
  });

  it("keeps sequences, bulk sends and the do-not-contact search to their organisation", async () => {
    const mine = (await as({ method: "GET", url: "/api/v1/outreach/sequences" })).json() as {
      items: Array<{ id: string }>;
    };
    const sequenceId = mine.items[0]?.id ?? "";
    const other = asUser(test.app, await signUp(test.app, { organisationName: "Summit Co" }));
    const replaced = await other({
      method: "PUT",
      url: `/api/v1/outreach/sequences/${sequenceId}`,
      payload: { name: "Mine now", steps: [{ templateId: nudge, afterDays: 2 }] },
    });
    expect(replaced.statusCode).toBe(404);
    expect(
      ((await other({ method: "GET", url: "/api/v1/outreach/sequences" })).json() as { items: [] }).items,
    ).toEqual([]);
    const preview = await other({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/emails/preview`,
      payload: { subject: "Hi", body: "Hi", creatorIds: ["x"] },
    });
    expect(preview.statusCode).toBe(404);
    const theirCampaign = (
      await other({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Peak",
          goal: "awareness",
          startDate: "2026-03-01",
          endDate: "2026-04-30",
          currency: "EUR",
        },
      })
    ).json() as { id: string };
    const send = await other({
      method: "POST",
      url: `/api/v1/campaigns/${theirCampaign.id}/emails`,
      payload: {
        batchId: randomUUID(),
        subject: "Hi",
        body: "Hi",
        sequenceId,
        recipients: [{ creatorId: "x" }],
      },
    });
    expect(send.statusCode).toBe(400);
    expect((send.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("sequenceId");
    const search = (
      await other({ method: "GET", url: "/api/v1/outreach/do-not-contact?search=cleo" })
    ).json() as { items: unknown[] };
    expect(search.items).toEqual([]);
    const found = (
      await as({ method: "GET", url: "/api/v1/outreach/do-not-contact?search=NOT%20TO" })
    ).json() as {
      items: Array<{ email: string }>;
    };
    expect(found.items.map((i) => i.email)).toEqual(["cleo@example.com"]);
    const wildcard = (
      await as({ method: "GET", url: "/api/v1/outreach/do-not-contact?search=%25" })
    ).json() as {
      items: unknown[];
    };
    expect(wildcard.items).toEqual([]);
  });
});
