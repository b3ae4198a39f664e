import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { RateLimitedError } from "./connector-errors.js";
import {
  defaultBaseUrl,
  findConnectorSettings,
  isConfigured,
  setConnectorStatus,
} from "./connector-settings.js";
import type { ConnectorSettingsTable } from "./schema.js";
import { YouTubeApiError, type YouTubeOptions, YouTubeRateLimitedError } from "./youtube-client.js";
import { countingYouTubeQuota, nextPacificMidnight } from "./youtube-quota.js";

const whereTheKeyIs = "Discovery → Connectors";

/** The organisation's YouTube key and origin, with a fetch that counts quota; 409 when no key is saved. */
export async function youtubeAccess(
  db: Kysely<Database>,
  organisationId: string,
): Promise<{ settings: ConnectorSettingsTable; options: YouTubeOptions }> {
  const settings = await findConnectorSettings(db, organisationId, "youtube");
  if (!isConfigured(settings))
    throw new AppError(
      "conflict",
      `No YouTube Data API key is set up for this organisation. Add one under ${whereTheKeyIs} first.`,
    );
  return {
    settings,
    options: {
      baseUrl: settings.base_url ?? defaultBaseUrl("youtube"),
      apiKey: settings.api_key ?? "",
      fetch: countingYouTubeQuota(db, organisationId),
    },
  };
}

const quotaReasons = ["quotaExceeded", "dailyLimitExceeded"];

/**
 * Runs calls to YouTube for a person waiting on the answer. A used-up quota also puts the connector in backoff until
 * the quota resets, so scheduled refreshes stop spending calls Google would refuse.
 */
export async function askYouTube<T>(
  db: Kysely<Database>,
  organisationId: string,
  work: () => Promise<T>,
  now = new Date(),
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const problem = youtubeProblem(error, now);
    if (error instanceof YouTubeRateLimitedError && error.reasons.some((r) => quotaReasons.includes(r)))
      await setConnectorStatus(db, organisationId, "youtube", {
        status: "rate_limited",
        status_detail: problem.message,
        backoff_until: nextPacificMidnight(now).toISOString(),
      });
    throw problem;
  }
}

/**
 * What went wrong with a YouTube call, in plain words for the person who asked: the day's quota used up (429 until
 * midnight Pacific time), a key Google refuses (409: the saved setting must change), a country or language code
 * YouTube does not take (400 on that field), or YouTube not answering (503). Anything else is rethrown.
 */
function youtubeProblem(error: unknown, now: Date): AppError {
  if (error instanceof RateLimitedError) {
    const quotaUsedUp =
      error instanceof YouTubeRateLimitedError && error.reasons.some((r) => quotaReasons.includes(r));
    const retryAt = quotaUsedUp ? nextPacificMidnight(now) : error.retryAt;
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
    return new AppError(
      "rate_limited",
      quotaUsedUp
        ? `Google says this key's YouTube quota for today is used up. It resets at midnight Pacific time (${retryAt.toISOString()}); searches cost 100 units each.`
        : "YouTube asks Amplio to slow down. Try again in a minute.",
      { retryAfterSeconds: seconds },
    );
  }
  if (error instanceof YouTubeApiError) {
    const reasons = error.reasons;
    if (reasons.includes("keyInvalid") || /API key not valid/i.test(error.message))
      return new AppError(
        "conflict",
        `Google says the YouTube API key saved under ${whereTheKeyIs} is not valid. Copy it again from the Google Cloud console and save it.`,
      );
    if (reasons.includes("accessNotConfigured"))
      return new AppError(
        "conflict",
        "The YouTube Data API v3 is not enabled in the Google Cloud project of the saved key. Enable it in the Google Cloud console, then search again.",
      );
    if (reasons.includes("keyExpired"))
      return new AppError(
        "conflict",
        `Google says the YouTube API key saved under ${whereTheKeyIs} has expired. Create a new one and save it.`,
      );
    if (reasons.some((r) => ["forbidden", "ipRefererBlocked", "accessDenied"].includes(r)))
      return new AppError(
        "conflict",
        "Google refuses the saved YouTube API key for this server: check the key's restrictions in the Google Cloud console.",
      );
    if (reasons.includes("invalidRegionCode"))
      return invalidField("regionCode", "YouTube does not take this country code");
    if (reasons.includes("invalidRelevanceLanguage"))
      return invalidField("relevanceLanguage", "YouTube does not take this language code");
    if (reasons.includes("invalidPageToken"))
      return invalidField("pageToken", "this page of results has expired: search again");
    return new AppError("unavailable", `YouTube could not answer: ${error.message}. Try again later.`);
  }
  // fetch rejects with a TypeError when the connection fails (DNS, refused, reset).
  if (error instanceof TypeError)
    return new AppError("unavailable", "YouTube did not answer. Try again in a minute.");
  throw error;
}
