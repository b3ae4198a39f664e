import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../../http/errors.js";
import { type ComplianceInput, checkCompliance } from "./check-compliance.js";
import type { ComplianceFinding } from "./finding.js";
import { jurisdictions, loadJurisdictions } from "./jurisdiction.js";

function check(caption: string, input: Partial<ComplianceInput> = {}) {
  return checkCompliance({
    caption,
    jurisdiction: "us",
    platform: "instagram",
    connection: "paid",
    ...input,
  });
}

function rules(caption: string, input: Partial<ComplianceInput> = {}): string[] {
  return check(caption, input).findings.map((f) => f.rule);
}

/** The one finding of a rule, asserting there is exactly one. */
function only(caption: string, rule: string, input: Partial<ComplianceInput> = {}): ComplianceFinding {
  const found = check(caption, input).findings.filter((f) => f.rule === rule);
  expect(found, `${rule} findings for ${JSON.stringify(caption)}`).toHaveLength(1);
  return found[0] as ComplianceFinding;
}

/** The span of the nth occurrence of `part` in `caption`. */
function spanOf(caption: string, part: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = caption.indexOf(part, start + 1);
  if (start < 0) throw new Error(`${part} not in caption`);
  return { start, end: start + part.length };
}

const filler = "Morning run by the river, then coffee with the team and a long walk home in the sun. ";
const longIntro = filler.repeat(2); // 172 characters: past every platform's "more"

describe("C1/C7: result shape", () => {
  it("is compliant with no findings when a clear disclosure is up front", () => {
    expect(check("#ad Loving my new trainers")).toEqual({ compliant: true, findings: [] });
  });

  it("says what it assumed when no material connection is given", () => {
    const finding = only("Loving my new trainers", "disclosure.missing", { connection: undefined });
    expect(finding.message).toContain("assumed a paid partnership");
    expect(only("Loving my new trainers", "disclosure.missing").message).not.toContain("assumed");
  });

  it("reports warnings without making the post non-compliant", () => {
    const result = check("#ad my morning routine", { platform: "tiktok" });
    expect(result.compliant).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "disclosure.video-unverified", severity: "warning", start: 0, end: 0 }),
    ]);
  });
});

describe("whole-word and whole-hashtag matching", () => {
  it.each([
    ["#ad.", "#ad"],
    ["(#ad)", "#ad"],
    ["#AD!", "#AD"],
    ["#ad,", "#ad"],
    ["[Ad] ", "Ad"],
    ["Ad: ", "Ad"],
    ["＃ad ", "＃ad"],
    ["#ad#sponsored ", "#ad"],
  ])("counts %j as a disclosure", (label, matched) => {
    const caption = `${label} new trainers from the shop`;
    expect(check(caption).compliant).toBe(true);
    const buried = only(`${longIntro}${label}`, "disclosure.buried");
    expect({ start: buried.start, end: buried.end }).toEqual(spanOf(`${longIntro}${label}`, matched));
  });

  it.each([
    "#adventure time",
    "#ads everywhere",
    "#adidas drop",
    "#bad day",
    "reading an advent calendar",
    "my ad-free life",
    "hello@ad.com",
    "C#ad rocks",
    "https://shop.example/#ad",
    "#notanad",
    "#notsponsored",
  ])("does not read %j as a disclosure", (caption) => {
    expect(rules(caption)).toContain("disclosure.missing");
  });

  it("is case-insensitive for words and hashtags", () => {
    expect(check("SPONSORED: my trip").compliant).toBe(true);
    expect(check("#SpOnSoReD my trip").compliant).toBe(true);
  });
});

