import { invalidField } from "../../http/errors.js";

/** Only web pages: `javascript:`, `data:` and the like would turn a short link into an attack. */
export function parseDestinationUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalidField("destinationUrl", "must be an absolute http or https URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalidField("destinationUrl", "must use http or https");
  if (!url.hostname) throw invalidField("destinationUrl", "must name a host");
  if (url.username || url.password)
    throw invalidField("destinationUrl", "must not carry a user name or password");
  return url;
}

export interface UtmTags {
  source: string;
  campaign: string;
  content: string;
}

/** Adds utm_source/medium/campaign/content, keeping any the brand already set on the URL. */
export function withUtm(url: URL, tags: UtmTags): string {
  const result = new URL(url.href);
  const wanted: Array<[string, string]> = [
    ["utm_source", tags.source],
    ["utm_medium", "influencer"],
    ["utm_campaign", tags.campaign],
    ["utm_content", tags.content],
  ];
  for (const [name, value] of wanted)
    if (!result.searchParams.has(name) && value) result.searchParams.set(name, value);
  return result.href;
}

export const clickIdParam = "amp_cid";

/**
 * Splits a target URL where `amp_cid=<id>` goes (before any #fragment), so the redirect only concatenates strings.
 * An `amp_cid` the brand put in the URL itself is dropped: the click id must be ours.
 */
export function clickIdTemplate(targetUrl: string): { before: string; after: string } {
  const url = new URL(targetUrl);
  url.searchParams.delete(clickIdParam);
  const hash = url.hash;
  url.hash = "";
  const base = url.href;
  const separator = url.search ? "&" : "?";
  return { before: `${base}${separator}${clickIdParam}=`, after: hash };
}
