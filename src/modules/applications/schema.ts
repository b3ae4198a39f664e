export type ApplicationStatus = "new" | "accepted" | "declined" | "spam";
export type ApplicationEmailKind = "confirmation" | "decline";
/** queued: waiting for the SMTP job; outbox: no SMTP configured, waiting for a person to forward it. */
export type ApplicationEmailStatus = "queued" | "sent" | "outbox" | "failed" | "skipped";

export interface ApplicationSettingsTable {
  organisation_id: string;
  /** 1 when the public application page takes applications. */
  open: number;
  pitch: string;
  /** JSON array of question texts. */
  questions: string;
  updated_at: string;
}

export interface CreatorApplicationsTable {
  id: string;
  organisation_id: string;
  /** The creator the application made or was merged into. */
  creator_id: string;
  /** The campaign whose page it came from; null for the organisation's page. */
  campaign_id: string | null;
  status: ApplicationStatus;
  name: string;
  /** Lower-cased. */
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** JSON array of { platform, handle, followers }. */
  accounts: string;
  /** JSON array of niche tags. */
  niches: string;
  /** JSON array of { deliverable, amount (minor units), currency }. */
  rates: string;
  /** JSON array of { question, answer }, the questions as they were asked. */
  answers: string;
  /** When the creator consented to be contacted. */
  consented_at: string;
  decided_at: string | null;
  /** Who decided, as the audit log labels them. */
  decided_by: string | null;
  accepted_campaign_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApplicationEmailsTable {
  id: string;
  organisation_id: string;
  application_id: string;
  kind: ApplicationEmailKind;
  status: ApplicationEmailStatus;
  to_address: string;
  subject: string;
  body_text: string;
  error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface ApplicationsTables {
  application_settings: ApplicationSettingsTable;
  creator_applications: CreatorApplicationsTable;
  application_emails: ApplicationEmailsTable;
}
