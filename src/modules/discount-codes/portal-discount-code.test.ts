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

process.env.AMPLIO_MEDIA_DIR ??= await mkdtemp(path.join(tmpdir(), "amplio-media-"));

describeEachDatabase("a creator's discount code in the portal", (dialect) => {
  let t: TestApp;
  let api: Api;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    ({ api, campaignId } = await brandWithCampaign(t.app));
  });
  afterAll(async () => t.close());

  it("shows the code issued to the creator and what it takes off, and only theirs", async () => {
    const mia = await addCreator(api, campaignId, "mia.codes");
    const noah = await addCreator(api, campaignId, "noah.codes");
    const issued = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId: mia, code: "MIA15", valueType: "percent", value: 0.15 },
    });
    expect(issued.statusCode).toBe(201);
    const imported = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes/import`,
      payload: { items: [{ creatorId: noah, code: "NOAH10", valueType: "fixed", value: 1000 }] },
    });
    expect(imported.statusCode).toBe(201);

    const asMia = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, mia));
    const view = (await asMia({ method: "GET", url: `/api/portal/campaigns/${campaignId}` })).json();
    expect(view.discountCode).toBe("MIA15");
    expect(view.discount).toEqual({
      code: "MIA15",
      valueType: "percent",
      percentOff: 0.15,
      amountOff: null,
      currency: "EUR",
    });

    const asNoah = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, noah));
    const noahView = (await asNoah({ method: "GET", url: `/api/portal/campaigns/${campaignId}` })).json();
    expect(noahView.discount).toMatchObject({ code: "NOAH10", valueType: "fixed", amountOff: 1000 });

    const csv = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/discount-codes.csv` });
    expect(csv.body.split("\r\n").slice(0, 3)).toEqual([
      "Title,Command,Code,Type,Value,Currency",
      "Glow Summer – MIA15,NEW,MIA15,Percentage,15,EUR",
      "Glow Summer – NOAH10,NEW,NOAH10,Fixed Amount,10.00,EUR",
    ]);
  });

  it("has no discount for a creator without a code", async () => {
    const ola = await addCreator(api, campaignId, "ola.nocode");
    const asOla = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, ola));
    const view = (await asOla({ method: "GET", url: `/api/portal/campaigns/${campaignId}` })).json();
    expect(view.discount).toBeNull();
    expect(view.discountCode).toBeNull();
  });
});
