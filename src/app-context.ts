import type { AmplioConfig } from "./config.js";
import type { AmplioDatabase } from "./db/database.js";
import type { JobRunner } from "./modules/jobs/job-runner.js";

/** What every module's routes receive from buildApp. */
export interface AppContext {
  config: AmplioConfig;
  database: AmplioDatabase;
  /** Background jobs; modules register their handlers on it. Started by the server, driven by hand in tests. */
  jobs: JobRunner;
}
