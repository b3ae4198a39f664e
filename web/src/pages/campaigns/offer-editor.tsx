import { minorToDecimal } from "@shared/money";
import { type FormEvent, useState } from "react";
import { post } from "../../api";
import { ErrorAlert, Field, fieldError, SelectField } from "../../components/ui";
import { type Campaign, type OfferTerms, toMinor } from "./types";

const collaborationTypes = ["sponsored_post", "review", "tutorial", "giveaway", "affiliate", "ambassador"];
const formats = [
  "post",
  "reel",
  "story",
  "short",
  "video",
  "live",
  "carousel",
  "newsletter",
  "webinar",
  "article",
];
const platforms = ["instagram", "tiktok", "youtube", "linkedin"];
const bonusMetrics = ["impressions", "reach", "views", "engagements", "clicks", "conversions", "leads"];
const options = (values: string[]) => values.map((v) => ({ value: v, label: v.replaceAll("_", " ") }));

interface DeliverableRow {
  platform: string;
  format: string;
  quantity: string;
  dueDate: string;
  draftDueDate: string;
}
interface ProductRow {
  name: string;
  retailValue: string;
  quantity: string;
}
interface BonusRow {
  metric: string;
  threshold: string;
  amount: string;
}

const fromMinor = (amount: unknown, currency: string) =>
  typeof amount === "number" ? minorToDecimal(amount, currency) : "";

