import type { Platform } from "../creators/tiers.js";
import { trailingHashtagBlockStart, visibleEnd } from "./caption-layout.js";
import type { ComplianceFinding } from "./finding.js";
import type { Jurisdiction, JurisdictionTerm } from "./jurisdiction.js";
import {
  type BrandForm,
  type CompiledTerm,
  findTerms,
  IndexedCaption,
  type TermMatch,
} from "./match-terms.js";
import { assumedConnection, connectionReasons, type MaterialConnection } from "./material-connection.js";

export const platformNames: Record<Platform, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  linkedin: "LinkedIn",
};

export interface DisclosureContext {
  caption: IndexedCaption;
  jurisdiction: Jurisdiction;
  platform: Platform;
  /** Undefined when the caller did not say; the checker then assumes `paid` and says so. */
  connection: MaterialConnection | undefined;
  brand: BrandForm | null;
  brandName: string | undefined;
  isVideo: boolean;
  requiredDisclosure: CompiledTerm | null;
  retouchedImages: boolean;
  virtualImages: boolean;
}

type Placement = "ok" | "buried" | "hashtag-pile";

class DisclosureCheck {
  private readonly connection: MaterialConnection;
  private readonly limit: number;
  private readonly visibleUntil: number;
  private readonly blockStart: number | null;

  constructor(private readonly context: DisclosureContext) {
    const { caption, jurisdiction, platform } = context;
    this.connection = context.connection ?? assumedConnection;
    this.limit = jurisdiction.placement.visibleCharacters[platform];
    this.visibleUntil = visibleEnd(caption.text, this.limit);
    this.blockStart = trailingHashtagBlockStart(caption.tokens, jurisdiction.placement.trailingHashtagBlock);
  }

  private quote(match: { start: number; end: number }): string {
    return `“${this.context.caption.text.slice(match.start, match.end)}”`;
  }

