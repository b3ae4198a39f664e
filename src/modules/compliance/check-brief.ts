import type { Platform } from "../creators/tiers.js";
import { platformNames } from "./check-disclosure.js";
import type { ComplianceFinding } from "./finding.js";
import { type CompiledTerm, findTerm, type IndexedCaption } from "./match-terms.js";

/** Brief requirements after validation: hashtags and handles in compared form, terms compiled (C6). */
export interface BriefRequirements {
  hashtags: Array<{ shown: string; norm: string }>;
  mentions: Array<{ shown: string; norm: string }>;
  forbidden: CompiledTerm[];
  trackingLink: string | undefined;
  discountCode: string | undefined;
}

const linkEdges = /^[(<[{"'«“‘]+|[)>\]}"'»”’.,!?;:]+$/gu;

/** A link as people paste it, compared without scheme, "www." or a trailing slash; only the host is case-blind. */
export function comparableLink(link: string): string {
  const bare = link.trim().replace(/^https?:\/\//i, "");
  const cut = bare.search(/[/?#]/);
  const host = (cut < 0 ? bare : bare.slice(0, cut)).toLowerCase().replace(/^www\./, "");
  const rest = cut < 0 ? "" : bare.slice(cut);
  return `${host}${rest}`.replace(/\/+$/, "");
}

function findLink(text: string, link: string): boolean {
  const wanted = comparableLink(link);
  const host = wanted.split(/[/?#]/)[0] ?? wanted;
  for (const chunk of text.matchAll(/\S+/g)) {
    if (!chunk[0].toLowerCase().includes(host)) continue;
    const found = comparableLink(chunk[0].replace(linkEdges, ""));
    if (found === wanted || found.startsWith(`${wanted}?`) || found.startsWith(`${wanted}#`)) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A discount code as typed, case-blind, not inside a longer code ("GLOW20" is not in "GLOW200"). */
function findCode(text: string, code: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(code)}(?![\\p{L}\\p{N}_])`, "iu").test(text);
}

function has(caption: IndexedCaption, kind: "hashtag" | "mention", norm: string): boolean {
  for (const _ of caption.candidates({ kind, norm })) return true;
  return false;
}

interface ForbiddenSpan {
  term: CompiledTerm;
  start: number;
  end: number;
}

function forbiddenSpans(caption: IndexedCaption, term: CompiledTerm): ForbiddenSpan[] {
  const spans = findTerm(caption, term, { brand: null, allowGlued: true }).map(({ start, end }) => ({
    term,
    start,
    end,
  }));
  // "miracle cure" is also forbidden as the hashtag #miraclecure, written as the brief wrote it.
  const words = term.elements.every((e) => e.kind === "word" || e.kind === "stem");
  if (words) {
    const joined = term.elements
      .map((e) => (e.kind === "stem" ? e.word : "norm" in e ? e.norm : ""))
      .join("");
    for (const t of caption.candidates({ kind: "hashtag", norm: joined })) {
      const token = caption.tokens[t];
      if (token) spans.push({ term, start: token.start, end: token.end });
    }
  }
  return spans;
}

/** Every term's spans, one per place in the caption: where terms overlap ("cure", "cures acne") the longest wins (C8). */
function forbiddenPlaces(caption: IndexedCaption, terms: CompiledTerm[]): ForbiddenSpan[] {
  const all = terms.flatMap((term) => forbiddenSpans(caption, term));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ForbiddenSpan[] = [];
  for (const span of all) {
    const previous = kept.at(-1);
    if (previous && span.start < previous.end) continue;
    kept.push(span);
  }
  return kept;
}

// Instagram and TikTok captions make no link clickable: there the link belongs in the bio or a link sticker (C8).
const linklessPlatforms: ReadonlySet<Platform> = new Set(["instagram", "tiktok"]);

function missingLink(link: string, platform: Platform): ComplianceFinding {
  if (linklessPlatforms.has(platform))
    return {
      rule: "brief.link-missing",
      severity: "warning",
      message: `${platformNames[platform]} does not make links in a caption clickable: put your tracking link ${link} in your bio or a link sticker, so your clicks are counted.`,
      start: 0,
      end: 0,
    };
  return {
    rule: "brief.link-missing",
    severity: "error",
    message: `The caption does not contain your tracking link ${link}; without it your clicks are not counted.`,
    start: 0,
    end: 0,
  };
}

export function checkBrief(
  caption: IndexedCaption,
  brief: BriefRequirements,
  platform: Platform,
): ComplianceFinding[] {
  const findings: ComplianceFinding[] = [];
  for (const hashtag of brief.hashtags)
    if (!has(caption, "hashtag", hashtag.norm))
      findings.push({
        rule: "brief.hashtag-missing",
        severity: "error",
        message: `The brief asks for the hashtag ${hashtag.shown}; it is not in the caption.`,
        start: 0,
        end: 0,
      });
  for (const mention of brief.mentions)
    if (!has(caption, "mention", mention.norm))
      findings.push({
        rule: "brief.mention-missing",
        severity: "error",
        message: `The brief asks you to mention ${mention.shown}; the caption does not.`,
        start: 0,
        end: 0,
      });
  for (const { term, start, end } of forbiddenPlaces(caption, brief.forbidden))
    findings.push({
      rule: "brief.forbidden-term",
      severity: "error",
      message: `“${caption.text.slice(start, end)}” is on the brief's do-not list (“${term.text}”). Remove or rephrase it.`,
      start,
      end,
    });
  if (brief.trackingLink && !findLink(caption.text, brief.trackingLink))
    findings.push(missingLink(brief.trackingLink, platform));
  if (brief.discountCode && !findCode(caption.text, brief.discountCode))
    findings.push({
      rule: "brief.code-missing",
      severity: "error",
      message: `The caption does not contain your discount code ${brief.discountCode}.`,
      start: 0,
      end: 0,
    });
  return findings;
}
