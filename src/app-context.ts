import type { AmplioConfig } from "./config.js";
import type { AmplioDatabase } from "./db/database.js";

/** What every module's routes receive from buildApp. */
export interface AppContext {
  config: AmplioConfig;
  database: AmplioDatabase;
}
