import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { isCurrency } from "../../shared/money.js";
import { systemActor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { isValidHandle, normaliseHandle, parseProfileUrl } from "../creators/handles.js";
import type { Platform } from "../creators/tiers.js";
import { upsertApplicantCreator } from "../creators/upsert-applicant.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { queueApplicationEmail } from "./application-emails.js";
import type { ApplicationAccount, ApplicationRate } from "./application-view.js";
import { type ApplicationForm, getApplicationForm } from "./get-application-form.js";

export interface ApplicationAccountInput {
  platform?: Platform;
  handle?: string;
  /** instagram.com/x, tiktok.com/@x, youtube.com/@x or linkedin.com/in/x, instead of platform and handle. */
  profileUrl?: string;
  followers: number;
}

export interface ApplicationInput {
  name: string;
  /** Lower-cased. */
  email: string;
  /** ISO 3166-1 alpha-2, upper-case. */
  country: string;
  accounts: ApplicationAccountInput[];
  niches: string[];
  rates: ApplicationRate[];
  /** One answer per question of the form, in its order. */
  answers: string[];
  /** The creator agrees to be contacted; an application without it is refused. */
  consent: boolean;
  /** The honeypot: hidden from people, so anything in it came from a bot. */
  website?: string;
}

const formActor = systemActor("Application form");

function resolveAccount(account: ApplicationAccountInput, index: number): ApplicationAccount {
  const field = `accounts.${index}`;
  const followers = account.followers;
  if (account.profileUrl) {
    const parsed = parseProfileUrl(account.profileUrl);
    if (!parsed)
      throw invalidField(
        `${field}.profileUrl`,
        "is not an Instagram, TikTok, YouTube or LinkedIn profile address",
      );
    return { ...parsed, followers };
  }
  if (!account.platform)
    throw invalidField(`${field}.platform`, "choose the platform, or give a profile URL");
  // A profile address pasted into the handle field is read as one.
  const fromUrl = account.handle?.includes("/") ? parseProfileUrl(account.handle) : null;
  if (fromUrl) {
    if (fromUrl.platform !== account.platform)
      throw invalidField(`${field}.handle`, `is a ${fromUrl.platform} address, not ${account.platform}`);
    return { ...fromUrl, followers };
  }
  const handle = normaliseHandle(account.platform, account.handle ?? "");
  if (!isValidHandle(handle))
    throw invalidField(
      `${field}.handle`,
      "is not a handle: use letters, digits, dots, underscores or hyphens, as on your profile",
    );
  return { platform: account.platform, handle, followers };
}

function checkInput(form: ApplicationForm, input: ApplicationInput): ApplicationAccount[] {
  if (!input.consent) throw invalidField("consent", "agree to be contacted, or we cannot reply to you");
  const accounts = input.accounts.map(resolveAccount);
  const seen = new Set<string>();
  for (const [index, account] of accounts.entries()) {
    const key = `${account.platform}:${account.handle}`;
    if (seen.has(key)) throw invalidField(`accounts.${index}`, "is listed twice");
    seen.add(key);
  }
  for (const [index, rate] of input.rates.entries())
    if (!isCurrency(rate.currency))
      throw invalidField(`rates.${index}.currency`, "use an ISO 4217 currency code such as EUR");
  if (input.answers.length > form.questions.length)
    throw invalidField("answers", `there are only ${form.questions.length} questions`);
  for (const index of form.questions.keys())
    if (!input.answers[index]?.trim()) throw invalidField(`answers.${index}`, "answer this question");
  return accounts;
}

/**
 * Takes an application from the public page. The answer is the same whether the creator is new, already known (by
 * email or by any account, and then merged into that creator) or a bot that filled the honeypot (then nothing is
 * stored), so the page never reveals who is in the brand's database. A creator with an application still waiting
 * for a decision on the same page has it replaced by the new one. The creator is emailed a confirmation.
 */
export async function submitApplication(
  db: Kysely<Database>,
  env: OutreachEnv,
  target: { organisationSlug: string; campaignSlug: string | null },
  input: ApplicationInput,
): Promise<void> {
  const form = await getApplicationForm(db, target.organisationSlug, target.campaignSlug);
  if (input.website?.trim()) return;
  if (!form.open)
    throw new AppError("conflict", `${form.organisation.name} is not taking applications at the moment.`, {
      errors: [{ field: "organisationSlug", message: "applications are closed" }],
    });
  const accounts = checkInput(form, input);
  const organisationId = form.organisation.id;
  await inTransaction(db, async (trx) => {
    const now = nowIso();
    const { creatorId, merged } = await upsertApplicantCreator(trx, organisationId, {
      name: input.name.trim(),
      email: input.email,
      country: input.country,
      niches: input.niches,
      accounts,
    });
    const values = {
      name: input.name.trim(),
      email: input.email,
      country: input.country,
      accounts: JSON.stringify(accounts),
      niches: JSON.stringify(input.niches),
      rates: JSON.stringify(input.rates),
      answers: JSON.stringify(
        form.questions.map((question, i) => ({ question, answer: input.answers[i]?.trim() })),
      ),
      consented_at: now,
      updated_at: now,
    };
    let waiting = trx
      .selectFrom("creator_applications")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("creator_id", "=", creatorId)
      .where("status", "=", "new");
    waiting = form.campaign
      ? waiting.where("campaign_id", "=", form.campaign.id)
      : waiting.where("campaign_id", "is", null);
    const existing = await waiting.executeTakeFirst();
    const applicationId = existing?.id ?? newId();
    if (existing)
      await trx.updateTable("creator_applications").set(values).where("id", "=", existing.id).execute();
    else
      await trx
        .insertInto("creator_applications")
        .values({
          id: applicationId,
          organisation_id: organisationId,
          creator_id: creatorId,
          campaign_id: form.campaign?.id ?? null,
          status: "new",
          decided_at: null,
          decided_by: null,
          accepted_campaign_id: null,
          created_at: now,
          ...values,
        })
        .execute();
    const brand = form.organisation.name;
    await queueApplicationEmail(trx, env, organisationId, applicationId, {
      kind: "confirmation",
      to: input.email,
      subject: `We received your application to ${brand}`,
      bodyText: [
        `Hi ${input.name.trim()},`,
        "",
        `Thank you for applying to work with ${brand}${form.campaign ? ` on ${form.campaign.name}` : ""}. We read every application and will reply to this address.`,
        "",
        `You agreed to be contacted on ${now} (UTC). If it was not you who applied, ignore this email.`,
        "",
        brand,
      ].join("\n"),
    });
    await recordAuditEvent(trx, {
      organisationId,
      actor: formActor,
      action: existing ? "application.updated" : "application.received",
      targetType: "creator",
      targetId: creatorId,
      details: { applicationId, campaignId: form.campaign?.id ?? null, mergedIntoExistingCreator: merged },
    });
  });
}
