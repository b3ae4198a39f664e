import { formatMoney, formatRate } from "../../format";
import type { OfferTerms } from "../campaigns/types";

interface Commission {
  basis: string;
  rate?: number | null;
  perOrder?: number | null;
  attributionWindowDays: number;
}

const triggerWords: Record<string, string> = {
  on_signing: "on signing",
  on_approval: "when the content is approved",
  on_live: "when the content goes live",
};

interface Fee {
  amount: number;
  schedule?: Array<{ trigger: string; share: number }>;
}

function feeLine(fee: Fee, currency: string) {
  const schedule = (fee.schedule ?? [])
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

function compensationLines(c: OfferTerms["compensation"], currency: string): string[] {
  const any = c as Record<string, unknown>;
  switch (c.model) {
    case "flat_fee":
      return [`Fee: ${feeLine(c as unknown as Fee, currency)}`];
    case "affiliate":
      return [`Commission: ${commissionLine(c as unknown as Commission, currency)}`];
    case "product_seeding":
      return (any.products as Array<{ name: string; quantity: number; retailValue: number }>).map(
        (p) =>
          `Product: ${p.quantity} × ${p.name} (retail value ${formatMoney(p.retailValue, currency)} each)`,
      );
    case "hybrid":
      return [
        `Fee: ${feeLine(any.fee as Fee, currency)}`,
        `Commission: ${commissionLine(any.commission as Commission, currency)}`,
        ...(any.bonuses as Array<{ amount: number; metric: string; threshold: number }>).map(
          (b) => `Bonus: ${formatMoney(b.amount, currency)} when ${b.metric} reach ${b.threshold}`,
        ),
      ];
    default:
      return [c.model];
  }
}

/** Every term of an offer, as the creator reads it before accepting; the PDF has the same terms in full. */
export function TermsView({ terms, currency }: { terms: OfferTerms; currency: string }) {
  const rights = terms.usageRights;
  return (
    <dl className="terms">
      <dt>Collaboration</dt>
      <dd>{terms.collaborationType.replaceAll("_", " ")}</dd>
      <dt>Deliverables</dt>
      <dd>
        {terms.deliverables.map((d) => (
          <div key={`${d.platform}-${d.format}-${d.dueDate}`}>
            {d.quantity} × {d.platform} {d.format}, due {d.dueDate}
            {d.draftDueDate ? ` (draft due ${d.draftDueDate})` : ""}
          </div>
        ))}
      </dd>
      <dt>Usage rights</dt>
      <dd>
        {rights.channels.join(", ") || "the brand's own channels"} for {rights.durationDays} days; paid ads{" "}
        {rights.paidAds ? "allowed" : "not allowed"}; whitelisting{" "}
        {rights.whitelisting ? "allowed" : "not allowed"}
      </dd>
      <dt>Exclusivity</dt>
      <dd>
        {terms.exclusivity
          ? `No other ${terms.exclusivity.category} brands for ${terms.exclusivity.periodDays} days`
          : "None"}
      </dd>
      <dt>Compensation</dt>
      <dd>
        {compensationLines(terms.compensation, currency).map((line) => (
          <div key={line}>{line}</div>
        ))}
      </dd>
      {terms.disclosure ? (
        <>
          <dt>Disclosure</dt>
          <dd>{terms.disclosure}</dd>
        </>
      ) : null}
    </dl>
  );
}
