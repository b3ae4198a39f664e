import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type Api,
  addCreator,
  brandWithCampaign,
  portalSignIn,
  queuedSmtpUrl,
  sendPortalLink,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const raw = { "content-type": "application/octet-stream" };

process.env.AMPLIO_MEDIA_DIR ??= await mkdtemp(path.join(tmpdir(), "amplio-media-"));

interface ReferenceFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

describeEachDatabase("brief reference files", (dialect) => {
  let t: TestApp;
  let api: Api;
  let owner: Api;
  let campaignId: string;
  let creatorA: string;
  let creatorB: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    ({ api, owner, campaignId } = await brandWithCampaign(t.app));
    creatorA = await addCreator(api, campaignId, "ana.files");
    creatorB = await addCreator(api, campaignId, "ben.files");
    const saved = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/brief`,
      payload: { objective: "Launch the serum", requiredHashtags: ["GlowSummer"] },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  async function upload(name: string, bytes: Buffer, creatorId?: string) {
    const base = creatorId
      ? `/api/v1/campaigns/${campaignId}/creators/${creatorId}/brief`
      : `/api/v1/campaigns/${campaignId}/brief`;
    return owner({
      method: "POST",
      url: `${base}/files?name=${encodeURIComponent(name)}`,
      payload: bytes,
      headers: raw,
    });
  }

  it("adds a file as a new brief version that lists it and says what changed, and keeps it when the brief is saved", async () => {
    const added = await upload("Mood board.pdf", pdf);
    expect(added.statusCode).toBe(201);
    const file = added.json().content.referenceFiles[0] as ReferenceFile;
    expect(file).toEqual({
      id: expect.any(String),
      name: "Mood board.pdf",
      contentType: "application/pdf",
      size: pdf.length,
    });
    expect(added.json().versions).toHaveLength(2);
    expect(added.json().changes).toEqual([{ field: "referenceFiles", before: [], after: [file] }]);
    expect(added.json().content.objective).toBe("Launch the serum");

    const resaved = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/brief`,
      payload: { objective: "Launch the summer serum", requiredHashtags: ["GlowSummer"] },
    });
    expect(resaved.json().content.referenceFiles).toEqual([file]);
    expect(resaved.json().changes.map((c: { field: string }) => c.field)).toEqual(["objective"]);
    const smuggled = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/brief`,
      payload: { objective: "x", referenceFiles: [] },
    });
    expect(smuggled.statusCode).toBe(400);

    const download = await owner({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain('filename="Mood board.pdf"');
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
  });

  it("refuses what is not an image, video or PDF, what is too large, an empty upload and a bad name, naming the field", async () => {
    const script = await owner({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/brief/files?name=notes.pdf`,
      payload: Buffer.from("<script>alert(1)</script>"),
      headers: { "content-type": "application/pdf" },
    });
    expect(script.statusCode).toBe(415);
    expect(script.json().errors[0].field).toBe("file");
    const tooBig = Buffer.alloc(16 * 1024 * 1024, 0);
    png.copy(tooBig);
    const big = await upload("huge.png", tooBig);
    expect(big.statusCode).toBe(413);
    expect(big.json().errors[0].field).toBe("file");
    const empty = await upload("empty.png", Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe("file");
    const traversal = await upload("../../etc/passwd", png);
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json().errors[0].field).toBe("name");
    const noCsrf = await owner({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/brief/files?name=ok.png`,
      payload: png,
      headers: { ...raw, "x-csrf-token": "wrong" },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it("serves a file to the campaign's creators only, never to another creator or organisation", async () => {
    const file = (await upload("Shot list.png", png)).json().content.referenceFiles.at(-1) as ReferenceFile;
    const fileUrl = `/api/portal/campaigns/${campaignId}/brief/files/${file.id}`;

    const portalA = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorA));
    const view = await portalA({ method: "GET", url: `/api/portal/campaigns/${campaignId}` });
    expect(view.json().brief.content.referenceFiles).toContainEqual(file);
    const own = await portalA({ method: "GET", url: fileUrl });
    expect(own.statusCode).toBe(200);
    expect(own.headers["content-type"]).toBe("image/png");
    expect(Buffer.compare(own.rawPayload, png)).toBe(0);

    const other = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Glow Winter",
        brand: "Glow",
        goal: "awareness",
        startDate: "2026-11-01",
        endDate: "2027-01-31",
        currency: "EUR",
      },
    });
    const outsider = await addCreator(api, other.json().id, "cy.elsewhere");
    const portalOutsider = await portalSignIn(
      t.app,
      await sendPortalLink(t.database.db, api, other.json().id, outsider),
    );
    expect((await portalOutsider({ method: "GET", url: fileUrl })).statusCode).toBe(404);

    // A file on one creator's override is that creator's alone.
    const forA = await upload("Ana only.png", png, creatorA);
    expect(forA.statusCode).toBe(201);
    const onlyA = forA.json().content.referenceFiles.at(-1) as ReferenceFile;
    expect(forA.json().content.referenceFiles).toContainEqual(file);
    const overrideSaved = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorA}/brief`,
      payload: { discountCode: "ANA10" },
    });
    expect(overrideSaved.json().content.referenceFiles).toContainEqual(onlyA);
    const onlyAUrl = `/api/portal/campaigns/${campaignId}/brief/files/${onlyA.id}`;
    expect((await portalA({ method: "GET", url: onlyAUrl })).statusCode).toBe(200);
    const portalB = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorB));
    expect((await portalB({ method: "GET", url: onlyAUrl })).statusCode).toBe(404);
    expect((await portalB({ method: "GET", url: fileUrl })).statusCode).toBe(200);

    const rival = await brandWithCampaign(t.app, "Rival");
    const teamUrl = `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`;
    expect((await rival.api({ method: "GET", url: teamUrl })).statusCode).toBe(404);
    expect(
      (
        await rival.api({
          method: "GET",
          url: `/api/v1/campaigns/${rival.campaignId}/brief/files/${file.id}`,
        })
      ).statusCode,
    ).toBe(404);
    const rivalUpload = await rival.api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/brief/files?name=x.png`,
      payload: png,
      headers: raw,
    });
    expect(rivalUpload.statusCode).toBe(404);
    const rivalCreator = await addCreator(rival.api, rival.campaignId, "rival.files");
    const portalRival = await portalSignIn(
      t.app,
      await sendPortalLink(t.database.db, rival.api, rival.campaignId, rivalCreator),
    );
    expect((await portalRival({ method: "GET", url: fileUrl })).statusCode).toBe(404);
    expect(
      (
        await portalRival({
          method: "GET",
          url: `/api/portal/campaigns/${rival.campaignId}/brief/files/${file.id}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("removes a file as a new version; creators lose it, the team keeps it for the history", async () => {
    const file = (await upload("Old logo.png", png)).json().content.referenceFiles.at(-1) as ReferenceFile;
    const portalB = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorB));
    const fileUrl = `/api/portal/campaigns/${campaignId}/brief/files/${file.id}`;
    expect((await portalB({ method: "GET", url: fileUrl })).statusCode).toBe(200);

    const removed = await owner({
      method: "DELETE",
      url: `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().content.referenceFiles).not.toContainEqual(file);
    const change = removed.json().changes[0];
    expect(change.field).toBe("referenceFiles");
    expect(change.before).toContainEqual(file);
    expect(change.after).not.toContainEqual(file);

    expect((await portalB({ method: "GET", url: fileUrl })).statusCode).toBe(404);
    const seen = await portalB({ method: "GET", url: `/api/portal/campaigns/${campaignId}` });
    expect(seen.json().brief.changes[0].field).toBe("referenceFiles");
    expect(
      (await owner({ method: "GET", url: `/api/v1/campaigns/${campaignId}/brief/files/${file.id}` }))
        .statusCode,
    ).toBe(200);
    const again = await owner({
      method: "DELETE",
      url: `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`,
    });
    expect(again.statusCode).toBe(404);
  });

  it("answers simultaneous saves of one brief with a version each or a 409, never a 500", async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api({
          method: "PUT",
          url: `/api/v1/campaigns/${campaignId}/brief`,
          payload: { objective: `Launch the serum, take ${i}`, requiredHashtags: ["GlowSummer"] },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(
      statuses.every((status) => status === 200 || status === 409),
      statuses.join(","),
    ).toBe(true);
    expect(statuses).toContain(200);
    for (const refused of answers.filter((a) => a.statusCode === 409))
      expect(refused.json().detail).toMatch(/reload/);
  });

  it("documents the file routes in the OpenAPI document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/campaigns/{campaignId}/brief/files",
        "/api/v1/campaigns/{campaignId}/brief/files/{fileId}",
        "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief/files",
        "/api/portal/campaigns/{campaignId}/brief/files/{fileId}",
      ]),
    );
  });
});