describe("negations are not disclosures", () => {
  it.each([
    ["not sponsored, I just love it", "not sponsored"],
    ["This is not an ad, I just love it", "not an ad"],
    ["this is not #ad just my opinion", "not #ad"],
    ["Isn't sponsored at all", "Isn't sponsored"],
    ["NOT an advertisement", "NOT an advertisement"],
    ["Isn’t sponsored at all", "Isn’t sponsored"],
  ])("%j is a missing disclosure pointing at the denial", (caption, denial) => {
    const finding = only(caption, "disclosure.missing");
    expect({ start: finding.start, end: finding.end }).toEqual(spanOf(caption, denial));
    expect(finding.message).toContain("opposite of a disclosure");
  });

  it("does not let a negation reach across a clause or past other words", () => {
    expect(check("Not sponsored? Wrong: #ad").compliant).toBe(true);
    expect(check("No filter needed #ad").compliant).toBe(true);
    expect(check("not paid. Ad").compliant).toBe(true);
  });
});

describe("C2 United States", () => {
  it.each([
    ["#ad new drop"],
    ["Ad | new drop"],
    ["Advertisement: new drop"],
    ["Advertising for Glow"],
    ["Paid ad: new drop"],
    ["#sponsored new drop"],
    ["Sponsored new drop"],
    ["Sponsored by Glow: new drop"],
    ["Paid partnership with Glow Co. New drop"],
    ["Paid partnership with @glowco new drop"],
    ["#GlowCoPartner new drop"],
    ["#glow_co_ambassador new drop"],
    ["I was paid by Glow Co to try this"],
  ])("accepts %j", (caption) => {
    expect(check(caption, { brand: "Glow Co" })).toEqual({ compliant: true, findings: [] });
  });

  it.each([
    ["#sp new drop", "#sp"],
    ["#spon new drop", "#spon"],
    ["#collab new drop", "#collab"],
    ["#partner new drop", "#partner"],
    ["#ambassador new drop", "#ambassador"],
    ["#thanks new drop", "#thanks"],
    ["thanks Glow Co for this", "thanks Glow Co"],
    ["#gifted new drop", "#gifted"],
  ])("flags %j as ambiguous with its span", (caption, term) => {
    const finding = only(caption, "disclosure.ambiguous", { brand: "Glow Co" });
    expect(finding).toMatchObject({ severity: "error", ...spanOf(caption, term) });
    expect(finding.message).toContain("#ad");
  });

  it("a brand-templated hashtag must name this brand when a brand is given", () => {
    expect(rules("#NikePartner new drop", { brand: "Glow Co" })).toEqual(["disclosure.missing"]);
    expect(check("#NikePartner new drop").compliant).toBe(true);
  });

  it("affiliate wording is clear for affiliate links only", () => {
    expect(check("Affiliate link below, I earn a commission", { connection: "affiliate" }).compliant).toBe(
      true,
    );
    expect(check("Through my link I earn a commission", { connection: "affiliate" }).compliant).toBe(true);
    const finding = only("affiliate link in bio", "disclosure.ambiguous", { connection: "paid" });
    expect(finding).toMatchObject(spanOf("affiliate link in bio", "affiliate link"));
    expect(rules("I don't earn a commission", { connection: "affiliate" })).toEqual(["disclosure.missing"]);
  });

  it("employment ties have their own clear labels", () => {
    expect(check("I work for Glow and love this", { connection: "employee", brand: "Glow" }).compliant).toBe(
      true,
    );
    expect(check("#GlowEmployee my desk setup", { connection: "employee", brand: "Glow" }).compliant).toBe(
      true,
    );
  });

  it("placement: the first 125 characters on Instagram and LinkedIn, 100 on TikTok, 150 on YouTube", () => {
    const at = (n: number) => `${"x".repeat(n)} #ad`;
    // "#ad" ends at n + 4.
    expect(check(at(121), { platform: "instagram" }).compliant).toBe(true);
    expect(only(at(122), "disclosure.buried", { platform: "instagram" })).toMatchObject({
      start: 123,
      end: 126,
    });
    expect(check(at(121), { platform: "linkedin" }).compliant).toBe(true);
    expect(rules(at(122), { platform: "linkedin" })).toEqual(["disclosure.buried"]);
    expect(check(at(96), { platform: "tiktok" }).compliant).toBe(true);
    expect(rules(at(97), { platform: "tiktok" })).toEqual([
      "disclosure.video-unverified",
      "disclosure.buried",
    ]);
    expect(check(at(146), { platform: "youtube" }).compliant).toBe(true);
    expect(rules(at(147), { platform: "youtube" })).toContain("disclosure.buried");
  });

  it("counts what people see: an emoji family is one character, not eight code units", () => {
    const family = "👩‍👩‍👧‍👦";
    const caption = `${family.repeat(120)} #ad`;
    expect(caption.length).toBeGreaterThan(125 * 2);
    expect(check(caption).compliant).toBe(true);
  });

  it("a disclosure only in a trailing block of three or more hashtags is a hashtag pile", () => {
    const caption = "Best run of the year #run #ad #fit";
    const finding = only(caption, "disclosure.hashtag-pile");
    expect(finding).toMatchObject({ severity: "error", ...spanOf(caption, "#ad") });
    expect(check("Best run #ad of the year #run #fit #sun").compliant).toBe(true);
    expect(check("Best run of the year #ad #fit").compliant).toBe(true);
    const spread = "Best run of the year\n\n#run\n#ad\n#fit 🏃";
    expect(only(spread, "disclosure.hashtag-pile")).toMatchObject(spanOf(spread, "#ad"));
  });

  it("a disclosure both up front and in the pile is fine", () => {
    expect(check("#ad Best run of the year #run #ad #fit").compliant).toBe(true);
  });

  it("a missing disclosure points at the part before “more”", () => {
    const caption = `${longIntro}and nothing else`;
    expect(only(caption, "disclosure.missing")).toMatchObject({ start: 0, end: 125 });
    expect(only("short", "disclosure.missing")).toMatchObject({ start: 0, end: 5 });
  });
});

