import { invalidField } from "../../http/errors.js";
import { type Platform, platforms } from "../creators/tiers.js";
import { type BriefRequirements, checkBrief, comparableLink } from "./check-brief.js";
import { checkDisclosure } from "./check-disclosure.js";
import type { ComplianceFinding, ComplianceResult } from "./finding.js";
import { jurisdictions } from "./jurisdiction.js";
import { brandForm, type CompiledTerm, compileTerm, IndexedCaption } from "./match-terms.js";
import { type MaterialConnection, materialConnections } from "./material-connection.js";
import { stemmerFor } from "./term-language.js";
import { tokenizeCaption } from "./tokenize-caption.js";

export interface ComplianceInput {
  caption: string;
  platform: Platform;
  /** A jurisdiction code with a data file: us, uk, de, fr, in. */
  jurisdiction: string;
  brand?: string;
  /** From the collaboration's record (C1); when absent the checker assumes `paid` and says so. */
  connection?: MaterialConnection;
  requiredHashtags?: string[];
  requiredMentions?: string[];
  forbiddenTerms?: string[];
  trackingLink?: string;
  discountCode?: string;
  /** The disclosure wording the brief demands (C6). */
  requiredDisclosure?: string;
  /** Defaults to true on TikTok and YouTube, where every post is a video. */
  isVideo?: boolean;
  /** The images show retouched bodies or faces (France requires "Images retouchées", C5). */
  retouchedImages?: boolean;
  /** The images are AI-generated (France requires "Images virtuelles", C5). */
  virtualImages?: boolean;
}

const videoPlatforms: ReadonlySet<Platform> = new Set(["tiktok", "youtube"]);

function isOneToken(text: string, kind: "hashtag" | "mention"): boolean {
  const tokens = tokenizeCaption(text);
  return tokens.length === 1 && tokens[0]?.kind === kind && tokens[0].end === text.length;
}

function briefRequirements(input: ComplianceInput, stem: (word: string) => string): BriefRequirements {
  const hashtags = (input.requiredHashtags ?? []).map((raw, i) => {
    const shown = `#${raw.trim().replace(/^[#＃]/u, "")}`;
    if (!isOneToken(shown, "hashtag"))
      throw invalidField(`requiredHashtags.${i}`, "must be one hashtag, such as #GlowSummer");
    return { shown, norm: tokenizeCaption(shown)[0]?.norm ?? "" };
  });
  const mentions = (input.requiredMentions ?? []).map((raw, i) => {
    const shown = `@${raw.trim().replace(/^[@＠]/u, "")}`;
    if (!isOneToken(shown, "mention"))
      throw invalidField(`requiredMentions.${i}`, "must be one handle, such as @glowco");
    return { shown, norm: tokenizeCaption(shown)[0]?.norm ?? "" };
  });
  const forbidden = (input.forbiddenTerms ?? []).map((raw, i) => {
    const term = compileTerm(raw, { placeholders: false, stem });
    if (term.elements.length === 0) throw invalidField(`forbiddenTerms.${i}`, "must contain a word");
    return term;
  });
  const trackingLink = input.trackingLink?.trim() || undefined;
  if (trackingLink && !/^[^\s/?#]+\.[^\s/?#]+/.test(comparableLink(trackingLink)))
    throw invalidField("trackingLink", "must be a link, such as https://amp.li/abc");
  const discountCode = input.discountCode?.trim() || undefined;
  if (discountCode && /\s/.test(discountCode))
    throw invalidField("discountCode", "must be one code without spaces");
  return { hashtags, mentions, forbidden, trackingLink, discountCode };
}

function requiredDisclosure(input: ComplianceInput): CompiledTerm | null {
  if (!input.requiredDisclosure?.trim()) return null;
  const term = compileTerm(input.requiredDisclosure);
  if (term.elements.length === 0) throw invalidField("requiredDisclosure", "must contain a word");
  return term;
}

/**
 * Checks a caption for the disclosure its jurisdiction requires (C1–C5) and for what the brief requires (C6),
 * and reports each finding with its rule, severity, message and span (C7). Pure: no database, no clock.
 * A safety net for people, not legal advice.
 */
export function checkCompliance(input: ComplianceInput): ComplianceResult {
  const jurisdiction = jurisdictions().get(input.jurisdiction);
  if (!jurisdiction)
    throw invalidField("jurisdiction", `must be one of ${[...jurisdictions().keys()].join(", ")}`);
  if (!(platforms as readonly string[]).includes(input.platform))
    throw invalidField("platform", `must be one of ${platforms.join(", ")}`);
  if (input.connection !== undefined && !materialConnections.includes(input.connection))
    throw invalidField("connection", `must be one of ${materialConnections.join(", ")}`);
  // C8 Word forms: the brief is written in its jurisdiction's language; one stemmer serves terms and caption.
  const stem = stemmerFor(jurisdiction.language);
  const brief = briefRequirements(input, stem);
  const caption = new IndexedCaption(input.caption, stem);
  const findings: ComplianceFinding[] = [
    ...checkDisclosure({
      caption,
      jurisdiction,
      platform: input.platform,
      connection: input.connection,
      brand: brandForm(input.brand),
      brandName: input.brand?.trim() || undefined,
      isVideo: input.isVideo ?? videoPlatforms.has(input.platform),
      requiredDisclosure: requiredDisclosure(input),
      retouchedImages: input.retouchedImages ?? false,
      virtualImages: input.virtualImages ?? false,
    }),
    ...checkBrief(caption, brief, input.platform),
  ];
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { compliant: findings.every((f) => f.severity !== "error"), findings };
}
