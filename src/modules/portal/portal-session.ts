import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { hashToken, randomToken } from "../../security/tokens.js";
import { dayMs } from "../../shared/time.js";
import { systemActor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCreator } from "../creators/creators.js";

export const portalSessionDays = 14;

export interface PortalSession {
  /** The session's own id: what a creator-connection sign-in is bound to. */
  sessionId: string;
  organisationId: string;
  creatorId: string;
  creatorName: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Exchanges a magic link for a portal session. The link is marked used in the same statement that checks it, so it
 * works once even when opened twice at the same moment.
 */
export async function redeemMagicLink(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<PortalSession & { sessionToken: string }> {
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    const link = await trx
      .updateTable("portal_tokens")
      .set({ used_at: at })
      .where("token_hash", "=", hashToken(token))
      .where("kind", "=", "magic_link")
      .where("used_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", at)
      .returning(["organisation_id", "creator_id"])
      .executeTakeFirst();
    if (!link)
      throw new AppError(
        "unauthorized",
        "This link has expired, was already used, or was withdrawn. Ask the brand for a new one.",
      );
    const creator = await getCreator(trx, link.organisation_id, link.creator_id);
    const sessionId = newId();
    const sessionToken = randomToken();
    const csrfToken = randomToken(24);
    const expiresAt = new Date(now.getTime() + portalSessionDays * dayMs).toISOString();
    await trx
      .insertInto("portal_tokens")
      .values({
        id: sessionId,
        organisation_id: link.organisation_id,
        creator_id: link.creator_id,
        kind: "session",
        token_hash: hashToken(sessionToken),
        csrf_token: csrfToken,
        expires_at: expiresAt,
        used_at: null,
        revoked_at: null,
        created_at: at,
      })
      .execute();
    await recordAuditEvent(trx, {
      organisationId: link.organisation_id,
      actor: systemActor(`${creator.name} (creator portal)`),
      action: "portal.signed_in",
      targetType: "creator",
      targetId: link.creator_id,
    });
    return {
      sessionId,
      organisationId: link.organisation_id,
      creatorId: link.creator_id,
      creatorName: creator.name,
      csrfToken,
      expiresAt,
      sessionToken,
    };
  });
}

/** The live session a portal cookie carries, or null when it is unknown, expired or revoked. */
export async function resolvePortalSession(
  db: Kysely<Database>,
  sessionToken: string,
): Promise<PortalSession | null> {
  const row = await db
    .selectFrom("portal_tokens")
    .selectAll()
    .where("token_hash", "=", hashToken(sessionToken))
    .where("kind", "=", "session")
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso())
    .executeTakeFirst();
  if (!row?.csrf_token) return null;
  const creator = await getCreator(db, row.organisation_id, row.creator_id).catch(() => null);
  if (!creator) return null;
  return {
    sessionId: row.id,
    organisationId: row.organisation_id,
    creatorId: row.creator_id,
    creatorName: creator.name,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

export async function endPortalSession(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await db
    .updateTable("portal_tokens")
    .set({ revoked_at: nowIso() })
    .where("token_hash", "=", hashToken(sessionToken))
    .where("kind", "=", "session")
    .execute();
}