describe("C4 gifts", () => {
  it("US: #gifted alone is ambiguous; “Gifted by <brand>” and “Thanks to <brand> for the free <product>” are clear", () => {
    const gift = { connection: "gift" as const, brand: "Glow" };
    expect(rules("#gifted new serum", gift)).toEqual(["disclosure.ambiguous"]);
    expect(check("Gifted by Glow: new serum", gift).compliant).toBe(true);
    expect(check("Thanks to Glow for the free serum!", gift).compliant).toBe(true);
    expect(rules("Thanks to Glow for everything", gift)).toEqual(["disclosure.ambiguous"]);
    expect(rules("Gifted by Glow: new serum", { ...gift, connection: "paid" })).toEqual([
      "disclosure.ambiguous",
    ]);
  });

  it("UK: “Gifted” is enough only without brand control; with control it is an ad", () => {
    const caption = "Gifted: a new serum to try";
    expect(check(caption, { jurisdiction: "uk", connection: "gift-uncontrolled" }).compliant).toBe(true);
    const finding = only(caption, "disclosure.ambiguous", { jurisdiction: "uk", connection: "gift" });
    expect(finding).toMatchObject(spanOf(caption, "Gifted"));
    expect(finding.message).toContain("Ad - gifted");
    expect(check("Ad - gifted: a new serum", { jurisdiction: "uk", connection: "gift" }).compliant).toBe(
      true,
    );
    expect(
      check("#gifted a new serum", { jurisdiction: "uk", connection: "gift-uncontrolled" }).compliant,
    ).toBe(true);
  });
});