/** Proposes terms (or records the creator's counter) as a new offer version. Percentages in, fractions out. */
export function OfferEditor({
  campaign,
  creatorId,
  previous,
  onSaved,
}: {
  campaign: Campaign;
  creatorId: string;
  previous: OfferTerms | null;
  onSaved(): void;
}) {
  const currency = campaign.currency;
  const c = previous?.compensation as Record<string, unknown> | undefined;
  const [collaborationType, setCollaborationType] = useState(previous?.collaborationType ?? "sponsored_post");
  const [deliverables, setDeliverables] = useState<DeliverableRow[]>(
    previous?.deliverables.map((d) => ({
      ...d,
      quantity: String(d.quantity),
      draftDueDate: d.draftDueDate ?? "",
    })) ?? [
      { platform: "instagram", format: "reel", quantity: "1", dueDate: campaign.startDate, draftDueDate: "" },
    ],
  );
  const [channels, setChannels] = useState(previous?.usageRights.channels.join(", ") ?? "instagram, website");
  const [usageDays, setUsageDays] = useState(String(previous?.usageRights.durationDays ?? 90));
  const [paidAds, setPaidAds] = useState(previous?.usageRights.paidAds ?? false);
  const [whitelisting, setWhitelisting] = useState(previous?.usageRights.whitelisting ?? false);
  const [exclusiveCategory, setExclusiveCategory] = useState(previous?.exclusivity?.category ?? "");
  const [exclusiveDays, setExclusiveDays] = useState(String(previous?.exclusivity?.periodDays ?? 30));
  const [model, setModel] = useState(previous?.compensation.model ?? "flat_fee");
  const [fee, setFee] = useState(() =>
    fromMinor(
      typeof c?.amount === "number" ? c.amount : (c?.fee as { amount?: number } | undefined)?.amount,
      currency,
    ),
  );
  const [onSigning, setOnSigning] = useState("50");
  const [onApproval, setOnApproval] = useState("0");
  const [onLive, setOnLive] = useState("50");
  const [basis, setBasis] = useState("percent_of_net_revenue");
  const [ratePercent, setRatePercent] = useState("10");
  const [perOrder, setPerOrder] = useState("");
  const [windowDays, setWindowDays] = useState(String(campaign.attributionWindowDays));
  const [cookie, setCookie] = useState(true);
  const [products, setProducts] = useState<ProductRow[]>([{ name: "", retailValue: "", quantity: "1" }]);
  const [bonuses, setBonuses] = useState<BonusRow[]>([]);
  const [proposedBy, setProposedBy] = useState<"brand" | "creator">("brand");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState("");
  const [saved, setSaved] = useState("");

  function money(value: string, what: string): number {
    const minor = toMinor(value, currency);
    if (minor === null) throw new Error(`${what}: enter an amount such as 1500.00`);
    return minor;
  }

  function schedule() {
    return [
      { trigger: "on_signing", share: Number(onSigning) / 100 },
      { trigger: "on_approval", share: Number(onApproval) / 100 },
      { trigger: "on_live", share: Number(onLive) / 100 },
    ].filter((s) => s.share > 0);
  }

  function commission() {
    return {
      basis,
      ...(basis === "percent_of_net_revenue"
        ? { rate: Number(ratePercent) / 100 }
        : { perOrder: money(perOrder, "Per order") }),
      attributionWindowDays: Number(windowDays),
      cookie,
    };
  }

  function compensation() {
    if (model === "flat_fee") return { model, amount: money(fee, "Fee"), schedule: schedule() };
    if (model === "affiliate") return { model, ...commission() };
    if (model === "product_seeding")
      return {
        model,
        products: products.map((p) => ({
          name: p.name,
          retailValue: money(p.retailValue, "Retail value"),
          quantity: Number(p.quantity),
        })),
      };
    return {
      model,
      fee: { amount: money(fee, "Fee"), schedule: schedule() },
      commission: commission(),
      bonuses: bonuses.map((b) => ({
        metric: b.metric,
        threshold: Number(b.threshold),
        amount: money(b.amount, "Bonus"),
      })),
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setLocalError("");
    setSaved("");
    let terms: unknown;
    try {
      terms = {
        collaborationType,
        deliverables: deliverables.map((d) => ({
          platform: d.platform,
          format: d.format,
          quantity: Number(d.quantity),
          dueDate: d.dueDate,
          draftDueDate: d.draftDueDate || null,
        })),
        usageRights: {
          channels: channels
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
          durationDays: Number(usageDays),
          paidAds,
          whitelisting,
        },
        exclusivity: exclusiveCategory.trim()
          ? { category: exclusiveCategory.trim(), periodDays: Number(exclusiveDays) }
          : null,
        compensation: compensation(),
      };
    } catch (caught) {
      setLocalError((caught as Error).message);
      return;
    }
    try {
      const offer = await post<{ version: number }>(
        `/api/v1/campaigns/${campaign.id}/creators/${creatorId}/offers`,
        {
          terms,
          proposedBy,
          ...(note.trim() ? { note } : {}),
        },
      );
      setSaved(`Offer version ${offer.version} saved.`);
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  const rowUpdate =
    <T,>(set: (f: (rows: T[]) => T[]) => void, index: number) =>
    (change: Partial<T>) =>
      set((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const isFee = model === "flat_fee" || model === "hybrid";
  const isCommission = model === "affiliate" || model === "hybrid";

  return (
    <form className="card" onSubmit={submit} aria-labelledby="offer-title">
      <h2 id="offer-title" className="section-title">
        Offer terms
      </h2>
      <ErrorAlert error={error} />
      {localError ? (
        <div className="alert alert-error" role="alert">
          {localError}
        </div>
      ) : null}
      <SelectField
        label="Collaboration type"
        value={collaborationType}
        onChange={setCollaborationType}
        options={options(collaborationTypes)}
      />
      <h3>Deliverables</h3>
      {deliverables.map((d, index) => {
        const update = rowUpdate(setDeliverables, index);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own.
          <fieldset className="inline-form" key={index}>
            <legend className="muted">Deliverable {index + 1}</legend>
            <SelectField
              label="Platform"
              value={d.platform}
              onChange={(platform) => update({ platform })}
              options={options(platforms)}
            />
            <SelectField
              label="Format"
              value={d.format}
              onChange={(format) => update({ format })}
              options={options(formats)}
            />
            <Field
              label="Quantity"
              type="number"
              min={1}
              value={d.quantity}
              onChange={(e) => update({ quantity: e.target.value })}
            />
            <Field
              label="Draft due"
              type="date"
              value={d.draftDueDate}
              onChange={(e) => update({ draftDueDate: e.target.value })}
              error={fieldError(error, `terms.deliverables.${index}.draftDueDate`)}
            />
            <Field
              label="Due"
              type="date"
              value={d.dueDate}
              onChange={(e) => update({ dueDate: e.target.value })}
              error={fieldError(error, `terms.deliverables.${index}.dueDate`)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          setDeliverables((rows) => [
            ...rows,
            {
              platform: "instagram",
              format: "story",
              quantity: "1",
              dueDate: campaign.startDate,
              draftDueDate: "",
            },
          ])
        }
      >
        Add a deliverable
      </button>
      <h3>Usage rights and exclusivity</h3>
      <div className="inline-form">
        <Field
          label="Channels the brand may use the content on"
          value={channels}
          onChange={(e) => setChannels(e.target.value)}
        />
        <Field
          label="Usage duration (days)"
          type="number"
          min={0}
          value={usageDays}
          onChange={(e) => setUsageDays(e.target.value)}
        />
        <label>
          <input type="checkbox" checked={paidAds} onChange={(e) => setPaidAds(e.target.checked)} /> Paid ads
          allowed
        </label>
        <label>
          <input type="checkbox" checked={whitelisting} onChange={(e) => setWhitelisting(e.target.checked)} />{" "}
          Whitelisting allowed
        </label>
      </div>
      <div className="inline-form">
        <Field
          label="Exclusivity category (empty for none)"
          value={exclusiveCategory}
          onChange={(e) => setExclusiveCategory(e.target.value)}
        />
        <Field
          label="Exclusivity period (days)"
          type="number"
          min={1}
          value={exclusiveDays}
          onChange={(e) => setExclusiveDays(e.target.value)}
        />
      </div>
      <h3>Compensation</h3>
      <SelectField
        label="Compensation model"
        value={model}
        onChange={setModel}
        options={[
          { value: "flat_fee", label: "Flat fee" },
          { value: "affiliate", label: "Affiliate commission" },
          { value: "product_seeding", label: "Product seeding" },
          { value: "hybrid", label: "Hybrid: fee + commission (+ bonuses)" },
        ]}
      />
      {isFee ? (
        <div className="inline-form">
          <Field
            label={`Fee (${currency})`}
            inputMode="decimal"
            value={fee}
            onChange={(e) => setFee(e.target.value)}
          />
          <Field
            label="% on signing"
            type="number"
            min={0}
            max={100}
            value={onSigning}
            onChange={(e) => setOnSigning(e.target.value)}
          />
          <Field
            label="% on approval"
            type="number"
            min={0}
            max={100}
            value={onApproval}
            onChange={(e) => setOnApproval(e.target.value)}
          />
          <Field
            label="% on going live"
            type="number"
            min={0}
            max={100}
            value={onLive}
            onChange={(e) => setOnLive(e.target.value)}
            error={fieldError(
              error,
              model === "hybrid" ? "terms.compensation.fee.schedule" : "terms.compensation.schedule",
            )}
          />
        </div>
      ) : null}
      {isCommission ? (
        <div className="inline-form">
          <SelectField
            label="Commission basis"
            value={basis}
            onChange={setBasis}
            options={[
              { value: "percent_of_net_revenue", label: "% of net revenue" },
              { value: "fixed_per_order", label: "Fixed per order" },
            ]}
          />
          {basis === "percent_of_net_revenue" ? (
            <Field
              label="Commission (%)"
              type="number"
              min={0}
              max={100}
              step="0.01"
              value={ratePercent}
              onChange={(e) => setRatePercent(e.target.value)}
              error={fieldError(
                error,
                model === "hybrid" ? "terms.compensation.commission.rate" : "terms.compensation.rate",
              )}
            />
          ) : (
            <Field
              label={`Per order (${currency})`}
              inputMode="decimal"
              value={perOrder}
              onChange={(e) => setPerOrder(e.target.value)}
            />
          )}
          <Field
            label="Attribution window (days)"
            type="number"
            min={1}
            value={windowDays}
            onChange={(e) => setWindowDays(e.target.value)}
          />
          <label>
            <input type="checkbox" checked={cookie} onChange={(e) => setCookie(e.target.checked)} /> Cookie
            tracking
          </label>
        </div>
      ) : null}
      {model === "product_seeding"
        ? products.map((p, index) => {
            const update = rowUpdate(setProducts, index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own.
              <fieldset className="inline-form" key={index}>
                <legend className="muted">Product {index + 1}</legend>
                <Field label="Product" value={p.name} onChange={(e) => update({ name: e.target.value })} />
                <Field
                  label={`Retail value (${currency})`}
                  inputMode="decimal"
                  value={p.retailValue}
                  onChange={(e) => update({ retailValue: e.target.value })}
                />
                <Field
                  label="Quantity"
                  type="number"
                  min={1}
                  value={p.quantity}
                  onChange={(e) => update({ quantity: e.target.value })}
                />
              </fieldset>
            );
          })
        : null}
      {model === "product_seeding" ? (
        <button
          type="button"
          className="link-button"
          onClick={() => setProducts((rows) => [...rows, { name: "", retailValue: "", quantity: "1" }])}
        >
          Add a product
        </button>
      ) : null}
      {model === "hybrid" ? (
        <>
          {bonuses.map((b, index) => {
            const update = rowUpdate(setBonuses, index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own.
              <fieldset className="inline-form" key={index}>
                <legend className="muted">Bonus {index + 1}</legend>
                <SelectField
                  label="When"
                  value={b.metric}
                  onChange={(metric) => update({ metric })}
                  options={options(bonusMetrics)}
                />
                <Field
                  label="reach at least"
                  type="number"
                  min={1}
                  value={b.threshold}
                  onChange={(e) => update({ threshold: e.target.value })}
                />
                <Field
                  label={`Bonus (${currency})`}
                  inputMode="decimal"
                  value={b.amount}
                  onChange={(e) => update({ amount: e.target.value })}
                />
              </fieldset>
            );
          })}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setBonuses((rows) => [...rows, { metric: "conversions", threshold: "100", amount: "" }])
            }
          >
            Add a performance bonus
          </button>
        </>
      ) : null}
      <div className="inline-form">
        <SelectField
          label="This version is"
          value={proposedBy}
          onChange={(v) => setProposedBy(v as "brand" | "creator")}
          options={[
            { value: "brand", label: "Our proposal" },
            { value: "creator", label: "The creator's counter-offer" },
          ]}
        />
        <Field label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="row-actions">
        <button type="submit" className="button">
          Save offer version
        </button>
      </div>
      {saved ? <p role="status">{saved}</p> : null}
    </form>
  );
}
