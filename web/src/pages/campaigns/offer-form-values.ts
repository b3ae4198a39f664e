import { minorToDecimal } from "@shared/money";
import { z } from "zod";
import type { BodyOf, Schemas } from "../../api/client";
import { type Campaign, toMinor, words } from "./types";

/** The offer form's values and how they map to and from the API's terms; no React, so it is tested on its own. */

export type Terms = BodyOf<"/api/v1/campaigns/{campaignId}/creators/{creatorId}/offers">["terms"];
type Deliverable = Schemas["Deliverable"];
export type Compensation = Schemas["CompensationInput"];
type BonusMetric = Extract<Compensation, { model: "hybrid" }>["bonuses"][number]["metric"];

export const collaborationTypes: Array<Terms["collaborationType"]> = [
  "sponsored_post",
  "review",
  "tutorial",
  "giveaway",
  "affiliate",
  "ambassador",
];
export const formats: Array<Deliverable["format"]> = [
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
export const platforms: Array<Deliverable["platform"]> = ["instagram", "tiktok", "youtube", "linkedin"];
export const bonusMetrics: BonusMetric[] = [
  "impressions",
  "reach",
  "views",
  "engagements",
  "clicks",
  "conversions",
  "leads",
];
export const options = (values: string[]) => values.map((v) => ({ value: v, label: words(v) }));

const number = (message: string) => z.number({ error: message }).refine(Number.isFinite, message);
const percent = number("Enter a percentage from 0 to 100").min(0, "At least 0%").max(100, "At most 100%");

const offerForm = z.object({
  collaborationType: z.enum(
    collaborationTypes as [Terms["collaborationType"], ...Terms["collaborationType"][]],
  ),
  deliverables: z
    .array(
      z.object({
        platform: z.enum(platforms as [Deliverable["platform"], ...Deliverable["platform"][]]),
        format: z.enum(formats as [Deliverable["format"], ...Deliverable["format"][]]),
        quantity: number("Enter how many").int("Enter a whole number").min(1, "At least 1"),
        dueDate: z.string().min(1, "Choose the due date"),
        draftDueDate: z.string(),
      }),
    )
    .min(1, "Add at least one deliverable"),
  channels: z.array(z.string()),
  usageDays: number("Enter a number of days").int("Enter whole days").min(0, "0 days or more"),
  paidAds: z.boolean(),
  whitelisting: z.boolean(),
  exclusiveCategory: z.string().trim(),
  exclusiveDays: number("Enter a number of days").int("Enter whole days").min(1, "At least 1 day"),
  model: z.enum(["flat_fee", "affiliate", "product_seeding", "hybrid"]),
  fee: z.string().trim(),
  onSigning: percent,
  onApproval: percent,
  onLive: percent,
  basis: z.enum(["percent_of_net_revenue", "fixed_per_order"]),
  ratePercent: percent,
  perOrder: z.string().trim(),
  windowDays: number("Enter a number of days").int("Enter whole days").min(1, "At least 1 day"),
  cookie: z.boolean(),
  products: z.array(
    z.object({
      name: z.string().trim(),
      retailValue: z.string().trim(),
      quantity: number("Enter how many").int("Enter a whole number").min(1, "At least 1"),
    }),
  ),
  bonuses: z.array(
    z.object({
      metric: z.enum(bonusMetrics as [BonusMetric, ...BonusMetric[]]),
      threshold: number("Enter a number").min(1, "At least 1"),
      amount: z.string().trim(),
    }),
  ),
  proposedBy: z.enum(["brand", "creator"]),
  note: z.string().trim(),
});
export type OfferForm = z.infer<typeof offerForm>;

const amountMessage = "Enter an amount such as 1500.00";

/** Amounts are typed as decimals; they must read as money in the campaign's currency for the model chosen. */
export function checkAmounts(currency: string) {
  return offerForm.superRefine((form, ctx) => {
    const amount = (value: string, path: Array<string | number>) => {
      if (toMinor(value, currency) === null) ctx.addIssue({ code: "custom", path, message: amountMessage });
    };
    const fee = form.model === "flat_fee" || form.model === "hybrid";
    const commission = form.model === "affiliate" || form.model === "hybrid";
    if (fee) amount(form.fee, ["fee"]);
    if (commission && form.basis === "fixed_per_order") amount(form.perOrder, ["perOrder"]);
    if (form.model === "product_seeding")
      form.products.forEach((p, i) => {
        if (!p.name)
          ctx.addIssue({ code: "custom", path: ["products", i, "name"], message: "Name the product" });
        amount(p.retailValue, ["products", i, "retailValue"]);
      });
    if (form.model === "hybrid")
      form.bonuses.forEach((b, i) => {
        amount(b.amount, ["bonuses", i, "amount"]);
      });
  });
}

const minor = (value: string, currency: string) => toMinor(value, currency) ?? 0;

/**
 * A fraction as the percentage the form shows, to the server's precision (a millionth): rounding a third of the fee
 * to 33% would make the next version's shares add up to 99% and fail, and a 12.345% commission would drift.
 */
const asPercent = (fraction: number) => Math.round(fraction * 1_000_000) / 10_000;
/** A percentage typed in the form as the fraction the API takes, to the same millionth (no float dust). */
const fromPercent = (percent: number) => Math.round(percent * 10_000) / 1_000_000;

export function toTerms(form: OfferForm, currency: string, disclosure: string | undefined): Terms {
  const schedule = [
    { trigger: "on_signing" as const, share: fromPercent(form.onSigning) },
    { trigger: "on_approval" as const, share: fromPercent(form.onApproval) },
    { trigger: "on_live" as const, share: fromPercent(form.onLive) },
  ].filter((s) => s.share > 0);
  const commission = {
    basis: form.basis,
    ...(form.basis === "percent_of_net_revenue"
      ? { rate: fromPercent(form.ratePercent) }
      : { perOrder: minor(form.perOrder, currency) }),
    attributionWindowDays: form.windowDays,
    cookie: form.cookie,
  };
  const compensation: Compensation =
    form.model === "flat_fee"
      ? { model: "flat_fee", amount: minor(form.fee, currency), schedule }
      : form.model === "affiliate"
        ? { model: "affiliate", ...commission }
        : form.model === "product_seeding"
          ? {
              model: "product_seeding",
              products: form.products.map((p) => ({
                name: p.name,
                retailValue: minor(p.retailValue, currency),
                quantity: p.quantity,
              })),
            }
          : {
              model: "hybrid",
              fee: { amount: minor(form.fee, currency), schedule },
              commission,
              bonuses: form.bonuses.map((b) => ({
                metric: b.metric,
                threshold: b.threshold,
                amount: minor(b.amount, currency),
              })),
            };
  return {
    collaborationType: form.collaborationType,
    deliverables: form.deliverables.map((d) => ({ ...d, draftDueDate: d.draftDueDate || null })),
    usageRights: {
      channels: form.channels,
      durationDays: form.usageDays,
      paidAds: form.paidAds,
      whitelisting: form.whitelisting,
    },
    exclusivity: form.exclusiveCategory
      ? { category: form.exclusiveCategory, periodDays: form.exclusiveDays }
      : null,
    compensation,
    // The disclosure is not edited here: a new version keeps the last one's, or the API writes its default.
    ...(disclosure ? { disclosure } : {}),
  } as Terms;
}

/** The form starts from the latest version's terms, so a counter-offer changes only what moved. */
export function startingValues(campaign: Campaign, previous: Schemas["OfferTerms"] | null): OfferForm {
  const c = previous?.compensation;
  const decimal = (amount: number | null | undefined) =>
    typeof amount === "number" ? minorToDecimal(amount, campaign.currency) : "";
  const fee = c?.model === "flat_fee" ? c : c?.model === "hybrid" ? c.fee : null;
  const commission = c?.model === "affiliate" ? c : c?.model === "hybrid" ? c.commission : null;
  const share = (trigger: string, fallback: number) =>
    fee ? asPercent(fee.schedule.find((s) => s.trigger === trigger)?.share ?? 0) : fallback;
  return {
    collaborationType: previous?.collaborationType ?? "sponsored_post",
    deliverables: previous?.deliverables.map((d) => ({
      platform: d.platform,
      format: d.format,
      quantity: d.quantity,
      dueDate: d.dueDate,
      draftDueDate: d.draftDueDate ?? "",
    })) ?? [
      { platform: "instagram", format: "reel", quantity: 1, dueDate: campaign.startDate, draftDueDate: "" },
    ],
    channels: previous?.usageRights.channels ?? ["instagram", "website"],
    usageDays: previous?.usageRights.durationDays ?? 90,
    paidAds: previous?.usageRights.paidAds ?? false,
    whitelisting: previous?.usageRights.whitelisting ?? false,
    exclusiveCategory: previous?.exclusivity?.category ?? "",
    exclusiveDays: previous?.exclusivity?.periodDays ?? 30,
    model: c?.model ?? "flat_fee",
    fee: decimal(fee?.amount),
    onSigning: share("on_signing", 50),
    onApproval: share("on_approval", 0),
    onLive: share("on_live", 50),
    basis: commission?.basis ?? "percent_of_net_revenue",
    ratePercent: commission?.rate != null ? asPercent(commission.rate) : 10,
    perOrder: decimal(commission?.perOrder),
    windowDays: commission?.attributionWindowDays ?? campaign.attributionWindowDays,
    cookie: commission?.cookie ?? true,
    products:
      c?.model === "product_seeding"
        ? c.products.map((p) => ({ ...p, retailValue: decimal(p.retailValue) }))
        : [{ name: "", retailValue: "", quantity: 1 }],
    bonuses: c?.model === "hybrid" ? c.bonuses.map((b) => ({ ...b, amount: decimal(b.amount) })) : [],
    proposedBy: "brand",
    note: "",
  };
}

/** The server names fields by the API's body ("terms.compensation.fee.schedule"); the form by its own names. */
export function formField(field: string): string {
  return field
    .replace(/^terms\.deliverables\./, "deliverables.")
    .replace(/^terms\.compensation\.(fee\.)?schedule.*/, "onLive")
    .replace(/^terms\.compensation\.(commission\.)?rate$/, "ratePercent")
    .replace(/^terms\.compensation\.(fee\.)?amount$/, "fee")
    .replace(/^terms\.usageRights\.channels.*/, "channels");
}