describe("C3 United Kingdom", () => {
  const uk = { jurisdiction: "uk" };
  it.each([["#ad new drop"], ["Ad new drop"], ["Advert: new drop"], ["#advertisement new drop"]])(
    "accepts %j",
    (caption) => {
      expect(check(caption, uk).compliant).toBe(true);
    },
  );

  it.each([
    ["#sponsored new drop", "#sponsored"],
    ["Sponsored new drop", "Sponsored"],
    ["In partnership with Glow", "In partnership with"],
    ["#aff new drop", "#aff"],
    ["Affiliate new drop", "Affiliate"],
    ["#PR new drop", "#PR"],
    ["PR product from Glow", "PR product"],
    ["Thanks to Glow for the serum", "Thanks to Glow"],
  ])("flags %j as insufficient", (caption, term) => {
    expect(only(caption, "disclosure.ambiguous", { ...uk, brand: "Glow" })).toMatchObject(
      spanOf(caption, term),
    );
  });

  it("never only in a trailing hashtag block, and up front", () => {
    expect(rules("New drop #glow #ad #skin", uk)).toEqual(["disclosure.hashtag-pile"]);
    expect(rules(`${longIntro}Ad`, uk)).toEqual(["disclosure.buried"]);
  });
});

describe("C5 Germany: “Werbung” or “Anzeige” at the start", () => {
  const de = { jurisdiction: "de" };
  it.each([
    ["Werbung | Neues Serum"],
    ["Anzeige: Neues Serum"],
    ["[#Werbung] Neues Serum"],
    ["🎁 Werbung 🎁"],
  ])("accepts %j", (caption) => {
    expect(check(caption, de).compliant).toBe(true);
  });

  it("a label later in the caption is buried, even within the visible part", () => {
    const caption = "Neues Serum von Glow. Werbung";
    const finding = only(caption, "disclosure.buried", de);
    expect(finding).toMatchObject(spanOf(caption, "Werbung"));
    expect(finding.message).toContain("first word");
  });

  it("English labels are not enough in Germany", () => {
    expect(only("#ad Neues Serum", "disclosure.ambiguous", de)).toMatchObject({ start: 0, end: 3 });
    expect(rules("In Kooperation mit Glow", { ...de, brand: "Glow" })).toEqual(["disclosure.ambiguous"]);
  });

  it("“keine Werbung” is a denial, “Unbezahlte Werbung” labels a gift", () => {
    expect(only("Keine Werbung, nur Liebe", "disclosure.missing", de)).toMatchObject({ start: 0, end: 13 });
    expect(check("Unbezahlte Werbung: Serum", { ...de, connection: "gift" }).compliant).toBe(true);
    expect(rules("Unbezahlte Werbung: Serum", de)).toEqual(["disclosure.buried"]);
  });
});

describe("C5 France", () => {
  const fr = { jurisdiction: "fr" };
  it.each([
    ["Publicité : nouveau sérum"],
    ["Collaboration commerciale avec Glow"],
    ["#publicité nouveau sérum"],
  ])("accepts %j", (caption) => {
    expect(check(caption, fr).compliant).toBe(true);
  });

  it("accepts “Publicité” written with a combining accent", () => {
    expect(check("Publicite\u0301 : nouveau sérum", fr).compliant).toBe(true);
  });

  it.each([
    ["#ad nouveau sérum", "#ad"],
    ["#pub nouveau sérum", "#pub"],
    ["Collaboration avec Glow", "Collaboration"],
    ["En partenariat avec Glow", "En partenariat avec Glow"],
  ])("flags %j as insufficient", (caption, term) => {
    expect(only(caption, "disclosure.ambiguous", { ...fr, brand: "Glow" })).toMatchObject(
      spanOf(caption, term),
    );
  });

  it("“ce n'est pas une publicité” is a denial", () => {
    const caption = "Ce n'est pas une publicité";
    expect(only(caption, "disclosure.missing", fr)).toMatchObject(spanOf(caption, "pas une publicité"));
  });

  it("retouched and AI-generated images need their own label", () => {
    const caption = "Publicité : nouveau sérum";
    expect(only(caption, "disclosure.missing", { ...fr, retouchedImages: true }).message).toContain(
      "Images retouchées",
    );
    expect(check(`${caption} — Images retouchées`, { ...fr, retouchedImages: true }).compliant).toBe(true);
    expect(only(caption, "disclosure.missing", { ...fr, virtualImages: true }).message).toContain(
      "Images virtuelles",
    );
    expect(check(`Images virtuelles. ${caption}`, { ...fr, virtualImages: true }).compliant).toBe(true);
  });
});

