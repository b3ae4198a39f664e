import { z } from "zod";
import { emailSchema, isoTime, roleSchema } from "../../http/schemas.js";
import { platforms, tiers } from "../creators/tiers.js";

export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    kind: z.enum(["brand", "agency"]),
    createdAt: isoTime,
  })
  .meta({ id: "Organisation" });

export const createOrganisationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(["brand", "agency"]).default("brand"),
  slug: z.string().min(1).max(63).optional(),
});

export const memberSchema = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), role: roleSchema, joinedAt: isoTime })
  .meta({ id: "Member" });

export const changeRoleBody = z.strictObject({ role: roleSchema });

export const inviteSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    createdAt: isoTime,
    expiresAt: isoTime,
    status: z.enum(["pending", "accepted", "revoked", "expired"]),
  })
  .meta({ id: "Invite" });

export const createInviteBody = z.strictObject({ email: emailSchema, role: roleSchema.default("member") });

export const createdInviteSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: isoTime,
  url: z.string().meta({ description: "The invitation link; its token is shown only here" }),
});

export const overviewSchema = z.object({
  creators: z.number().int(),
  accounts: z.number().int(),
  members: z.number().int(),
  byPlatform: z.array(z.object({ platform: z.enum(platforms), accounts: z.number().int() })),
  byTier: z.array(z.object({ tier: z.enum(tiers), accounts: z.number().int() })),
});
