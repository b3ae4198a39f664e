import { dayMs } from "../../shared/time.js";
/** What outreach needs from the server's configuration. */
export interface OutreachEnv {
  publicUrl: string;
  /** null: no SMTP configured, mail waits in the outbox. */
  smtpUrl: string | null;
}

export const deliverJobKind = "outreach.deliver";
export const followUpJobKind = "outreach.follow_up";

/** Start of the UTC day `at` falls in, and of the next one: send limits count per UTC day. */
export function utcDay(at: Date): { start: string; next: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return { start: start.toISOString(), next: new Date(start.getTime() + dayMs) };
}
