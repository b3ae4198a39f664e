import { z } from "zod";
import { emailSchema, isoTime, roleSchema } from "../../http/schemas.js";

export const sessionViewSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organisations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        slug: z.string(),
        kind: z.enum(["brand", "agency"]),
        role: roleSchema,
      }),
    ),
    activeOrganisationId: z.string().nullable(),
    csrfToken: z.string().meta({ description: "Send as X-CSRF-Token on cookie-authenticated writes" }),
  })
  .meta({ id: "Session" });

export const signUpBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  password: z.string().min(10, { error: "must be at least 10 characters" }).max(200),
  organisationName: z.string().trim().min(1).max(200).optional(),
  inviteToken: z.string().min(1).max(200).optional(),
});

export const signInBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: "enter your password" }).max(200),
});

export const activeOrganisationBody = z.strictObject({ organisationId: z.string().min(1).max(100) });

export const inviteTokenParams = z.object({ token: z.string().min(1).max(200) });

export const inviteDescriptionSchema = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: isoTime,
});