describe("C5 India", () => {
  const india = { jurisdiction: "in" };
  it.each([
    ["Ad: new serum"],
    ["Advertisement - new serum"],
    ["Sponsored serum"],
    ["Collaboration with Glow"],
    ["Paid promotion: serum"],
    ["#paidpromotion serum"],
  ])("accepts %j", (caption) => {
    expect(check(caption, india).compliant).toBe(true);
  });

  it("flags shorthand and buries a label in the hashtag pile", () => {
    expect(only("#collab serum day", "disclosure.ambiguous", india)).toMatchObject({ start: 0, end: 7 });
    expect(rules("serum day #skin #ad #glow", india)).toEqual(["disclosure.hashtag-pile"]);
    expect(rules("serum day", india)).toEqual(["disclosure.missing"]);
  });
});

describe("disclosure.video-unverified", () => {
  it("is raised for videos: TikTok and YouTube by default, others when told", () => {
    expect(rules("#ad", { platform: "youtube" })).toEqual(["disclosure.video-unverified"]);
    expect(rules("#ad", { platform: "instagram" })).toEqual([]);
    expect(rules("#ad", { platform: "instagram", isVideo: true })).toEqual(["disclosure.video-unverified"]);
    expect(rules("#ad", { platform: "tiktok", isVideo: false })).toEqual([]);
  });
});

