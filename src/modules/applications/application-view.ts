import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { campaignNames } from "../campaigns/campaign-names.js";
import type { Platform } from "../creators/tiers.js";
import type { ApplicationEmailView } from "./application-emails.js";
import type { ApplicationStatus, CreatorApplicationsTable } from "./schema.js";

export interface ApplicationAccount {
  platform: Platform;
  handle: string;
  /** As the creator stated it; null when they left it out. */
  followers: number;
}

export interface ApplicationRate {
  /** What the rate is for, in the creator's words ("one Instagram reel"). */
  deliverable: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
}

export interface ApplicationView {
  id: string;
  creatorId: string;
  campaign: { id: string; name: string } | null;
  status: ApplicationStatus;
  name: string;
  email: string;
  country: string;
  accounts: ApplicationAccount[];
  niches: string[];
  rates: ApplicationRate[];
  answers: Array<{ question: string; answer: string }>;
  consentedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  acceptedCampaign: { id: string; name: string } | null;
  emails: ApplicationEmailView[];
  createdAt: string;
  updatedAt: string;
}

/** Applications with their campaigns' names and their emails, in the order given. */
export async function toApplicationViews(
  db: Kysely<Database>,
  organisationId: string,
  rows: CreatorApplicationsTable[],
): Promise<ApplicationView[]> {
  if (rows.length === 0) return [];
  const campaignIds = [
    ...new Set(rows.flatMap((r) => [r.campaign_id, r.accepted_campaign_id]).filter((id) => id !== null)),
  ];
  const campaigns = await campaignNames(db, organisationId, campaignIds);
  const emails = await db
    .selectFrom("application_emails")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where(
      "application_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const named = (id: string | null) => {
    const name = id ? campaigns.get(id) : undefined;
    return id && name ? { id, name } : null;
  };
  return rows.map((row) => ({
    id: row.id,
    creatorId: row.creator_id,
    campaign: named(row.campaign_id),
    status: row.status,
    name: row.name,
    email: row.email,
    country: row.country,
    accounts: JSON.parse(row.accounts) as ApplicationAccount[],
    niches: JSON.parse(row.niches) as string[],
    rates: JSON.parse(row.rates) as ApplicationRate[],
    answers: JSON.parse(row.answers) as Array<{ question: string; answer: string }>,
    consentedAt: row.consented_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    acceptedCampaign: named(row.accepted_campaign_id),
    emails: emails
      .filter((e) => e.application_id === row.id)
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        status: e.status,
        toAddress: e.to_address,
        subject: e.subject,
        bodyText: e.body_text,
        error: e.error,
        sentAt: e.sent_at,
        createdAt: e.created_at,
      })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function findApplicationRow(
  db: Kysely<Database>,
  organisationId: string,
  applicationId: string,
): Promise<CreatorApplicationsTable> {
  const row = await db
    .selectFrom("creator_applications")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", applicationId)
    .executeTakeFirst();
  if (!row) throw notFound("Application");
  return row;
}

export async function getApplication(
  db: Kysely<Database>,
  organisationId: string,
  applicationId: string,
): Promise<ApplicationView> {
  const row = await findApplicationRow(db, organisationId, applicationId);
  const [view] = await toApplicationViews(db, organisationId, [row]);
  if (!view) throw new Error("toApplicationViews returned nothing for one row");
  return view;
}
