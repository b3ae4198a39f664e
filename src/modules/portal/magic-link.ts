import { type Kysely, sql } from "kysely";
import { newId } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { hashToken, randomToken } from "../../security/tokens.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { sendCampaignEmail } from "../outreach/send-campaign-email.js";

export const magicLinkMinutes = 60;
/** Links per creator per hour; more would let a mistaken script flood a creator's inbox. */
export const magicLinksPerHour = 5;

export interface IssuedMagicLink {
  expiresAt: string;
  /** "queued": the SMTP job sends it. */
  emailStatus: string;
}

/** What the team sees in the thread and the outbox where the creator's email has their link. */
export const portalLinkShownAs = "[portal link sent]";

/**
 * Emails a creator a single-use link into their portal. Only the token's hash is kept; the link expires after an
 * hour and stops working once used or revoked. Whoever holds the link acts as the creator (and accepts their
 * contracts), so it goes by SMTP only and the team's copy of the email shows it removed.
 */
export async function issueMagicLink(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  campaignId: string,
  creatorId: string,
  now = new Date(),
): Promise<IssuedMagicLink> {
  return inTransaction(db, async (trx) => {
    await getCampaignCreator(trx, ctx.organisationId, campaignId, creatorId);
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    const recent = await trx
      .selectFrom("portal_tokens")
      .select([sql<number>`count(*)`.as("n"), sql<string | null>`min(created_at)`.as("oldest")])
      .where("organisation_id", "=", ctx.organisationId)
      .where("creator_id", "=", creatorId)
      .where("kind", "=", "magic_link")
      .where("created_at", ">", hourAgo)
      .executeTakeFirst();
    if (Number(recent?.n ?? 0) >= magicLinksPerHour) {
      const oldest = recent?.oldest ? Date.parse(recent.oldest) : now.getTime();
      throw new AppError(
        "rate_limited",
        `${magicLinksPerHour} portal links were sent to this creator in the last hour; try again later.`,
        {
          errors: [{ field: "creatorId", message: "too many portal links this hour" }],
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + 3_600_000 - now.getTime()) / 1000)),
        },
      );
    }
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + magicLinkMinutes * 60_000).toISOString();
    await trx
      .insertInto("portal_tokens")
      .values({
        id: newId(),
        organisation_id: ctx.organisationId,
        creator_id: creatorId,
        kind: "magic_link",
        token_hash: hashToken(token),
        csrf_token: null,
        expires_at: expiresAt,
        used_at: null,
        revoked_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    // The token travels in the fragment, which browsers never send to servers or in Referer headers.
    const link = `${env.publicUrl}/portal/sign-in#token=${token}`;
    const placeholder = "[[portal-link]]";
    const message = await sendCampaignEmail(trx, ctx, env, campaignId, creatorId, {
      subject: "Your link to the {{campaign.name}} creator portal",
      body: [
        "Hi {{creator.firstName}},",
        "",
        "Open your creator portal to read the brief, review the offer and submit your content:",
        placeholder,
        "",
        `The link works once and expires in ${magicLinkMinutes} minutes. Ask us for a new one any time.`,
        "",
        "{{sender.name}}",
      ].join("\n"),
      secret: { placeholder, value: link, shownAs: portalLinkShownAs },
    });
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "portal.link_sent",
      targetType: "creator",
      targetId: creatorId,
      details: { campaignId, expiresAt },
    });
    return { expiresAt, emailStatus: message.status };
  });
}
