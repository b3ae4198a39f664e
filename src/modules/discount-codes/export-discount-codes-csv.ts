import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { csvCell } from "../discovery/export-list-csv.js";
import { listDiscountCodes } from "./list-discount-codes.js";

/** Digits after the decimal point in a currency's major unit (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

function majorUnits(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(exponent + 1, "0");
  return `${minor < 0 ? "-" : ""}${text.slice(0, -exponent)}.${text.slice(-exponent)}`;
}

/**
 * The campaign's codes in the discount-import layout Shopify import tools (Matrixify's "Discounts" sheet) read:
 * Title, Command, Code, Type ("Percentage" / "Fixed Amount"), Value (percent as 15, amount in major units),
 * Currency. Every cell goes through csvCell, so nothing in it runs as a spreadsheet formula.
 */
export async function exportDiscountCodesCsv(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<string> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const { items: codes } = await listDiscountCodes(db, organisationId, campaignId);
  const lines = [["Title", "Command", "Code", "Type", "Value", "Currency"].join(",")];
  for (const code of codes) {
    const value =
      code.valueType === "percent"
        ? String(Math.round((code.percentOff ?? 0) * 10_000) / 100)
        : majorUnits(code.amountOff ?? 0, code.currency);
    lines.push(
      [
        `${campaign.name} – ${code.code}`,
        "NEW",
        code.code,
        code.valueType === "percent" ? "Percentage" : "Fixed Amount",
        value,
        code.currency,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
