import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  addCreator,
  addDeliverable,
  brandWithCampaign,
  portalSignIn,
  sendPortalLink,
  sponsoredTerms,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, createInvite, signUp, uniqueEmail } from "../../test-support/http.js";

interface Received {
  to: string[];
  raw: string;
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
        // Soft line breaks of quoted-printable are undone so long links read whole.
        // Soft line breaks of quoted-printable are undone so long links read whole.
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks)
            .toString("utf8")
            .replace(/=\r?\n/g, ""),
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

describeEachDatabase("review notifications by email", (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await openTestApp(dialect, { smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const runJobs = () => t.app.amplio.jobs.runDue(() => new Date(Date.now() + 60_000));

  it("mails the team when a creator submits a draft, and the creator when changes are requested", async () => {
    const { api, ownerEmail, campaignId } = await brandWithCampaign(t.app);
    const creatorId = await addCreator(api, campaignId, "lena.mail");
    const deliverableId = await addDeliverable(api, campaignId, creatorId);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorId));
    await runJobs();
    const linkMail = smtp.received.find(
      (m) => m.to.includes("lena.mail@example.com") && m.raw.includes("creator portal"),
    );
    expect(linkMail?.raw).toContain("/portal/sign-in#token=");

    await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: "#ad Summer glow #GlowSummer" },
    });
    await runJobs();
    const teamMail = smtp.received.find((m) => m.to.includes(ownerEmail) && m.raw.includes("New draft"));
    expect(teamMail?.raw).toContain("New draft to review: Summer reel");
    expect(teamMail?.raw).toContain(`/campaigns/${campaignId}/creators/${creatorId}/review`);

    const changes = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "request_changes", body: "Show the bottle in the first second." },
    });
    expect(changes.statusCode).toBe(200);
    await runJobs();
    const creatorMails = smtp.received.filter((m) => m.to.includes("lena.mail@example.com"));
    expect(creatorMails.map((m) => m.raw).join("\n")).toContain("Show the bottle in the first second.");
  });

  it("mails both parties a copy of the signed contract with the PDF attached", async () => {
    const { api, owner, ownerEmail, campaignId } = await brandWithCampaign(t.app);
    const creatorId = await addCreator(api, campaignId, "noor.signs", false);
    // The offer's author is a member, not an owner or admin: they get a copy as its author.
    const authorEmail = uniqueEmail("author");
    const author = await signUp(t.app, {
      email: authorEmail,
      inviteToken: await createInvite(owner, authorEmail, "member"),
    });
    const offer = await asUser(
      t.app,
      author,
    )({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
      payload: { terms: sponsoredTerms },
    });
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorId));
    await runJobs();
    const linkMail = smtp.received.find(
      (m) => m.to.includes("noor.signs@example.com") && m.raw.includes("creator portal"),
    );
    expect(linkMail?.raw).toContain("/portal/sign-in#token=");
    const outbox = await api({ method: "GET", url: `/api/v1/outreach/outbox?campaignId=${campaignId}` });
    expect(outbox.body).not.toContain("#token=");
    const thread = await api({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/thread`,
    });
    expect(thread.body).not.toContain("#token=");
    expect(thread.body).toContain("[portal link sent]");

    const accepted = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${offer.json().id}/accept`,
      payload: { acceptedName: "Noor Signs", consent: true, termsSha256: offer.json().termsSha256 },
    });
    expect(accepted.statusCode).toBe(201);
    await runJobs();
    const copies = smtp.received.filter((m) => m.raw.includes(`contract-${accepted.json().id}-v1.pdf`));
    expect(copies.flatMap((m) => m.to).sort()).toEqual(
      [ownerEmail, authorEmail, "noor.signs@example.com"].sort(),
    );
    for (const copy of copies) {
      expect(copy.raw).toContain("Subject: Signed contract: Glow Summer with noor.signs Person");
      expect(copy.raw).toContain("Content-Type: application/pdf");
    }
  });
});
