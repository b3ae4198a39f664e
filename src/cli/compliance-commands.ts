import { buffer } from "node:stream/consumers";
import { type Command, type CommanderError, Option } from "commander";
import { AppError } from "../http/errors.js";
import { checkCompliance } from "../modules/compliance/check-compliance.js";
import { jurisdictionCodes } from "../modules/compliance/jurisdiction.js";
import {
  assumedConnection,
  type MaterialConnection,
  materialConnections,
} from "../modules/compliance/material-connection.js";
import { type Platform, platforms } from "../modules/creators/tiers.js";

interface CheckOptions {
  jurisdiction: string;
  platform: Platform;
  brand?: string;
  connection?: MaterialConnection;
  requireHashtag: string[];
  requireMention: string[];
  forbid: string[];
  trackingLink?: string;
  discountCode?: string;
  requireDisclosure?: string;
  video?: boolean;
  retouchedImages?: boolean;
  virtualImages?: boolean;
}

/** Exit codes a script can rely on: 0 compliant, 1 not compliant, 2 the command was used wrongly. */
const usageError = 2;

const collect = (value: string, previous: string[]) => [...previous, value];

const flagsByField: Record<string, string> = {
  requiredHashtags: "--require-hashtag",
  requiredMentions: "--require-mention",
  forbiddenTerms: "--forbid",
  trackingLink: "--tracking-link",
  discountCode: "--discount-code",
  requiredDisclosure: "--require-disclosure",
};

/** The checker names input fields; a person at the shell typed flags. */
function usageMessage(error: AppError): string {
  const first = error.errors?.[0];
  const flag = first && flagsByField[first.field.split(".")[0] ?? ""];
  return flag && first ? `${flag}: ${first.message}` : error.message;
}

// Commander exits 1 on its own usage errors; scripts tell "not compliant" (1) from "used wrongly" (2).
function exitOnUsageError(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : usageError);
}

export function registerComplianceCommands(program: Command): void {
  const compliance = program
    .command("compliance")
    .description("Disclosure compliance (a safety net, not legal advice)")
    .exitOverride(exitOnUsageError);

  compliance
    .command("check")
    .description(
      "Check a caption read from standard input; prints the findings as JSON and exits 0 when compliant, 1 when not, 2 on a usage error",
    )
    .addOption(
      new Option("--jurisdiction <code>", "whose disclosure rules apply")
        .choices(jurisdictionCodes())
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--platform <platform>", "where it is posted").choices(platforms).makeOptionMandatory(),
    )
    .option("--brand <name>", "the brand, for labels such as “Paid partnership with <brand>”")
    .addOption(
      new Option(
        "--connection <kind>",
        `the material connection from the collaboration record (default: assume ${assumedConnection})`,
      ).choices(materialConnections),
    )
    .option("--require-hashtag <tag>", "a hashtag the brief requires (repeatable)", collect, [])
    .option("--require-mention <@handle>", "a handle the brief requires (repeatable)", collect, [])
    .option("--forbid <word>", "a word or claim the brief forbids (repeatable)", collect, [])
    .option("--tracking-link <url>", "the tracking link the caption must contain")
    .option("--discount-code <code>", "the discount code the caption must contain")
    .option("--require-disclosure <text>", "the disclosure wording the brief demands")
    .option("--video", "the post is a video (default on TikTok and YouTube)")
    .option("--no-video", "the post is not a video")
    .option("--retouched-images", "the images show retouched bodies or faces")
    .option("--virtual-images", "the images are AI-generated")
    .action(async (options: CheckOptions) => {
      if (process.stdin.isTTY) {
        console.error(
          'error: pipe the caption on standard input, for example: echo "Love it #ad" | amplio compliance check --jurisdiction us --platform instagram',
        );
        process.exitCode = usageError;
        return;
      }
      const caption = (await buffer(process.stdin)).toString("utf8");
      try {
        const result = checkCompliance({
          caption,
          jurisdiction: options.jurisdiction,
          platform: options.platform,
          brand: options.brand,
          connection: options.connection,
          requiredHashtags: options.requireHashtag,
          requiredMentions: options.requireMention,
          forbiddenTerms: options.forbid,
          trackingLink: options.trackingLink,
          discountCode: options.discountCode,
          requiredDisclosure: options.requireDisclosure,
          isVideo: options.video,
          retouchedImages: options.retouchedImages,
          virtualImages: options.virtualImages,
        });
        const output = {
          compliant: result.compliant,
          findings: result.findings.map(({ rule, severity, message, start, end }) => ({
            rule,
            severity,
            message,
            start,
            end,
          })),
        };
        console.log(JSON.stringify(output, null, 2));
        if (!options.connection)
          console.error(
            `note: no --connection given, so the caption was checked as a ${assumedConnection} partnership.`,
          );
        process.exitCode = result.compliant ? 0 : 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        console.error(`error: ${usageMessage(error)}`);
        process.exitCode = usageError;
      }
    });
}
