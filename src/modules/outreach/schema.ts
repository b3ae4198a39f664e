import type { ColumnType } from "kysely";

/** Nullable, and left out of inserts that have nothing to put there. */
type OptionalText = ColumnType<string | null, string | null | undefined, string | null>;

export interface EmailTemplatesTable {
  id: string;
  organisation_id: string;
  name: string;
  /** Handlebars source with merge fields. */
  subject: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface OutreachSettingsTable {
  organisation_id: string;
  sender_name: string;
  sender_email: string;
  daily_send_limit: number;
  /** Plain text put under every outreach email, after a "-- " line. */
  signature: ColumnType<string, string | undefined, string>;
  updated_at: string;
}

export interface DoNotContactTable {
  organisation_id: string;
  /** Lower-cased address. */
  email: string;
  reason: string;
  created_at: string;
}

export type ThreadStatus = "open" | "replied" | "opted_out";

export interface EmailThreadsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  subject: string;
  status: ThreadStatus;
  last_message_at: string;
  created_at: string;
}

/** queued: waiting for the SMTP job; outbox: no SMTP configured, waiting for a person; logged: a reply entered by hand. */
export type MessageStatus = "queued" | "sent" | "outbox" | "failed" | "received" | "logged";

export interface EmailMessagesTable {
  id: string;
  organisation_id: string;
  thread_id: string;
  direction: "outbound" | "inbound";
  status: MessageStatus;
  from_address: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  /** RFC 5322 Message-ID including the angle brackets. */
  message_id: string;
  in_reply_to: string | null;
  template_id: string | null;
  follow_up_step: number | null;
  error: string | null;
  sent_at: string | null;
  created_at: string;
  /**
   * What SMTP delivers when it must not be shown to the team (a portal link's token): body_text and body_html then
   * hold the message with the secret removed. Cleared once the message is sent.
   */
  delivery_text: OptionalText;
  delivery_html: OptionalText;
  /** Set by a bulk send (batch id + creator id): the same batch sent again finds the message and sends nothing. */
  send_key: OptionalText;
}

export type FollowUpStatus = "scheduled" | "sent" | "stopped";

export interface EmailFollowUpsTable {
  id: string;
  organisation_id: string;
  thread_id: string;
  step: number;
  template_id: string;
  after_days: number;
  status: FollowUpStatus;
  /** The creator's pipeline stage when the sequence started; any change stops it. */
  stage_when_scheduled: string;
  due_at: string | null;
  stopped_reason: string | null;
  /** The named sequence the steps came from; null for steps given one by one. */
  sequence_id: OptionalText;
  created_at: string;
  updated_at: string;
}

export interface EmailSequencesTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface EmailSequenceStepsTable {
  sequence_id: string;
  organisation_id: string;
  /** 1, 2, 3… in the order the steps are sent. */
  position: number;
  template_id: string;
  /** Days without a reply after the previous message. */
  after_days: number;
}

export interface OutreachTables {
  email_templates: EmailTemplatesTable;
  outreach_settings: OutreachSettingsTable;
  do_not_contact: DoNotContactTable;
  email_threads: EmailThreadsTable;
  email_messages: EmailMessagesTable;
  email_follow_ups: EmailFollowUpsTable;
  email_sequences: EmailSequencesTable;
  email_sequence_steps: EmailSequenceStepsTable;
}