describe("C6 brief requirements", () => {
  it("required hashtags: # exact, case-insensitive, whole hashtag", () => {
    const brief = { requiredHashtags: ["#GlowSummer", "glowco"] };
    expect(rules("#ad new serum #glowsummer #GLOWCO", brief)).toEqual([]);
    const findings = check("#ad #GlowSummerSale glowco", brief).findings;
    expect(findings.map((f) => [f.rule, f.start, f.end])).toEqual([
      ["brief.hashtag-missing", 0, 0],
      ["brief.hashtag-missing", 0, 0],
    ]);
    expect(findings[0]?.message).toContain("#GlowSummer");
  });

  it("required mentions: @ exact, case-insensitive", () => {
    expect(rules("#ad thanks @Glow.Co!", { requiredMentions: ["@glow.co"] })).toEqual([]);
    expect(rules("#ad thanks @glowco and glow.co", { requiredMentions: ["@glow.co"] })).toEqual([
      "brief.mention-missing",
    ]);
    expect(rules("#ad write to me@glow.co", { requiredMentions: ["glow.co"] })).toEqual([
      "brief.mention-missing",
    ]);
  });

  it("forbidden terms: every whole-word occurrence with its span", () => {
    const caption = "#ad This serum CURES acne, a cure for all; not curesome, but a #cure";
    const findings = check(caption, { forbiddenTerms: ["cure", "cures acne"] }).findings;
    expect(findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end }))).toEqual([
      { rule: "brief.forbidden-term", ...spanOf(caption, "CURES acne") },
      { rule: "brief.forbidden-term", ...spanOf(caption, "cure", 0) },
      { rule: "brief.forbidden-term", ...spanOf(caption, "#cure") },
    ]);
  });

  it("forbidden terms catch hyphenated compounds and the hashtag form of a phrase", () => {
    const caption = "#ad a miracle-cure, #MiracleCure";
    const findings = check(caption, { forbiddenTerms: ["miracle cure"] }).findings;
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [spanOf(caption, "miracle-cure").start, spanOf(caption, "miracle-cure").end],
      [spanOf(caption, "#MiracleCure").start, spanOf(caption, "#MiracleCure").end],
    ]);
  });

  it("tracking link: present in any common form, else brief.link-missing", () => {
    const link = { trackingLink: "https://amp.li/Xy7" };
    expect(rules("#ad shop: https://amp.li/Xy7", link)).toEqual([]);
    expect(rules("#ad shop (amp.li/Xy7)", link)).toEqual([]);
    expect(rules("#ad shop HTTPS://WWW.AMP.LI/Xy7/.", link)).toEqual([]);
    expect(rules("#ad shop https://amp.li/Xy7?utm_source=ig", link)).toEqual([]);
    expect(rules("#ad shop https://amp.li/xy7", link)).toEqual(["brief.link-missing"]);
    expect(rules("#ad shop https://amp.li/Xy78", link)).toEqual(["brief.link-missing"]);
  });

  it("discount code: case-blind, not inside a longer code", () => {
    expect(rules("#ad use code glow20 at checkout", { discountCode: "GLOW20" })).toEqual([]);
    expect(rules("#ad use code GLOW200", { discountCode: "GLOW20" })).toEqual(["brief.code-missing"]);
    expect(rules("#ad code: SAVE-10%", { discountCode: "SAVE-10%" })).toEqual([]);
  });

  it("the disclosure the brief demands must be there and placed like any disclosure", () => {
    const brief = { requiredDisclosure: "Paid partnership with <brand>", brand: "Glow" };
    expect(check("Paid partnership with Glow. New serum", brief).compliant).toBe(true);
    const missing = check("#ad New serum", brief).findings;
    expect(missing).toEqual([expect.objectContaining({ rule: "disclosure.missing", start: 0, end: 0 })]);
    expect(missing[0]?.message).toContain("Paid partnership with Glow");
    const buried = `#ad ${longIntro}Paid partnership with Glow`;
    expect(only(buried, "disclosure.buried", brief)).toMatchObject(
      spanOf(buried, "Paid partnership with Glow"),
    );
  });

  it("refuses malformed brief input naming the field", () => {
    const field = (input: Partial<ComplianceInput>) => {
      try {
        check("#ad", input);
      } catch (error) {
        return error instanceof AppError ? error.errors?.[0]?.field : String(error);
      }
      return "no error";
    };
    expect(field({ requiredHashtags: ["ok", "two words"] })).toBe("requiredHashtags.1");
    expect(field({ requiredMentions: ["@"] })).toBe("requiredMentions.0");
    expect(field({ forbiddenTerms: ["!!!"] })).toBe("forbiddenTerms.0");
    expect(field({ trackingLink: "not a link" })).toBe("trackingLink");
    expect(field({ discountCode: "TWO CODES" })).toBe("discountCode");
    expect(field({ jurisdiction: "xx" })).toBe("jurisdiction");
  });
});

