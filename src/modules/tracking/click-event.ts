/** What the redirect hands to the buffer: raw request facts, enriched and hashed only when written. */
export interface ClickEvent {
  clickId: string;
  organisationId: string;
  linkId: string;
  /** Epoch milliseconds. */
  at: number;
  ip: string;
  userAgent: string;
  referer: string | undefined;
  country: string | null;
}
