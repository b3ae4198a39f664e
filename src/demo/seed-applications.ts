import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { updateApplicationSettings } from "../modules/applications/application-settings.js";
import { submitApplication } from "../modules/applications/submit-application.js";
import type { Actor } from "../modules/audit/actor.js";

const questions = [
  "Which trip would you film with our gear?",
  "Which brands have you worked with this year?",
];

/**
 * Opens the brand's application page and files three applications through it, as creators would: they wait in the
 * inbox, with their confirmation emails in the outbox (the demo has no SMTP server).
 */
export async function seedApplications(
  db: Kysely<Database>,
  ctx: { organisationId: string; organisationSlug: string; actor: Actor },
): Promise<void> {
  await updateApplicationSettings(db, ctx, {
    open: true,
    pitch:
      "Northwind makes gear for long days outside. We work with hikers, climbers and campers who show real trips, in all weather.",
    questions,
  });
  const env = { publicUrl: "http://localhost:3000", smtpUrl: null };
  const applications = [
    {
      name: "Mila Hart",
      email: "mila.hart@example.com",
      country: "AT",
      accounts: [{ profileUrl: "https://www.tiktok.com/@mila.hikes", followers: 38_000 }],
      niches: ["hiking", "alpine"],
      rates: [{ deliverable: "One TikTok video", amount: 40_000, currency: "EUR" }],
      answers: ["A four-day hut-to-hut crossing of the Lechtal Alps in October.", "None yet this year."],
    },
    {
      name: "Jonas Berg",
      email: "jonas.berg@example.com",
      country: "NO",
      accounts: [
        { platform: "youtube" as const, handle: "JonasBergOutdoors", followers: 112_000 },
        { platform: "instagram" as const, handle: "jonas.berg", followers: 54_000 },
      ],
      niches: ["camping", "winter"],
      rates: [
        { deliverable: "One YouTube integration (60–90 s)", amount: 1_800_00, currency: "EUR" },
        { deliverable: "Three Instagram stories", amount: 350_00, currency: "EUR" },
      ],
      answers: ["Winter camping on the Hardangervidda, filmed over a week.", "A stove maker, in the spring."],
    },
    {
      name: "Priya Nair",
      email: "priya.nair@example.com",
      country: "GB",
      accounts: [{ profileUrl: "instagram.com/priya.climbs", followers: 9_400 }],
      niches: ["climbing"],
      rates: [],
      answers: ["Sea cliffs in Pembrokeshire.", "Two climbing-shoe brands."],
    },
  ];
  for (const application of applications)
    await submitApplication(
      db,
      env,
      { organisationSlug: ctx.organisationSlug, campaignSlug: null },
      { ...application, consent: true },
    );
}