describe("C8 resolved readings", () => {
  it("a forbidden term catches its word forms in the brief's language, still as whole words", () => {
    const caption = "#ad It cures, it cured, it is curing; healing too. Secure, curious, incurable.";
    const found = check(caption, { forbiddenTerms: ["cure", "heal"] }).findings;
    expect(found.map((f) => caption.slice(f.start, f.end))).toEqual(["cures", "cured", "curing", "healing"]);
    expect(found[2]?.message).toBe("“curing” is on the brief's do-not list (“cure”). Remove or rephrase it.");
    const german = "Werbung: heilt alles, ein Wunder. Geheilt? Heilung!";
    const inGerman = check(german, { jurisdiction: "de", forbiddenTerms: ["heilen", "Wunders"] }).findings;
    expect(inGerman.map((f) => german.slice(f.start, f.end))).toEqual(["Wunder"]);
    const french = "Publicité : ça guérit tout, guéri en un jour";
    const inFrench = check(french, { jurisdiction: "fr", forbiddenTerms: ["guérir"] }).findings;
    expect(inFrench.map((f) => french.slice(f.start, f.end))).toEqual(["guérit", "guéri"]);
  });

  it("a quoted phrase in the brief matches only as written", () => {
    const caption = "#ad Miracle cures here, and a miracle cure there";
    for (const quote of [`"miracle cure"`, "“miracle cure”", "«miracle cure»"]) {
      const found = check(caption, { forbiddenTerms: [quote] }).findings;
      expect(found.map((f) => caption.slice(f.start, f.end))).toEqual(["miracle cure"]);
      expect(found[0]?.message).toContain("(“miracle cure”)");
    }
    const unquoted = check(caption, { forbiddenTerms: ["miracle cure"] }).findings;
    expect(unquoted.map((f) => caption.slice(f.start, f.end))).toEqual(["Miracle cures", "miracle cure"]);
  });

  it("overlapping forbidden terms give one finding per place, the longest", () => {
    const caption = "#ad This serum cures acne";
    const found = check(caption, { forbiddenTerms: ["cure", "cures acne"] }).findings;
    expect(found.map((f) => caption.slice(f.start, f.end))).toEqual(["cures acne"]);
  });

  it("a missing link is a warning pointing to the bio on Instagram and TikTok, an error on YouTube and LinkedIn", () => {
    const link = { trackingLink: "https://amp.li/Xy7" };
    for (const platform of ["instagram", "tiktok"] as const) {
      const finding = only("#ad new serum", "brief.link-missing", { ...link, platform });
      expect(finding.severity).toBe("warning");
      expect(finding.message).toMatch(/bio or a link sticker/);
    }
    expect(check("#ad new serum", { ...link, platform: "instagram" }).compliant).toBe(true);
    for (const platform of ["youtube", "linkedin"] as const) {
      const finding = only("#ad new serum", "brief.link-missing", { ...link, platform });
      expect(finding.severity).toBe("error");
      expect(check("#ad new serum", { ...link, platform }).compliant).toBe(false);
    }
  });

  it("a disclosure missing under both the brief and the jurisdiction is one finding naming both", () => {
    const notClear = { requiredDisclosure: "#GlowSquad", brand: "Glow" };
    const missing = check("New serum", notClear).findings;
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ rule: "disclosure.missing", severity: "error" });
    expect(missing[0]?.message).toMatch(/^Both US FTC rules and the brief ask for a disclosure/);
    expect(missing[0]?.message).toContain("Add “#ad”");
    expect(missing[0]?.message).toContain("The brief also asks for “#GlowSquad”: add it too.");
    const clear = check("New serum", { requiredDisclosure: "Paid partnership with <brand>", brand: "Glow" });
    expect(clear.findings).toHaveLength(1);
    expect(clear.findings[0]?.message).toContain("Add “Paid partnership with Glow”");
    expect(clear.findings[0]?.message).toContain("also the wording the brief asks for");
  });

  it("the same buried disclosure is one finding; different problems stay apart", () => {
    const caption = `${longIntro}#ad`;
    const buried = check(caption, { requiredDisclosure: "#ad" }).findings;
    expect(buried).toEqual([
      expect.objectContaining({ rule: "disclosure.buried", severity: "error", ...spanOf(caption, "#ad") }),
    ]);
    expect(buried[0]?.message).toMatch(/^Both US FTC rules and the brief ask for this disclosure/);
    // The label is fine; only the brief's own wording is missing: one finding, about the brief.
    const apart = check("#ad New serum", { requiredDisclosure: "#GlowPartner", brand: "Glow" }).findings;
    expect(apart).toEqual([expect.objectContaining({ rule: "disclosure.missing", start: 0, end: 0 })]);
    expect(apart[0]?.message).toMatch(/^The brief asks for the disclosure “#GlowPartner”/);
  });
});