  /** Brand names filled into a suggested label: "#<brand>Partner" → "#GlowPartner". */
  private fill(label: string): string {
    const brand = this.context.brandName?.trim();
    return label
      .replace(/#<brand>/gi, `#${brand ? brand.replace(/[^\p{L}\p{N}]/gu, "") : "Brand"}`)
      .replace(/<brand>/gi, brand ?? "the brand");
  }

  /** The brief's wording when it is itself a clear label here, so one addition satisfies both (C8). */
  private suggestion(): string {
    const { suggestions } = this.context.jurisdiction;
    const demanded = this.context.requiredDisclosure;
    if (demanded && this.isClearLabel(this.fill(demanded.text))) return this.fill(demanded.text);
    return this.fill(suggestions.byConnection?.[this.connection] ?? suggestions.default);
  }

  private isClearLabel(text: string): boolean {
    const { brand, jurisdiction } = this.context;
    const terms = this.terms(jurisdiction.clearTerms).map((t) => t.compiled);
    return findTerms(new IndexedCaption(text), terms, { brand, negation: jurisdiction.negation }).some(
      (m) => m.negatedFrom === null,
    );
  }

  private where(atStart: boolean): string {
    return atStart
      ? "as the first word of the caption"
      : `within the first ${this.limit} characters, so it shows before “more” on ${platformNames[this.context.platform]}`;
  }

  private moveAdvice(atStart: boolean): string {
    return atStart ? "Make it the first word of the caption." : "Move it to the start of the caption.";
  }

  /** Says what was assumed when the collaboration record did not give the connection (C1). */
  private assumption(): string {
    return this.context.connection === undefined
      ? " (Amplio assumed a paid partnership because no material connection was given; normally the collaboration record says.)"
      : "";
  }

  private terms(list: JurisdictionTerm[]): JurisdictionTerm[] {
    return list.filter((t) => !t.connections || t.connections.includes(this.connection));
  }

  private find(terms: CompiledTerm[]): TermMatch[] {
    const { caption, brand, jurisdiction } = this.context;
    return findTerms(caption, terms, { brand, negation: jurisdiction.negation });
  }

  /** Clear and conspicuous (C2, C3): before "more" (or first, C5), and not only in the trailing hashtag block. */
  private placement(match: TermMatch, atStart: boolean): Placement {
    if (this.blockStart !== null && match.firstToken >= this.blockStart) return "hashtag-pile";
    const placed = atStart ? match.firstToken === 0 : match.end <= this.visibleUntil;
    return placed ? "ok" : "buried";
  }

  /** The finding for labels that are there but misplaced; null when one of them is placed well. */
  private misplaced(matches: TermMatch[], atStart: boolean): ComplianceFinding | null {
    const placements = matches.map((m) => ({ match: m, placement: this.placement(m, atStart) }));
    if (placements.some((p) => p.placement === "ok")) return null;
    const piled = placements.find((p) => p.placement === "hashtag-pile");
    if (piled)
      return {
        rule: "disclosure.hashtag-pile",
        severity: "error",
        message: `${this.quote(piled.match)} is only in the block of hashtags at the end, where people skim past it. ${this.moveAdvice(atStart)}${this.assumption()}`,
        start: piled.match.start,
        end: piled.match.end,
      };
    const buried = placements[0];
    if (!buried) return null;
    const why = atStart
      ? `under ${this.context.jurisdiction.rulesName} it must come first`
      : `${platformNames[this.context.platform]} shows only the first ${this.limit} characters before “more”`;
    return {
      rule: "disclosure.buried",
      severity: "error",
      message: `${this.quote(buried.match)} is too far down: ${why}. ${this.moveAdvice(atStart)}${this.assumption()}`,
      start: buried.match.start,
      end: buried.match.end,
    };
  }

  /** C2–C5: the jurisdiction's own labels. */
  jurisdictionLabel(): ComplianceFinding[] {
    const { jurisdiction } = this.context;
    const atStart = jurisdiction.placement.labelAtStart;
    const clear = this.find(this.terms(jurisdiction.clearTerms).map((t) => t.compiled));
    const stated = clear.filter((m) => m.negatedFrom === null);
    if (stated.length > 0) {
      const finding = this.misplaced(stated, atStart);
      return finding ? [finding] : [];
    }
    const ambiguousTerms = this.terms(jurisdiction.ambiguousTerms);
    const ambiguous = this.find(ambiguousTerms.map((t) => t.compiled));
    const vague = ambiguous.filter((m) => m.negatedFrom === null);
    if (vague.length > 0)
      return vague.map((match) => {
        const why = ambiguousTerms.find((t) => t.compiled === match.term)?.why;
        return {
          rule: "disclosure.ambiguous",
          severity: "error",
          message: `${this.quote(match)} alone is not a clear disclosure under ${jurisdiction.rulesName}${why ? `: ${this.fill(why)}` : ""}. Use “${this.suggestion()}” ${this.where(atStart)}.${this.assumption()}`,
          start: match.start,
          end: match.end,
        };
      });
    const denial = [...clear, ...ambiguous].find((m) => m.negatedFrom !== null);
    const reason = `This post needs a clear disclosure because ${connectionReasons[this.connection]}.`;
    const advice = `Add “${this.suggestion()}” ${this.where(atStart)}.${this.assumption()}`;
    if (denial?.negatedFrom != null) {
      const span = { start: denial.negatedFrom, end: denial.end };
      return [
        {
          rule: "disclosure.missing",
          severity: "error",
          message: `${this.quote(span)} says the opposite of a disclosure. ${reason} ${advice}`,
          ...span,
        },
      ];
    }
    return [
      {
        rule: "disclosure.missing",
        severity: "error",
        message: `${reason} ${advice}`,
        start: 0,
        end: this.visibleUntil,
      },
    ];
  }

  /** C6: the disclosure wording the brief demands, placed like any disclosure. */
  briefDisclosure(term: CompiledTerm): ComplianceFinding[] {
    const found = this.find([term]).filter((m) => m.negatedFrom === null);
    if (found.length === 0)
      return [
        {
          rule: "disclosure.missing",
          severity: "error",
          message: `The brief asks for the disclosure “${this.fill(term.text)}”; it is not in the caption. Add it ${this.where(false)}.`,
          start: 0,
          end: 0,
        },
      ];
    const finding = this.misplaced(found, false);
    return finding ? [finding] : [];
  }

  /**
   * C8 One finding per problem: where the brief's demanded disclosure and the jurisdiction's label are missing
   * together, or the same words are buried, the creator gets one finding with the stricter severity that names both.
   */
  oneFindingPerProblem(own: ComplianceFinding[], demanded: ComplianceFinding[]): ComplianceFinding[] {
    const term = this.context.requiredDisclosure;
    if (!term) return [...own, ...demanded];
    const wording = this.fill(term.text);
    const { rulesName } = this.context.jurisdiction;
    const taken = new Set<ComplianceFinding>();
    const joined = own.map((finding) => {
      const same = demanded.find((d) => !taken.has(d) && sameProblem(finding, d));
      if (!same) return finding;
      taken.add(same);
      const severity = finding.severity === "error" || same.severity === "error" ? "error" : "warning";
      const message =
        finding.rule === "disclosure.missing"
          ? `Both ${rulesName} and the brief ask for a disclosure here, and the caption has none. ${finding.message} ${this.isClearLabel(wording) ? `“${wording}” is also the wording the brief asks for.` : `The brief also asks for “${wording}”: add it too.`}`
          : `Both ${rulesName} and the brief ask for this disclosure. ${finding.message}`;
      return { ...finding, severity, message } satisfies ComplianceFinding;
    });
    return [...joined, ...demanded.filter((d) => !taken.has(d))];
  }

  /** C5 (France): labels for retouched or AI-generated images. */
  imageLabel(labels: CompiledTerm[], shows: string): ComplianceFinding[] {
    const found = this.find(labels).filter((m) => m.negatedFrom === null);
    const label = labels[0]?.text ?? "";
    if (found.length === 0)
      return [
        {
          rule: "disclosure.missing",
          severity: "error",
          message: `This post shows ${shows}: under ${this.context.jurisdiction.rulesName} it must say “${label}”. Add it ${this.where(false)}.`,
          start: 0,
          end: this.visibleUntil,
        },
      ];
    const finding = this.misplaced(found, false);
    return finding ? [finding] : [];
  }

  /** C2: in a video the disclosure must be said and shown; Amplio only sees the description. */
  video(): ComplianceFinding[] {
    if (!this.context.isVideo || !this.context.jurisdiction.videoMustShowDisclosure) return [];
    return [
      {
        rule: "disclosure.video-unverified",
        severity: "warning",
        message:
          "This is a video: the disclosure must also be said and shown on screen in the video itself. Amplio only reads the description, so a person must watch the video to check.",
        start: 0,
        end: 0,
      },
    ];
  }
}

const misplacedRules: ReadonlySet<string> = new Set(["disclosure.buried", "disclosure.hashtag-pile"]);

/** Both say the disclosure is missing, or both point at the same misplaced words. */
function sameProblem(a: ComplianceFinding, b: ComplianceFinding): boolean {
  if (a.rule === "disclosure.missing" && b.rule === "disclosure.missing") return true;
  return misplacedRules.has(a.rule) && misplacedRules.has(b.rule) && a.start < b.end && b.start < a.end;
}

export function checkDisclosure(context: DisclosureContext): ComplianceFinding[] {
  const check = new DisclosureCheck(context);
  const { imageLabels } = context.jurisdiction;
  return [
    ...check.oneFindingPerProblem(
      check.jurisdictionLabel(),
      context.requiredDisclosure ? check.briefDisclosure(context.requiredDisclosure) : [],
    ),
    ...(context.retouchedImages && imageLabels
      ? check.imageLabel(imageLabels.retouched, "retouched bodies or faces")
      : []),
    ...(context.virtualImages && imageLabels
      ? check.imageLabel(imageLabels.virtual, "AI-generated images")
      : []),
    ...check.video(),
  ];
}
