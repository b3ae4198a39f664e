import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { toCsv } from "../../http/csv.js";
import { minorToDecimal } from "../../shared/money.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listDiscountCodes } from "./list-discount-codes.js";

/**
 * The campaign's codes in the discount-import layout Shopify import tools (Matrixify's "Discounts" sheet) read:
 * Title, Command, Code, Type ("Percentage" / "Fixed Amount"), Value (percent as 15, amount in major units),
 * Currency. The shared writer keeps any text from running as a spreadsheet formula.
 */
export async function exportDiscountCodesCsv(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<string> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const { items: codes } = await listDiscountCodes(db, organisationId, campaignId);
  return toCsv(
    ["Title", "Command", "Code", "Type", "Value", "Currency"],
    codes.map((code) => [
      `${campaign.name} – ${code.code}`,
      "NEW",
      code.code,
      code.valueType === "percent" ? "Percentage" : "Fixed Amount",
      code.valueType === "percent"
        ? String(Math.round((code.percentOff ?? 0) * 10_000) / 100)
        : minorToDecimal(code.amountOff ?? 0, code.currency),
      code.currency,
    ]),
  );
}
