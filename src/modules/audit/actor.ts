import type { ActorType } from "./schema.js";

/** Who did something: a signed-in user, an API key, or Amplio itself (CLI, jobs). */
export interface Actor {
  type: ActorType;
  id: string | null;
  label: string;
}

export const systemActor = (label = "Amplio"): Actor => ({ type: "system", id: null, label });
