import { z } from "zod";
import { isoTime } from "../../http/schemas.js";
import { sharedItems } from "./platform.js";
import { connectionPlatforms } from "./schema.js";

export const platformParams = z.object({ platform: z.enum(connectionPlatforms) });

export const connectionSchema = z
  .object({
    platform: z.enum(connectionPlatforms),
    label: z.string(),
    available: z.boolean().meta({ description: "The brand has set up this platform's app" }),
    connected: z.boolean(),
    handle: z.string().nullable(),
    status: z.enum(["connected", "error"]).nullable(),
    statusDetail: z.string().nullable(),
    connectedAt: isoTime.nullable(),
    lastSyncedAt: isoTime.nullable(),
    shares: z.array(
      z.object({
        item: z.enum(
          Object.keys(sharedItems) as [keyof typeof sharedItems, ...Array<keyof typeof sharedItems>],
        ),
        label: z.string(),
      }),
    ),
  })
  .meta({ id: "CreatorConnection" });

export const connectionClientSchema = z
  .object({
    platform: z.enum(connectionPlatforms),
    clientId: z.string().nullable(),
    clientSecretSet: z.boolean().meta({ description: "Whether a secret is stored; it is never returned" }),
    updatedAt: isoTime.nullable(),
    redirectUri: z.string().meta({ description: "The redirect URI to register in the platform's app" }),
  })
  .meta({ id: "ConnectionClient" });

export const connectionClientsSchema = z.object({
  encryptionKeySet: z.boolean(),
  encryptionKeyProblem: z.string().nullable(),
  items: z.array(connectionClientSchema),
});

export const saveClientBody = z.strictObject({
  clientId: z
    .string()
    .trim()
    .min(1, { error: "enter the app's client id (TikTok calls it the client key)" })
    .max(500),
  clientSecret: z
    .string()
    .trim()
    .min(1, { error: "enter the app's client secret" })
    .max(2_000)
    .optional()
    .meta({ description: "Leave out to keep the stored secret" }),
});