describe("odd Unicode", () => {
  it("reads RTL marks, zero-width characters and fancy letters around a label, with exact spans", () => {
    const rtl = "\u200F#ad\u200F مرحبا بالجميع";
    expect(check(rtl).compliant).toBe(true);
    const zeroWidth = "A\u200Bd: new serum";
    expect(check(zeroWidth).compliant).toBe(true);
    const fancy = "𝐀𝐝 new serum";
    expect(check(fancy).compliant).toBe(true);
    const buried = `${longIntro}\u200F𝐀𝐝\u200F`;
    expect(only(buried, "disclosure.buried")).toMatchObject(spanOf(buried, "𝐀𝐝"));
  });

  it("keeps spans in UTF-16 indices after emoji sequences and combining marks", () => {
    const caption = "👩🏽‍💻🏳️‍🌈 Cafe\u0301 day #sp";
    expect(only(caption, "disclosure.ambiguous")).toMatchObject(spanOf(caption, "#sp"));
    const forbidden = check(`#ad 👨‍👩‍👧 Café cure`, { forbiddenTerms: ["Café", "cure"] }).findings;
    const text = "#ad 👨‍👩‍👧 Café cure";
    expect(forbidden.map((f) => text.slice(f.start, f.end))).toEqual(["Café", "cure"]);
  });

  it("handles lone surrogates, control characters and an empty caption without error", () => {
    expect(rules("\uD83D #ad \u0000 \uDC00")).toEqual([]);
    expect(only("", "disclosure.missing")).toMatchObject({ start: 0, end: 0 });
  });

  it("checks a 100 KB caption in well under 100 ms", () => {
    const caption =
      `#ad ${"Día de playa 👩‍👩‍👧 con amigos \u200F #summer, miracle cure? ".repeat(2_500)}`.slice(
        0,
        100_000,
      );
    const input = {
      forbiddenTerms: ["miracle cure"],
      requiredHashtags: ["#glow"],
      trackingLink: "https://amp.li/x",
    };
    check(caption, input);
    const started = performance.now();
    const result = check(caption, input);
    const elapsed = performance.now() - started;
    expect(result.findings.filter((f) => f.rule === "brief.forbidden-term").length).toBeGreaterThan(1_500);
    expect(elapsed).toBeLessThan(100);
  });

  it.each([
    ["one long word", "a".repeat(100_000)],
    ["hashes and hyphens", `${"#".repeat(50_000)}${"a-".repeat(25_000)}`],
    ["zero-width joiners", `${"\u200D".repeat(50_000)}${"a\u200D".repeat(25_000)}`],
    ["apostrophes", `a${"'a".repeat(50_000)}`],
    ["at signs and dots", "@.".repeat(50_000)],
  ])("stays fast on adversarial input: %s", (_name, caption) => {
    const started = performance.now();
    check(caption, { forbiddenTerms: ["a a"], discountCode: "aaa" });
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe("jurisdictions are data files", () => {
  it("ships us, uk, de, fr and in", () => {
    expect([...jurisdictions().keys()].sort()).toEqual(["de", "fr", "in", "uk", "us"]);
  });

  it("a new jurisdiction is a JSON file, no code", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "amplio-jurisdictions-"));
    try {
      writeFileSync(
        path.join(directory, "es.json"),
        JSON.stringify({
          code: "es",
          language: "es",
          name: "Spain",
          rulesName: "Spanish rules",
          section: "C5",
          sources: ["Código de Conducta sobre el uso de influencers en la publicidad"],
          placement: {
            visibleCharacters: { instagram: 125, tiktok: 100, youtube: 150, linkedin: 125 },
            labelAtStart: false,
            trailingHashtagBlock: 3,
          },
          videoMustShowDisclosure: true,
          suggestions: { default: "Publicidad" },
          clearTerms: [{ term: "Publicidad" }, { term: "#publi" }],
          ambiguousTerms: [{ term: "#colaboración" }],
          negation: { words: ["no", "sin"], fillers: ["es"], maxFillers: 1 },
        }),
      );
      const loaded = loadJurisdictions(directory);
      expect([...loaded.keys()]).toEqual(["es"]);
      expect(loaded.get("es")?.clearTerms).toHaveLength(2);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("a malformed file is refused with its name", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "amplio-jurisdictions-"));
    try {
      writeFileSync(path.join(directory, "xx.json"), JSON.stringify({ code: "xx", name: "Nowhere" }));
      expect(() => loadJurisdictions(directory)).toThrow(/xx\.json/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
