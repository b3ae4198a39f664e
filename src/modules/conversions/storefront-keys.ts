import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import type { OrgAuth } from "../../http/auth.js";
import { invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";

export interface StorefrontKeyView {
  id: string;
  /** Public by design: it sits in the shop's pages and can only report conversions. */
  publishableKey: string;
  allowedOrigins: string[];
  createdAt: string;
}

function normaliseOrigin(origin: string, index: number): string {
  try {
    const url = new URL(origin);
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== origin.replace(/\/$/, ""))
      throw new Error("not an origin");
    return url.origin;
  } catch {
    throw invalidField(`allowedOrigins.${index}`, "must be an origin such as https://shop.example.com");
  }
}

export async function createStorefrontKey(
  db: Kysely<Database>,
  auth: Pick<OrgAuth, "organisationId" | "actor">,
  allowedOrigins: string[],
): Promise<StorefrontKeyView> {
  const origins = allowedOrigins.map(normaliseOrigin);
  const row = {
    id: newId(),
    organisation_id: auth.organisationId,
    publishable_key: `pk_${randomBytes(18).toString("base64url")}`,
    allowed_origins: JSON.stringify(origins),
    created_at: nowIso(),
  };
  await inTransaction(db, async (trx) => {
    await trx.insertInto("storefront_keys").values(row).execute();
    await recordAuditEvent(trx, {
      organisationId: auth.organisationId,
      actor: auth.actor,
      action: "storefront_key.created",
      targetType: "storefront_key",
      targetId: row.id,
      details: { allowedOrigins: origins },
    });
  });
  return {
    id: row.id,
    publishableKey: row.publishable_key,
    allowedOrigins: origins,
    createdAt: row.created_at,
  };
}

/** Publishable keys, newest first. */
export async function listStorefrontKeys(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<StorefrontKeyView>> {
  const rows = await keysetPage(
    db.selectFrom("storefront_keys").selectAll().where("organisation_id", "=", organisationId),
    newestFirst(),
    page,
  );
  return {
    items: rows.items.map((r) => ({
      id: r.id,
      publishableKey: r.publishable_key,
      allowedOrigins: JSON.parse(r.allowed_origins) as string[],
      createdAt: r.created_at,
    })),
    nextCursor: rows.nextCursor,
  };
}

export async function findStorefrontKey(
  db: Kysely<Database>,
  publishableKey: string,
): Promise<{ id: string; organisationId: string; allowedOrigins: string[] } | null> {
  const row = await db
    .selectFrom("storefront_keys")
    .selectAll()
    .where("publishable_key", "=", publishableKey)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        organisationId: row.organisation_id,
        allowedOrigins: JSON.parse(row.allowed_origins) as string[],
      }
    : null;
}
