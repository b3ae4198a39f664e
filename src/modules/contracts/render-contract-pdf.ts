import type { Kysely } from "kysely";
import PDFDocument from "pdfkit";
import type { Database } from "../../db/schema.js";
import { formatMoney } from "../../shared/money.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCreator } from "../creators/creators.js";
import { getContract } from "./list-contracts.js";
import type { Compensation, OfferTerms } from "./offer-terms.js";

const triggerWords = {
  on_signing: "on signing",
  on_approval: "on approval of the content",
  on_live: "when the content goes live",
};

const percent = (rate: number | null | undefined) =>
  `${((rate ?? 0) * 100).toLocaleString("en", { maximumFractionDigits: 4 })}%`;

function compensationLines(
  c: Compensation,
  currency: string,
  installments: Array<{ trigger: string; amount: number }>,
) {
  const money = (n: number) => formatMoney(n, currency);
  const commission = (k: {
    basis: string;
    rate?: number | null;
    perOrder?: number | null;
    attributionWindowDays: number;
    cookie: boolean;
  }) =>
    `${k.basis === "fixed_per_order" ? `${money(k.perOrder ?? 0)} per attributed order` : `${percent(k.rate)} of attributed net revenue (after discounts and refunds, excluding tax and shipping)`}, attribution window ${k.attributionWindowDays} days${k.cookie ? ", tracked with a cookie" : ""}.`;
  const schedule = installments
    .map((i) => `${money(i.amount)} ${triggerWords[i.trigger as keyof typeof triggerWords]}`)
    .join("; ");
  switch (c.model) {
    case "flat_fee":
      return [`Flat fee of ${money(c.amount)}, paid: ${schedule}.`];
    case "affiliate":
      return [`Commission: ${commission(c)}`];
    case "product_seeding":
      return [
        "Products provided free of charge:",
        ...c.products.map((p) => `  ${p.quantity} × ${p.name} (retail value ${money(p.retailValue)} each)`),
      ];
    case "hybrid":
      return [
        `Fee of ${money(c.fee.amount)}, paid: ${schedule}.`,
        `Plus commission: ${commission(c.commission)}`,
        ...c.bonuses.map(
          (b) => `Bonus of ${money(b.amount)} when ${b.metric} reach ${b.threshold.toLocaleString("en")}.`,
        ),
      ];
  }
}

export interface ContractPdfParts {
  campaign: { name: string; brand: string; startDate: string; endDate: string };
  creator: { name: string; email: string | null };
  terms: OfferTerms;
  currency: string;
  installments: Array<{ trigger: string; amount: number }>;
  /** The line under the title: which version, and whether it is signed. */
  status: string;
  /** The PDF's creation date, fixed so the same terms always render the same bytes (their hash is evidence). */
  createdAt: Date;
  /** Who accepted, how, when, from where, and the hashes of what they saw; null before acceptance. */
  signature: string[] | null;
  footer: string;
}

/** Lays out a contract: parties, deliverables, dates, usage rights, exclusivity, compensation, disclosure, signature. */
export function writeContractPdf(parts: ContractPdfParts): Promise<Buffer> {
  const { campaign, creator, terms } = parts;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: `Contract — ${campaign.name} — ${creator.name}`, CreationDate: parts.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const heading = (text: string) =>
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(text).font("Helvetica").fontSize(10);

  doc.font("Helvetica-Bold").fontSize(18).text("Creator collaboration contract");
  doc.font("Helvetica").fontSize(10).text(parts.status);
  heading("Parties");
  doc.text(`Brand: ${campaign.brand}`);
  doc.text(`Creator: ${creator.name}${creator.email ? ` <${creator.email}>` : ""}`);
  doc.text(`Collaboration: ${terms.collaborationType.replaceAll("_", " ")}`);
  doc.text(`Campaign dates: ${campaign.startDate} to ${campaign.endDate}`);
  heading("Deliverables");
  for (const d of terms.deliverables)
    doc.text(
      `${d.quantity} × ${d.format} on ${d.platform}, due ${d.dueDate}${d.draftDueDate ? ` (draft due ${d.draftDueDate})` : ""}`,
    );
  heading("Usage rights");
  const rights = terms.usageRights;
  doc.text(
    `The brand may use the content on ${rights.channels.length ? rights.channels.join(", ") : "the brand's own channels"} for ${rights.durationDays} days. Paid ads: ${rights.paidAds ? "allowed" : "not allowed"}. Whitelisting: ${rights.whitelisting ? "allowed" : "not allowed"}.`,
  );
  heading("Exclusivity");
  doc.text(
    terms.exclusivity
      ? `The creator will not promote other brands in ${terms.exclusivity.category} for ${terms.exclusivity.periodDays} days from signing.`
      : "None.",
  );
  heading("Compensation");
  for (const line of compensationLines(terms.compensation, parts.currency, parts.installments))
    doc.text(line);
  heading("Disclosure");
  doc.text(terms.disclosure);
  heading("Signature");
  for (const line of parts.signature ?? [
    "Not yet accepted. The creator accepts these terms in the Amplio portal.",
  ])
    doc.text(line);
  doc.moveDown(0.5).text(parts.footer);
  doc.end();
  return done;
}

/** The accepted contract as a PDF, with its signature block. */
export async function renderContractPdf(
  db: Kysely<Database>,
  organisationId: string,
  contractId: string,
): Promise<Buffer> {
  const contract = await getContract(db, organisationId, contractId);
  const campaign = await getCampaign(db, organisationId, contract.campaignId);
  const creator = await getCreator(db, organisationId, contract.creatorId);
  return writeContractPdf({
    campaign,
    creator,
    terms: contract.terms,
    currency: contract.currency,
    installments: contract.installments,
    status: `Version ${contract.version}${contract.status === "superseded" ? " (superseded by a later amendment)" : ""} · ${campaign.name}`,
    createdAt: new Date(contract.acceptedAt),
    signature: [
      `${contract.acceptance}.`,
      `Accepted at ${contract.acceptedAt} (UTC)${contract.acceptedIp ? ` from ${contract.acceptedIp}` : ""}${contract.acceptedUserAgent ? `, browser "${contract.acceptedUserAgent}"` : ""}.`,
      ...(contract.termsSha256 ? [`SHA-256 of the terms accepted: ${contract.termsSha256}`] : []),
      ...(contract.pdfSha256
        ? [
            `SHA-256 of the ${contract.acceptanceMethod === "signed_document" ? "signed document" : "contract PDF accepted"}: ${contract.pdfSha256}`,
          ]
        : []),
    ],
    footer: `Contract id ${contract.id}. Accepted terms never change; an amendment is a new version.`,
  });
}
