import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { platformNames } from "../compliance/check-disclosure.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { Deliverable as ContractedItem } from "../contracts/offer-terms.js";
import { createDeliverable, type DeliverableInput } from "./create-deliverable.js";
import type { DeliverableView } from "./deliverable-view.js";

export interface DeliverablesFromContract {
  contractId: string;
  contractVersion: number;
  /** The deliverables made now, in the contract's order. */
  created: DeliverableView[];
  /** Contracted items that already had their deliverable (same title): made before, not made twice. */
  alreadyCreated: number;
}

/**
 * One deliverable per unit of each item in the contract in force ("Instagram reel 1 of 2"), due for review on the
 * item's draft due date, or its live date when the contract sets no draft date. Running it again after an
 * amendment adds only what the amendment added: items whose title exists are left as they are.
 */
export function deliverablesOf(items: readonly ContractedItem[]): DeliverableInput[] {
  return items.flatMap((item) =>
    Array.from({ length: item.quantity }, (_, i) => ({
      title: `${platformNames[item.platform]} ${item.format}${item.quantity > 1 ? ` ${i + 1} of ${item.quantity}` : ""}`,
      platform: item.platform,
      format: item.format,
      dueDate: item.draftDueDate ?? item.dueDate,
    })),
  );
}

export async function createDeliverablesFromContract(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
): Promise<DeliverablesFromContract> {
  return inTransaction(db, async (trx) => {
    await getCampaignCreator(trx, ctx.organisationId, campaignId, creatorId);
    const { items } = await listContracts(trx, ctx.organisationId, {
      campaignId,
      creatorId,
      inForceOnly: true,
    });
    const contract = items[0];
    if (!contract)
      throw new AppError(
        "conflict",
        "There is no contract in force with this creator yet: the deliverables come from the signed terms.",
        { errors: [{ field: "creatorId", message: "no contract in force" }] },
      );
    const existing = new Set(
      (
        await trx
          .selectFrom("deliverables")
          .select("title")
          .where("organisation_id", "=", ctx.organisationId)
          .where("campaign_id", "=", campaignId)
          .where("creator_id", "=", creatorId)
          .execute()
      ).map((row) => row.title),
    );
    const wanted = deliverablesOf(contract.terms.deliverables);
    const created: DeliverableView[] = [];
    for (const input of wanted.filter((d) => !existing.has(d.title)))
      created.push(await createDeliverable(trx, ctx, campaignId, creatorId, input));
    return {
      contractId: contract.id,
      contractVersion: contract.version,
      created,
      alreadyCreated: wanted.length - created.length,
    };
  });
}
