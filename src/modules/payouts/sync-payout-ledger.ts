import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { listContracts } from "../contracts/list-contracts.js";
import { tookEffectByCreator } from "../contracts/took-effect.js";
import { listAttributedOrders } from "../conversions/list-attributed-orders.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import { type CollaborationFacts, computeOwed } from "./compute-owed.js";
import type { PayoutEntriesTable } from "./schema.js";

/**
 * Brings a campaign's payout ledger in line with what the contracts say is owed. Entries not yet paid follow the
 * computation (a refund before payment lowers the commission; an entry no longer owed is voided). A paid entry is
 * never changed: if less turns out to be owed, a clawback entry carries the difference to the next payout (M11).
 */
export async function syncPayoutLedger(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  metricsByCreator: Map<string, CollaborationFacts["metrics"]>,
  now = new Date(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const [{ items: versions }, orders, { items: posts }, existing] = await Promise.all([
      listContracts(trx, organisationId, { campaignId }),
      listAttributedOrders(trx, organisationId, campaignId),
      listCampaignPosts(trx, organisationId, campaignId),
      trx
        .selectFrom("payout_entries")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("campaign_id", "=", campaignId)
        .execute(),
    ]);
    const contracts = versions.filter((c) => c.status === "in_force");
    const tookEffect = tookEffectByCreator(versions);
    const stamp = now.toISOString();
    const byKey = new Map(existing.map((e) => [`${e.creator_id}|${e.source_key}`, e]));
    const wanted = new Set<string>();

    for (const contract of contracts) {
      const own = posts
        .filter((p) => p.creatorId === contract.creatorId)
        .map((p) => p.postedAt)
        .sort();
      const owed = computeOwed(
        contract,
        {
          tookEffectAt: tookEffect.get(contract.creatorId) ?? contract.acceptedAt,
          firstLiveAt: own[0] ?? null,
          orders: orders.filter(
            (o) =>
              o.creatorId === contract.creatorId && (o.currency === null || o.currency === contract.currency),
          ),
          metrics: metricsByCreator.get(contract.creatorId) ?? {},
        },
        now,
      );
      for (const entry of owed) {
        const key = `${contract.creatorId}|${entry.sourceKey}`;
        wanted.add(key);
        const current = byKey.get(key);
        if (!current) {
          if (entry.amount === 0) continue;
          const row: PayoutEntriesTable = {
            id: newId(),
            organisation_id: organisationId,
            campaign_id: campaignId,
            creator_id: contract.creatorId,
            contract_id: contract.id,
            kind: entry.kind,
            source_key: entry.sourceKey,
            description: entry.description,
            amount: entry.amount,
            currency: contract.currency,
            status: "pending",
            payable_from: entry.payableFrom,
            approved_by: null,
            approved_at: null,
            paid_at: null,
            created_at: stamp,
            updated_at: stamp,
          };
          await trx.insertInto("payout_entries").values(row).execute();
          continue;
        }
        if (current.status === "paid") {
          const clawbackKey = `clawback:${entry.sourceKey}`;
          wanted.add(`${contract.creatorId}|${clawbackKey}`);
          const clawedBack = byKey.get(`${contract.creatorId}|${clawbackKey}`);
          const shortfall = entry.amount - current.amount;
          if (shortfall < 0 && !clawedBack) {
            await trx
              .insertInto("payout_entries")
              .values({
                ...current,
                id: newId(),
                kind: "clawback",
                source_key: clawbackKey,
                description: `Clawback: refund after payment (${current.description.toLowerCase()})`,
                amount: shortfall,
                status: "pending",
                payable_from: stamp,
                approved_by: null,
                approved_at: null,
                paid_at: null,
                created_at: stamp,
                updated_at: stamp,
              })
              .execute();
          } else if (clawedBack && clawedBack.status !== "paid" && clawedBack.amount !== shortfall) {
            await trx
              .updateTable("payout_entries")
              .set({
                amount: shortfall,
                status: shortfall < 0 ? clawedBack.status : "void",
                updated_at: stamp,
              })
              .where("id", "=", clawedBack.id)
              .execute();
          }
          continue;
        }
        if (current.status === "void" && entry.amount === 0) continue;
        if (current.amount !== entry.amount || current.status === "void") {
          // A changed amount needs approving again.
          await trx
            .updateTable("payout_entries")
            .set({
              amount: entry.amount,
              status: entry.amount === 0 ? "void" : "pending",
              approved_by: null,
              approved_at: null,
              payable_from: entry.payableFrom,
              updated_at: stamp,
            })
            .where("id", "=", current.id)
            .execute();
        }
      }
    }
    for (const entry of existing) {
      const key = `${entry.creator_id}|${entry.source_key}`;
      if (!wanted.has(key) && (entry.status === "pending" || entry.status === "approved"))
        await trx
          .updateTable("payout_entries")
          .set({ status: "void", updated_at: stamp })
          .where("id", "=", entry.id)
          .execute();
    }
  });
}
