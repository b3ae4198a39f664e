import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { createUser, findUserByEmail } from "../modules/accounts/users.js";
import { createApiKey } from "../modules/api-keys/api-keys.js";
import { systemActor } from "../modules/audit/actor.js";
import { recordAuditEvent } from "../modules/audit/record-audit-event.js";
import { insertCreators } from "../modules/creators/creators.js";
import { addMember } from "../modules/organisations/members.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { generateCreators } from "./generate-creators.js";
import { seedApplications } from "./seed-applications.js";
import { seedCampaigns } from "./seed-campaigns.js";
import { seedDiscovery } from "./seed-discovery.js";
import { seedPosts } from "./seed-posts.js";
import { seedReview } from "./seed-review.js";
import { type MeasuredVolume, seedTracking } from "./seed-tracking.js";

export const demoEmail = "demo@amplio.example";
export const demoOrganisationSlug = "northwind-outdoor";

export interface DemoSeedResult {
  created: boolean;
  organisationSlug: string;
  email: string;
  /** Made for this workspace and given once, when it is created: a published demo password would open every demo. */
  password: string | null;
  creators: number;
}

export interface DemoSeedOptions {
  creatorCount?: number;
  /** The measured campaign's traffic; default "full" (~200,000 clicks, ~5,000 orders). */
  measuredVolume?: MeasuredVolume;
  onProgress?: (done: number, total: number) => void;
  /** Where the app is served: the demo's tracking links, emails and portal links point there. */
  publicUrl?: string;
}

/** Idempotent: a workspace that already has the demo organisation is left as it is. */
export async function seedDemo(db: Kysely<Database>, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  const creatorCount = options.creatorCount ?? 2_000;
  const existing = await db
    .selectFrom("organisations")
    .select("id")
    .where("slug", "=", demoOrganisationSlug)
    .executeTakeFirst();
  const result = { organisationSlug: demoOrganisationSlug, email: demoEmail };
  if (existing) return { created: false, creators: 0, password: null, ...result };

  const password = randomBytes(12).toString("base64url");
  const actor = systemActor("Demo data");
  const creators = generateCreators(creatorCount);
  await db.transaction().execute(async (trx) => {
    const user =
      (await findUserByEmail(trx, demoEmail)) ??
      (await createUser(trx, { email: demoEmail, password, name: "Dana Whitfield" }));
    const brand = await createOrganisation(trx, {
      name: "Northwind Outdoor",
      slug: demoOrganisationSlug,
      kind: "brand",
      ownerUserId: user.id,
      actor,
    });
    const agency = await createOrganisation(trx, {
      name: "Harbor & Pine Agency",
      slug: "harbor-and-pine-agency",
      kind: "agency",
      actor,
    });
    // Joined a moment after the brand, so a first sign-in lands in the brand's living workspace.
    await addMember(trx, {
      organisationId: agency.id,
      userId: user.id,
      role: "owner",
      actor,
      createdAt: new Date(Date.now() + 1_000).toISOString(),
    });

    const teammate =
      (await findUserByEmail(trx, "sam@amplio.example")) ??
      (await createUser(trx, {
        email: "sam@amplio.example",
        name: "Sam Rivera",
        password,
      }));
    await addMember(trx, {
      organisationId: brand.id,
      userId: teammate.id,
      role: "member",
      actor,
      createdAt: new Date().toISOString(),
    });
    await createApiKey(trx, {
      organisationId: brand.id,
      name: "Storefront (demo)",
      actor,
      createdBy: user.id,
    });

    const batch = 250;
    for (let i = 0; i < creators.length; i += batch) {
      await insertCreators(trx, brand.id, creators.slice(i, i + batch));
      options.onProgress?.(Math.min(i + batch, creators.length), creators.length);
    }
    await recordAuditEvent(trx, {
      organisationId: brand.id,
      actor,
      action: "creators.imported",
      targetType: "creator",
      details: { count: creators.length, source: "demo data" },
    });
    await seedDiscovery(trx, { organisationId: brand.id, actor });
    await seedCampaigns(trx, { organisationId: brand.id, actor, publicUrl: options.publicUrl });
    await seedPosts(trx, {
      organisationId: brand.id,
      actor,
      campaignName: "Summer Summit Series",
      volume: options.measuredVolume,
      publicUrl: options.publicUrl,
    });
    await seedTracking(trx, {
      organisationId: brand.id,
      actor,
      campaignName: "Summer Summit Series",
      volume: options.measuredVolume,
    });
    await seedReview(trx, {
      organisationId: brand.id,
      actor,
      campaignName: "Summer Summit Series",
      publicUrl: options.publicUrl,
    });
    await seedApplications(trx, { organisationId: brand.id, organisationSlug: demoOrganisationSlug, actor });
  });
  return { created: true, creators: creators.length, password, ...result };
}
