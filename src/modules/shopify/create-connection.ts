import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import type { OrgAuth } from "../../http/auth.js";
import { AppError, invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type ShopifyConnectionView, webhookUrlFor } from "./connection-view.js";

/** A store's connection: its webhook secret is kept to verify signatures; the answer gives the URL for Shopify. */
export async function createShopifyConnection(
  db: Kysely<Database>,
  auth: Pick<OrgAuth, "organisationId" | "actor">,
  input: { shopDomain: string; webhookSecret: string },
  publicUrl: string,
): Promise<ShopifyConnectionView> {
  const shopDomain = input.shopDomain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/\/+$/, "");
  if (!/^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(shopDomain))
    throw invalidField("shopDomain", "must be the store's domain, e.g. example.myshopify.com");
  if (input.webhookSecret.trim().length < 16)
    throw invalidField("webhookSecret", "must be the webhook signing secret Shopify shows (16+ characters)");
  const row = {
    id: newId(),
    organisation_id: auth.organisationId,
    shop_domain: shopDomain,
    webhook_secret: input.webhookSecret.trim(),
    created_at: nowIso(),
  };
  try {
    await inTransaction(db, async (trx) => {
      await trx.insertInto("shopify_connections").values(row).execute();
      await recordAuditEvent(trx, {
        organisationId: auth.organisationId,
        actor: auth.actor,
        action: "shopify.connected",
        targetType: "shopify_connection",
        targetId: row.id,
        details: { shopDomain },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", `${shopDomain} is already connected.`, {
        errors: [{ field: "shopDomain", message: "already connected" }],
      });
    throw error;
  }
  return { id: row.id, shopDomain, webhookUrl: webhookUrlFor(publicUrl, row.id), createdAt: row.created_at };
}

/** Connected stores, oldest first. */
export async function listShopifyConnections(
  db: Kysely<Database>,
  organisationId: string,
  publicUrl: string,
  page: PageRequest,
): Promise<Page<ShopifyConnectionView>> {
  const rows = await keysetPage(
    db
      .selectFrom("shopify_connections")
      .select(["id", "shop_domain", "created_at"])
      .where("organisation_id", "=", organisationId),
    [
      { by: "created_at", direction: "asc", value: (r) => r.created_at },
      { by: "id", direction: "asc", value: (r) => r.id },
    ],
    page,
  );
  return {
    items: rows.items.map((r) => ({
      id: r.id,
      shopDomain: r.shop_domain,
      webhookUrl: webhookUrlFor(publicUrl, r.id),
      createdAt: r.created_at,
    })),
    nextCursor: rows.nextCursor,
  };
}
