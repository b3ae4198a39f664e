import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type Api,
  addCreator,
  addDeliverable,
  brandWithCampaign,
  portalSignIn,
  queuedSmtpUrl,
  sendPortalLink,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { listCampaignCreators } from "../campaigns/list-campaign-creators.js";
import { overdueDeliverablesByCreator } from "./overdue-deliverables.js";

// A fixed "now": yesterday is 2026-11-09, tomorrow 2026-11-11.
const now = new Date("2026-11-10T09:30:00Z");
const caption = "#ad My summer serum from Glow";

describeEachDatabase("overdue deliverables on the campaign board", (dialect) => {
  let t: TestApp;
  let api: Api;
  let campaignId: string;
  let organisationId: string;
  let late: string;
  let done: string;
  let onTime: string;

  async function submitDraft(creatorId: string, deliverableId: string) {
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorId));
    const draft = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption },
    });
    expect(draft.statusCode).toBe(201);
    return portal;
  }

  async function approve(creatorId: string, deliverableId: string) {
    const portal = await submitDraft(creatorId, deliverableId);
    const approved = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve" },
    });
    expect(approved.json().status).toBe("approved");
    return portal;
  }

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    ({ api, campaignId } = await brandWithCampaign(t.app));
    organisationId = (
      await t.database.db.selectFrom("campaigns").select("organisation_id").executeTakeFirstOrThrow()
    ).organisation_id;
    late = await addCreator(api, campaignId, "lena.late");
    done = await addCreator(api, campaignId, "dara.done");
    onTime = await addCreator(api, campaignId, "otto.ontime");

    // Late: nothing yet, due yesterday; changes requested, due a week ago; in review, due yesterday.
    await addDeliverable(api, campaignId, late, "2026-11-09");
    const changesRequested = await addDeliverable(api, campaignId, late, "2026-11-03");
    await submitDraft(late, changesRequested);
    const changes = await api({
      method: "POST",
      url: `/api/v1/deliverables/${changesRequested}/decision`,
      payload: { decision: "request_changes", body: "Show the bottle" },
    });
    expect(changes.json().status).toBe("changes_requested");
    await submitDraft(late, await addDeliverable(api, campaignId, late, "2026-11-09"));

    // Done: approved and live, both due yesterday.
    await approve(done, await addDeliverable(api, campaignId, done, "2026-11-09"));
    const liveId = await addDeliverable(api, campaignId, done, "2026-11-09");
    const portal = await approve(done, liveId);
    const live = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${liveId}/live`,
      payload: { url: "https://www.instagram.com/reel/DONE1/", postedAt: "2026-11-08T18:00:00Z" },
    });
    expect(live.json().status).toBe("live");

    // On time: due today and tomorrow.
    await addDeliverable(api, campaignId, onTime, "2026-11-10");
    await addDeliverable(api, campaignId, onTime, "2026-11-11");
  });
  afterAll(async () => t.close());

  it("counts a creator's deliverables past their due date and not approved or live, with the earliest missed", async () => {
    const overdue = await overdueDeliverablesByCreator(t.database.db, organisationId, campaignId, now);
    expect(Object.fromEntries(overdue)).toEqual({ [late]: { count: 3, earliestDueDate: "2026-11-03" } });

    const { items: board } = await listCampaignCreators(t.database.db, organisationId, campaignId, { now });
    const flags = Object.fromEntries(board.map((entry) => [entry.creatorId, entry.overdue]));
    expect(flags).toEqual({
      [late]: { count: 3, earliestDueDate: "2026-11-03" },
      [done]: null,
      [onTime]: null,
    });

    // A day later what was due today is overdue too; it never counts for another organisation.
    const nextDay = await overdueDeliverablesByCreator(
      t.database.db,
      organisationId,
      campaignId,
      new Date("2026-11-11T00:00:00Z"),
    );
    expect(nextDay.get(onTime)).toEqual({ count: 1, earliestDueDate: "2026-11-10" });
    expect((await overdueDeliverablesByCreator(t.database.db, "another-org", campaignId, now)).size).toBe(0);
  });

  it("puts each creator's flag on the pipeline the board reads, agreeing with each deliverable's flag", async () => {
    const creator = await addCreator(api, campaignId, "pia.past");
    const pastId = await addDeliverable(api, campaignId, creator, "2020-01-01");
    const pipeline = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    expect(pipeline.statusCode).toBe(200);
    const entry = (pipeline.json().items as Array<{ creatorId: string; overdue: unknown }>).find(
      (e) => e.creatorId === creator,
    );
    expect(entry?.overdue).toEqual({ count: 1, earliestDueDate: "2020-01-01" });
    const deliverables = await api({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/deliverables?creatorId=${creator}`,
    });
    expect(deliverables.json().items).toMatchObject([{ id: pastId, overdue: true }]);

    // Dropped from the campaign, the creator will deliver nothing: the board stops calling it late.
    const dropped = await api({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}`,
      payload: { stage: "dropped", reason: "went quiet" },
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    const after = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    const droppedEntry = (after.json().items as Array<{ creatorId: string; overdue: unknown }>).find(
      (e) => e.creatorId === creator,
    );
    expect(droppedEntry?.overdue).toBeNull();
  });
});
