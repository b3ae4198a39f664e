import { formatDate, formatMoney, formatRate, platformName } from "../../format";
import { Facts } from "./facts";
import type { OfferTerms } from "./portal-api";

type Compensation = OfferTerms["compensation"];
type Fee = Extract<Compensation, { model: "flat_fee" }> | Extract<Compensation, { model: "hybrid" }>["fee"];
type Commission =
  | Extract<Compensation, { model: "affiliate" }>
  | Extract<Compensation, { model: "hybrid" }>["commission"];

const triggerWords: Record<Fee["schedule"][number]["trigger"], string> = {
  on_signing: "on signing",
  on_approval: "when the content is approved",
  on_live: "when the content goes live",
};

function feeLine(fee: Fee, currency: string) {
  const schedule = fee.schedule
    .map((s) => `${formatRate(s.share, 0)} ${triggerWords[s.trigger] ?? s.trigger}`)
    .join(", ");
  return `${formatMoney(fee.amount, currency)}${schedule ? `, paid ${schedule}` : ""}`;
}

function commissionLine(k: Commission, currency: string) {
  const what =
    k.basis === "fixed_per_order"
      ? `${formatMoney(k.perOrder ?? 0, currency)} per attributed order`
      : `${formatRate(k.rate ?? 0)} of attributed net revenue`;
  return `${what}, attribution window ${k.attributionWindowDays} days`;
}

function compensationLines(c: Compensation, currency: string): string[] {
  switch (c.model) {
    case "flat_fee":
      return [`Fee: ${feeLine(c, currency)}`];
    case "affiliate":
      return [`Commission: ${commissionLine(c, currency)}`];
    case "product_seeding":
      return c.products.map(
        (p) =>
          `Product: ${p.quantity} × ${p.name} (retail value ${formatMoney(p.retailValue, currency)} each)`,
      );
    case "hybrid":
      return [
        `Fee: ${feeLine(c.fee, currency)}`,
        `Commission: ${commissionLine(c.commission, currency)}`,
        ...c.bonuses.map(
          (b) =>
            `Bonus: ${formatMoney(b.amount, currency)} when ${b.metric} reach ${b.threshold.toLocaleString()}`,
        ),
      ];
  }
}

/** Every term of an offer, as the creator reads it before accepting; the PDF has the same terms in full. */
export function TermsView({ terms, currency }: { terms: OfferTerms; currency: string }) {
  const rights = terms.usageRights;
  return (
    <Facts
      entries={[
        ["Collaboration", terms.collaborationType.replaceAll("_", " ")],
        [
          "Deliverables",
          terms.deliverables.map((d) => (
            <div key={`${d.platform}-${d.format}-${d.dueDate}`}>
              {d.quantity} × {platformName(d.platform)} {d.format}, due {formatDate(d.dueDate)}
              {d.draftDueDate ? ` (draft due ${formatDate(d.draftDueDate)})` : ""}
            </div>
          )),
        ],
        [
          "Usage rights",
          `${rights.channels.join(", ") || "the brand's own channels"} for ${rights.durationDays} days; paid ads ${
            rights.paidAds ? "allowed" : "not allowed"
          }; whitelisting ${rights.whitelisting ? "allowed" : "not allowed"}`,
        ],
        [
          "Exclusivity",
          terms.exclusivity
            ? `No other ${terms.exclusivity.category} brands for ${terms.exclusivity.periodDays} days`
            : "None",
        ],
        [
          "Compensation",
          compensationLines(terms.compensation, currency).map((line) => <div key={line}>{line}</div>),
        ],
        ["Disclosure", terms.disclosure],
      ]}
    />
  );
}
