export type JobStatus = "pending" | "running" | "done" | "failed";

export interface JobsTable {
  id: string;
  organisation_id: string | null;
  kind: string;
  /** JSON object handed to the handler. */
  payload: string;
  status: JobStatus;
  run_at: string;
  attempts: number;
  max_attempts: number;
  /** At most one pending or running job per key (e.g. one refresh per account); null for none. */
  dedupe_key: string | null;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTables {
  jobs: JobsTable;
}
