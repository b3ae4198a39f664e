import type { Schemas } from "../../api/client";
import { formatDate, formatMoney, formatRate, platformName } from "../../format";
import { words } from "./types";

type Terms = Schemas["OfferTerms"];
type Compensation = Terms["compensation"];
type Fee = Extract<Compensation, { model: "flat_fee" }> | Extract<Compensation, { model: "hybrid" }>["fee"];
type Commission =
  | Extract<Compensation, { model: "affiliate" }>
  | Extract<Compensation, { model: "hybrid" }>["commission"];

const triggers: Record<Fee["schedule"][number]["trigger"], string> = {
  on_signing: "on signing",
  on_approval: "on approval",
  on_live: "on going live",
};

/** The terms every offer version is compared on, in the order the offer form asks for them. */
export const termNames = [
  "Collaboration",
  "Deliverables",
  "Usage rights",
  "Exclusivity",
  "Compensation model",
  "Fee",
  "Payment schedule",
  "Commission",
  "Bonuses",
  "Products",
  "Disclosure",
] as const;
export type TermName = (typeof termNames)[number];

function feeOf(c: Compensation): Fee | null {
  return c.model === "flat_fee" ? c : c.model === "hybrid" ? c.fee : null;
}
function commissionOf(c: Compensation): Commission | null {
  return c.model === "affiliate" ? c : c.model === "hybrid" ? c.commission : null;
}

/**
 * Each term of an offer in words; a term the model does not have is "—". Two versions compare term by term on
 * these strings, so a change anywhere in a term (a bonus, a share of the schedule) shows on its row.
 */
export function termRows(terms: Terms, currency: string): Record<TermName, string> {
  const c = terms.compensation;
  const fee = feeOf(c);
  const commission = commissionOf(c);
  const rights = terms.usageRights;
  return {
    Collaboration: words(terms.collaborationType),
    Deliverables: terms.deliverables
      .map(
        (d) =>
          `${d.quantity} × ${platformName(d.platform)} ${d.format}, due ${formatDate(d.dueDate)}${
            d.draftDueDate ? ` (draft ${formatDate(d.draftDueDate)})` : ""
          }`,
      )
      .join("; "),
    "Usage rights": `${rights.channels.join(", ") || "none"} for ${rights.durationDays} days; paid ads ${
      rights.paidAds ? "yes" : "no"
    }; whitelisting ${rights.whitelisting ? "yes" : "no"}`,
    Exclusivity: terms.exclusivity
      ? `${terms.exclusivity.category} for ${terms.exclusivity.periodDays} days`
      : "None",
    "Compensation model": words(c.model),
    Fee: fee ? formatMoney(fee.amount, currency) : "—",
    "Payment schedule": fee
      ? fee.schedule.map((s) => `${formatRate(s.share, 0)} ${triggers[s.trigger]}`).join(", ")
      : "—",
    Commission: commission
      ? `${
          commission.basis === "fixed_per_order"
            ? `${formatMoney(commission.perOrder ?? 0, currency)} per order`
            : `${formatRate(commission.rate ?? 0)} of net revenue`
        }, ${commission.attributionWindowDays}-day window, cookie ${commission.cookie ? "on" : "off"}`
      : "—",
    Bonuses:
      c.model === "hybrid" && c.bonuses.length
        ? c.bonuses
            .map((b) => `${formatMoney(b.amount, currency)} at ${b.threshold.toLocaleString()} ${b.metric}`)
            .join("; ")
        : "—",
    Products:
      c.model === "product_seeding"
        ? c.products
            .map((p) => `${p.quantity} × ${p.name} (${formatMoney(p.retailValue, currency)})`)
            .join("; ")
        : "—",
    Disclosure: terms.disclosure,
  };
}
