export type PayoutKind = "fee" | "commission" | "bonus" | "clawback";
export type PayoutStatus = "pending" | "approved" | "paid" | "void";

/** One amount owed to (or, for a clawback, back from) a creator. */
export interface PayoutEntriesTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  contract_id: string;
  kind: PayoutKind;
  /** What the entry is for, stable across recomputation: "fee:on_signing", "commission:<conversion id>", … */
  source_key: string;
  description: string;
  /** Minor units of `currency`; negative for a clawback. */
  amount: number;
  currency: string;
  status: PayoutStatus;
  /** When it may be approved: the fee's trigger, or the end of a commission's lock period. */
  payable_from: string;
  approved_by: string | null;
  approved_at: string | null;
  paid_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PayoutsTables {
  payout_entries: PayoutEntriesTable;
}
