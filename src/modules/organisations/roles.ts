import type { Role } from "./schema.js";

export const roles = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** viewer reads; member also writes campaign data; admin also manages members and API keys; owner also manages owners. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}
