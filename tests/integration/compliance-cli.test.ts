import { describe, expect, it } from "vitest";
import { assertBuilt, runCli } from "../../src/test-support/cli.js";

assertBuilt();

const base = [
  "compliance",
  "check",
  "--jurisdiction",
  "us",
  "--platform",
  "instagram",
  "--connection",
  "paid",
];

interface Output {
  compliant: boolean;
  findings: Array<{ rule: string; severity: string; message: string; start: number; end: number }>;
}

describe("amplio compliance check (the built binary, no database)", () => {
  it("exits 0 and prints an empty finding list for a compliant caption", async () => {
    const result = await runCli(base, { input: "#ad Loving my new trainers\n" });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ compliant: true, findings: [] });
  });

  it("exits 1 and prints each finding with rule, severity, message and span", async () => {
    const caption = "Best run of the year #run #ad #fit";
    const result = await runCli(base, { input: caption });
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as Output;
    expect(Object.keys(output)).toEqual(["compliant", "findings"]);
    expect(output.compliant).toBe(false);
    expect(output.findings).toHaveLength(1);
    expect(Object.keys(output.findings[0] ?? {})).toEqual(["rule", "severity", "message", "start", "end"]);
    expect(output.findings[0]).toMatchObject({
      rule: "disclosure.hashtag-pile",
      severity: "error",
      start: caption.indexOf("#ad"),
      end: caption.indexOf("#ad") + 3,
    });
  });

  it("applies repeatable brief options, the brand and the connection", async () => {
    const caption = "Gifted by Glow 🎁 this cream is a miracle cure. Use code GLOW10";
    const result = await runCli(
      [
        "compliance",
        "check",
        "--jurisdiction",
        "us",
        "--platform",
        "instagram",
        "--brand",
        "Glow",
        "--connection",
        "gift",
        "--require-hashtag",
        "GlowSkin",
        "--require-hashtag",
        "#GlowCream",
        "--require-mention",
        "@glow",
        "--forbid",
        "miracle cure",
        "--forbid",
        "cures",
      ],
      { input: caption },
    );
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as Output;
    expect(output.findings.map((f) => f.rule)).toEqual([
      "brief.hashtag-missing",
      "brief.hashtag-missing",
      "brief.mention-missing",
      "brief.forbidden-term",
    ]);
    const forbidden = output.findings.at(-1);
    expect(caption.slice(forbidden?.start, forbidden?.end)).toBe("miracle cure");
  });

  it("says on standard error what it assumed when no connection is given", async () => {
    const result = await runCli(["compliance", "check", "--jurisdiction", "uk", "--platform", "tiktok"], {
      input: "new drop",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("checked as a paid partnership");
    const output = JSON.parse(result.stdout) as Output;
    expect(output.findings.map((f) => f.rule)).toEqual(["disclosure.video-unverified", "disclosure.missing"]);
    expect(output.findings[1]?.message).toContain("assumed a paid partnership");
  });

  it("reads odd Unicode and reports UTF-16 spans", async () => {
    const caption = "👩‍👩‍👧‍👦\u200F Cafe\u0301 day #spon ✨";
    const result = await runCli(base, { input: caption });
    expect(result.code).toBe(1);
    const finding = (JSON.parse(result.stdout) as Output).findings[0];
    expect(caption.slice(finding?.start, finding?.end)).toBe("#spon");
  });

  it.each([
    [["compliance", "check", "--platform", "instagram"], "--jurisdiction"],
    [["compliance", "check", "--jurisdiction", "es", "--platform", "instagram"], "Allowed choices"],
    [["compliance", "check", "--jurisdiction", "us", "--platform", "myspace"], "Allowed choices"],
    [[...base.slice(0, 6), "--connection", "friend"], "Allowed choices"],
    [[...base, "--colour", "red"], "unknown option"],
    [[...base, "--require-hashtag"], "argument missing"],
    [[...base, "--require-hashtag", "two words"], "--require-hashtag"],
    [["compliance", "nonsense"], "unknown command"],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const result = await runCli(args, { input: "#ad" });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  it("exits 0 for --help", async () => {
    const result = await runCli(["compliance", "check", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--require-hashtag");
  });
});
